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
      return saved(url).then(function (page) {
        return page || caches.open(SHELL).then(function (cache) {
          return cache.match('/offline.html');
        });
      });
    }));
  }
});

// The page as the signed-in user saved it ("Lưu để dùng khi mất sóng"), marked with when: only
// from that user's own cache, named by the page script.
function saved(url) {
  return caches.open('dangbo-current').then(function (current) {
    return current.match('/offline/current-user');
  }).then(function (marker) {
    return marker ? marker.text() : null;
  }).then(function (user) {
    if (!user) return null;
    return caches.open('dangbo-user-' + user).then(function (cache) {
      return Promise.all([cache.match(url.pathname + url.search), cache.match('/offline/saved-at')]);
    }).then(function (found) {
      if (!found[0]) return null;
      return Promise.all([found[0].text(), found[1] ? found[1].text() : '']).then(function (texts) {
        var when = texts[1] ? new Date(texts[1]).toLocaleString('vi-VN') : '';
        var banner = '<p class="flash" id="offline-copy" role="status">Đang mất sóng: đây là bản lưu lúc ' +
          when + '. Các mục ghi sẽ được giữ trên máy và gửi khi có sóng.</p>';
        var headers = new Headers({ 'Content-Type': 'text/html; charset=UTF-8' });
        ['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy']
          .forEach(function (name) {
            if (found[0].headers.has(name)) headers.set(name, found[0].headers.get(name));
          });
        return new Response(texts[0].replace('<main id="content">', '<main id="content">' + banner), {
          headers: headers
        });
      });
    });
  });
}

// Background Sync, where the browser has it: the open pages send the queue (they hold the token).
self.addEventListener('sync', function (event) {
  if (event.tag !== 'dangbo-queue') return;
  event.waitUntil(self.clients.matchAll().then(function (clients) {
    clients.forEach(function (client) { client.postMessage('flush'); });
  }));
});
