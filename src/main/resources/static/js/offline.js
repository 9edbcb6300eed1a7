// Offline capture (docs/offline.md): a signed-in user's explicit "save for offline" keeps their
// cell's pages in a cache of their own; without signal, the forms marked data-offline are kept in
// a queue on the phone (IndexedDB) with a UUID each, and sent to the API with that UUID as the
// Idempotency-Key when the connection returns. Nothing is kept for a user who has not asked, and
// signing out (or "Xóa dữ liệu trên máy này") deletes the user's cache and queue.
(function () {
  'use strict';
  var body = document.body;
  var user = body.getAttribute('data-user');
  if (!user || !window.indexedDB || !window.caches || !window.fetch) return;
  var pagesCache = 'dangbo-user-' + user;
  var token = (function () {
    try {
      var headers = JSON.parse(body.getAttribute('hx-headers') || '{}');
      return headers['X-CSRF-TOKEN'];
    } catch (e) {
      return null;
    }
  })();

  // ---------------------------------------------------------------- the queue (IndexedDB)
  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('dangbo-offline', 1);
      open.onupgradeneeded = function () {
        open.result.createObjectStore('queue', { keyPath: 'id' }).createIndex('user', 'user');
      };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }
  function store(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction('queue', mode);
        var result = work(tx.objectStore('queue'));
        tx.oncomplete = function () { resolve(result && result.result); d.close(); };
        tx.onerror = function () { reject(tx.error); d.close(); };
      });
    });
  }
  // a user who never queued anything gets no database on the phone: reads do not create it
  function exists() {
    if (!indexedDB.databases) return Promise.resolve(true);
    return indexedDB.databases().then(function (all) {
      return all.some(function (d) { return d.name === 'dangbo-offline'; });
    });
  }
  function items() {
    return exists().then(function (yes) {
      return yes ? store('readonly', function (s) { return s.index('user').getAll(user); }) : [];
    })
      .then(function (all) {
        return (all || []).sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : 1; });
      });
  }
  function put(item) { return store('readwrite', function (s) { return s.put(item); }); }
  function remove(id) { return store('readwrite', function (s) { return s['delete'](id); }); }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); });
    return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') +
      '-' + h.slice(8, 10).join('') + '-' + h.slice(10).join('');
  }
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2);
  }

  // ---------------------------------------------------------------- what each form sends
  function field(fields, name) {
    for (var i = 0; i < fields.length; i++) if (fields[i][0] === name) return fields[i][1];
    return null;
  }
  function text(value) { return value === null || value === '' ? null : value; }
  function number(value) { return value === null || value === '' ? null : Number(value); }
  var NUMBERS = ['ethnicityCode', 'educationGrade', 'homePlaceId', 'cellId'];
  var bodies = {
    dues: function (f, item) {
      return { month: field(f, 'month'), method: 'CASH', paidBy: text(field(f, 'paidBy')), paidOn: item.capturedOn };
    },
    attendance: function (f) {
      var attendance = [];
      var guests = [];
      f.forEach(function (pair) {
        var id = pair[0].slice(1);
        if (/^p\d+$/.test(pair[0])) {
          attendance.push({ memberId: Number(id), presence: pair[1], reason: text(field(f, 'r' + id)) });
        } else if (/^g\d+$/.test(pair[0])) {
          guests.push(Number(id));
        }
      });
      return { version: number(field(f, 'version')), attendance: attendance, guests: guests };
    },
    minutes: function (f) {
      var resolution = text(field(f, 'resolution'));
      return {
        version: number(field(f, 'version')), chair: text(field(f, 'chair')),
        secretary: text(field(f, 'secretary')), reviewed: text(field(f, 'reviewed')),
        opinions: text(field(f, 'opinions')), conclusions: text(field(f, 'conclusions')),
        resolutions: resolution ? [{ text: resolution, votesFor: number(field(f, 'votesFor')),
          votesAgainst: number(field(f, 'votesAgainst')), abstentions: number(field(f, 'abstentions')) }] : []
      };
    },
    observation: function (f) {
      return { on: field(f, 'on'), criterion: field(f, 'criterion'), assessment: field(f, 'assessment'), note: text(field(f, 'note')) };
    },
    source: function (f) {
      var out = {};
      f.forEach(function (pair) {
        if (pair[0].charAt(0) === '_' || pair[0] === '_csrf') return;
        out[pair[0]] = NUMBERS.indexOf(pair[0]) >= 0 ? number(pair[1])
          : pair[1] === 'true' || pair[1] === 'on' ? true : text(pair[1]);
      });
      return out;
    }
  };

  // ---------------------------------------------------------------- capturing a form offline
  // what the queue shows of a field: its label (in a fieldset, the legend first: the member's
  // name), the text shown for a choice, and whether it can be edited as text
  function describe(form, element) {
    var label = element.id && form.querySelector('label[for="' + element.id + '"]');
    var text = label ? label.textContent : '';
    var around = element.closest('label');
    if (!text && around) text = around.textContent;
    var fieldset = element.closest('fieldset');
    var legend = fieldset && fieldset.querySelector('legend');
    if (legend) text = legend.textContent + (element.type === 'radio' ? '' : ': ' + text);
    var shown = element.tagName === 'SELECT' ? element.options[element.selectedIndex].text
      : element.type === 'radio' || element.type === 'checkbox' ? (around ? around.textContent : element.value)
      : null;
    return { label: text.trim().replace(/\s+/g, ' ').slice(0, 120), shown: shown && shown.trim(), type: element.type };
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var kind = form.getAttribute('data-offline');
    if (!kind || navigator.onLine) return;
    event.preventDefault();
    var fields = [];
    var labels = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === '_csrf' || element.disabled) return;
      if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) return;
      fields.push([element.name, element.value]);
      if (element.type !== 'hidden' && (element.value || element.tagName === 'TEXTAREA')) {
        labels[element.name] = describe(form, element);
      }
    });
    var item = {
      id: uuid(), user: user, kind: kind, label: form.getAttribute('data-label') || document.title,
      method: form.getAttribute('data-method') || 'POST', url: form.getAttribute('data-api'),
      fields: fields, labels: labels, page: location.pathname + location.search,
      capturedOn: today(), createdAt: new Date().toISOString(), state: 'waiting'
    };
    put(item).then(function () {
      note(form, 'Đã giữ trên máy: sẽ gửi khi có sóng.');
      bar();
      if (navigator.serviceWorker && navigator.serviceWorker.ready) {
        navigator.serviceWorker.ready.then(function (r) {
          if (r.sync) r.sync.register('dangbo-queue').catch(function () {});
        });
      }
    });
  });
  function note(form, message) {
    var p = document.createElement('p');
    p.className = 'flash';
    p.setAttribute('role', 'status');
    p.textContent = message;
    form.parentNode.insertBefore(p, form);
  }

  // ---------------------------------------------------------------- sending
  var sending = false;
  function flush() {
    if (sending || !navigator.onLine) return Promise.resolve();
    sending = true;
    return items().then(function (all) {
      var waiting = all.filter(function (i) { return i.state === 'waiting'; });
      return waiting.reduce(function (chain, item) {
        return chain.then(function (go) { return go === false ? false : send(item, waiting); });
      }, Promise.resolve(true));
    }).then(function () {
      sending = false;
      bar();
      render();
    }, function () {
      sending = false;
    });
  }
  // the record an item changes: a meeting's attendance and minutes are one record
  function record(item) { return item.url.replace(/\/attendance$/, ''); }
  function send(item, waiting) {
    return fetch(item.url, {
      method: item.method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token || '', 'Idempotency-Key': item.id },
      body: JSON.stringify(bodies[item.kind](item.fields, item))
    }).then(function (response) {
      if (response.ok) {
        return response.json().catch(function () { return null; }).then(function (answer) {
          return follow(item, answer, waiting);
        }).then(function () {
          return remove(item.id);
        }).then(function () { return true; });
      }
      if (response.status === 401 || response.redirected) {
        signInAgain();
        return false;
      }
      if (response.status === 429 || response.status >= 500) return false; // try again later
      return response.json().catch(function () { return {}; }).then(function (error) {
        item.state = item.fields.some(function (f) { return f[0] === 'version'; }) &&
          (response.status === 409 || response.status === 422) ? 'conflict' : 'refused';
        item.message = error.message || ('Lỗi ' + response.status);
        if (item.state !== 'conflict') return put(item).then(function () { return true; });
        return fetch(record(item), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (server) { item.server = server; return put(item); })
          .then(function () { return true; });
      });
    }, function () {
      return false;
    });
  }
  // Items captured one after the other on the same record (attendance, then the minutes) were
  // based on the same version: once the first is stored, the next are based on the version it made.
  // A change by someone else still shows, as the first item's conflict.
  function follow(item, answer, waiting) {
    var sent = field(item.fields, 'version');
    if (sent === null || !answer || answer.version === undefined) return Promise.resolve();
    return Promise.all(waiting.slice(waiting.indexOf(item) + 1).filter(function (other) {
      return record(other) === record(item) && field(other.fields, 'version') === sent;
    }).map(function (other) {
      other.fields.forEach(function (f) { if (f[0] === 'version') f[1] = String(answer.version); });
      return put(other);
    }));
  }
  function signInAgain() {
    var main = document.querySelector('main') || body;
    if (document.getElementById('offline-signin')) return;
    var p = document.createElement('p');
    p.id = 'offline-signin';
    p.className = 'error-box';
    p.setAttribute('role', 'alert');
    p.innerHTML = 'Phiên đăng nhập đã hết. <a href="/login">Đăng nhập lại</a> để gửi các mục chưa gửi; chúng vẫn được giữ trên máy.';
    main.insertBefore(p, main.firstChild);
  }
  window.addEventListener('online', flush);
  if (navigator.serviceWorker) {
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data === 'flush') flush();
    });
  }

  // ---------------------------------------------------------------- "3 mục chưa gửi"
  function bar() {
    return items().then(function (all) {
      var old = document.getElementById('offline-bar');
      if (old) old.remove();
      if (!all.length) return;
      var div = document.createElement('div');
      div.id = 'offline-bar';
      div.className = 'flash';
      div.setAttribute('role', 'status');
      var count = document.createElement('span');
      count.textContent = all.length + ' mục chưa gửi ';
      var now = document.createElement('button');
      now.type = 'button';
      now.textContent = 'Gửi ngay';
      now.addEventListener('click', flush);
      var see = document.createElement('a');
      see.href = '/offline';
      see.textContent = ' Xem';
      div.appendChild(count);
      div.appendChild(now);
      div.appendChild(see);
      var main = document.querySelector('main') || body;
      main.insertBefore(div, main.firstChild);
    });
  }

  // ---------------------------------------------------------------- the page "Dùng khi mất sóng"
  function render() {
    var list = document.getElementById('offline-queue');
    if (!list) return Promise.resolve();
    return items().then(function (all) {
      list.textContent = '';
      document.getElementById('offline-empty').hidden = all.length > 0;
      all.forEach(function (item) { list.appendChild(card(item)); });
    });
  }
  function card(item) {
    var li = document.createElement('li');
    li.setAttribute('data-id', item.id);
    var title = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = item.label;
    title.appendChild(strong);
    title.appendChild(document.createTextNode(' · ghi lúc ' + new Date(item.createdAt).toLocaleString('vi-VN')));
    li.appendChild(title);
    if (item.state !== 'waiting') {
      var state = document.createElement('p');
      state.className = 'error-box';
      state.textContent = (item.state === 'conflict' ? 'Xung đột: hồ sơ đã thay đổi trên máy chủ. ' : 'Không gửi được: ') + (item.message || '');
      li.appendChild(state);
    }
    var form = document.createElement('form');
    form.className = 'stack';
    Object.keys(item.labels || {}).forEach(function (name) {
      var about = item.labels[name];
      var div = document.createElement('div');
      var label = document.createElement('label');
      label.textContent = about.label;
      if (about.shown) {
        label.textContent += ': ' + about.shown;
      } else {
        var input = document.createElement(about.type === 'date' ? 'input' : 'textarea');
        if (about.type === 'date') input.type = 'date'; else input.rows = 2;
        input.name = name;
        input.value = field(item.fields, name) || '';
        label.appendChild(input);
      }
      div.appendChild(label);
      if (item.server && item.server[name] !== undefined && item.server[name] !== null) {
        var server = document.createElement('p');
        server.className = 'muted';
        server.textContent = 'Trên máy chủ: ' + item.server[name];
        div.appendChild(server);
      }
      form.appendChild(div);
    });
    var save = document.createElement('button');
    save.type = 'submit';
    save.textContent = item.state === 'waiting' ? 'Lưu sửa đổi' : 'Gửi lại bản của tôi';
    form.appendChild(save);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      Array.prototype.forEach.call(form.elements, function (input) {
        if (!input.name) return;
        item.fields.forEach(function (f) { if (f[0] === input.name) f[1] = input.value; });
      });
      if (item.server && item.server.version !== undefined) {
        item.fields.forEach(function (f) { if (f[0] === 'version') f[1] = String(item.server.version); });
      }
      item.state = 'waiting';
      delete item.message;
      put(item).then(render).then(bar).then(flush);
    });
    var drop = document.createElement('button');
    drop.type = 'button';
    drop.className = 'secondary';
    drop.textContent = 'Bỏ mục này';
    drop.addEventListener('click', function () {
      if (confirm('Bỏ mục "' + item.label + '"? Nội dung sẽ mất.')) remove(item.id).then(render).then(bar);
    });
    form.appendChild(drop);
    li.appendChild(form);
    return li;
  }

  function saved() {
    var out = document.getElementById('offline-saved');
    if (!out) return;
    caches.open(pagesCache).then(function (cache) { return cache.match('/offline/saved-at'); })
      .then(function (hit) { return hit ? hit.text() : null; })
      .then(function (at) {
        out.textContent = at ? 'Đã lưu lúc ' + new Date(at).toLocaleString('vi-VN') + '.' : 'Chưa lưu gì trên máy này.';
      });
  }
  function saveForOffline(button) {
    button.disabled = true;
    var out = document.getElementById('offline-saved');
    out.textContent = 'Đang lưu…';
    return fetch(button.getAttribute('data-pages'), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (list) {
        return caches.open(pagesCache).then(function (cache) {
          return Promise.all(list.pages.map(function (path) {
            return fetch(path, { credentials: 'same-origin' }).then(function (r) {
              if (r.ok && !r.redirected) return cache.put(path, r);
            });
          })).then(function () {
            return cache.put('/offline/saved-at', new Response(new Date().toISOString()));
          });
        });
      })
      .then(function () {
        return caches.open('dangbo-current').then(function (c) { return c.put('/offline/current-user', new Response(user)); });
      })
      .then(saved, function () { out.textContent = 'Không lưu được: hãy thử lại khi có sóng.'; })
      .then(function () { button.disabled = false; });
  }

  // ---------------------------------------------------------------- clearing this phone
  function clear() {
    return items().then(function (all) {
      return Promise.all(all.map(function (i) { return remove(i.id); }));
    }).then(function () {
      return Promise.all([caches['delete'](pagesCache), caches['delete']('dangbo-current')]);
    });
  }
  function confirmClear(what) {
    return items().then(function (all) {
      return !all.length || confirm('Còn ' + all.length + ' mục chưa gửi. ' + what + ' sẽ xóa chúng khỏi máy này. Tiếp tục?');
    });
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.action || !/\/logout$/.test(form.action) || form.getAttribute('data-cleared')) return;
    event.preventDefault();
    confirmClear('Đăng xuất').then(function (go) {
      if (!go) return;
      clear().then(function () {
        form.setAttribute('data-cleared', 'true');
        form.submit();
      });
    });
  }, true);

  var saveButton = document.getElementById('offline-save');
  if (saveButton) saveButton.addEventListener('click', function () { saveForOffline(saveButton); });
  var sendButton = document.getElementById('offline-send');
  if (sendButton) sendButton.addEventListener('click', flush);
  var clearButton = document.getElementById('offline-clear');
  if (clearButton) {
    clearButton.addEventListener('click', function () {
      confirmClear('Xóa dữ liệu').then(function (go) {
        if (go) clear().then(render).then(bar).then(saved);
      });
    });
  }
  // the service worker serves this user's saved pages only
  caches.has(pagesCache).then(function (has) {
    if (has) caches.open('dangbo-current').then(function (c) { return c.put('/offline/current-user', new Response(user)); });
  });
  saved();
  render();
  bar().then(flush);
})();
