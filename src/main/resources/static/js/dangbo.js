// The main menu is a button on phones; where the screen is wide enough it stays open on one line.
(function () {
  var menu = document.getElementById('menu');
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia('(min-width: 48rem)');
  function fit() {
    menu.open = wide.matches;
    menu.classList.toggle('wide', wide.matches);
  }
  fit();
  if (wide.addEventListener) wide.addEventListener('change', fit);
})();

// Signing out leaves nothing of the session in the browser's storage (the server also sends
// Clear-Site-Data where the connection is secure).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.action || !/\/logout$/.test(form.action)) return;
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch (e) {
    // storage switched off: nothing kept there either
  }
});
