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
