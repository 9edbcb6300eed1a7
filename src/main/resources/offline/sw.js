// dangbo's service worker (docs/offline.md). It keeps the app shell (styles, scripts, icons, the
// offline page) in a cache named by the shell's version, so pages still look right without signal
// and a page that cannot be reached shows the offline page instead of the browser's error. A new
// version installs beside the old one and waits until the user reloads (the page offers it).
'use strict';
var SHELL = 'dangbo-shell-__VERSION__';
var FILES = __FILES__;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(FILES);
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('dangbo-shell-') === 0 && name !== SHELL;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('message', function (event) {
  if (event.data === 'update') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (FILES.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.open(SHELL).then(function (cache) {
      return cache.match(request).then(function (kept) {
        return kept || fetch(request);
      });
    }));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(SHELL).then(function (cache) {
        return cache.match('/offline.html');
      });
    }));
  }
});
