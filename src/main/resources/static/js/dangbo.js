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

// Installable and usable without signal: the service worker keeps the app shell (docs/offline.md).
// When a new version is installed, the page offers to reload into it.
(function () {
  var manifest = document.querySelector('link[rel=manifest]');
  if (!manifest || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('sw.js', manifest.href).href).then(function (registration) {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
    registration.addEventListener('updatefound', function () {
      var next = registration.installing;
      next.addEventListener('statechange', function () {
        if (next.state === 'installed' && navigator.serviceWorker.controller) offer(registration);
      });
    });
  });
  function offer(registration) {
    if (document.getElementById('update')) return;
    var box = document.createElement('p');
    box.id = 'update';
    box.className = 'flash';
    box.setAttribute('role', 'status');
    box.textContent = 'Đã có phiên bản mới của dangbo. ';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Tải lại trang';
    button.addEventListener('click', function () {
      navigator.serviceWorker.addEventListener('controllerchange', function () {
        location.reload();
      });
      registration.waiting.postMessage('update');
    });
    box.appendChild(button);
    var main = document.querySelector('main') || document.body;
    main.insertBefore(box, main.firstChild);
  }
})();
