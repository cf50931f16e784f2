// Keeps the add-in's own files, so the pane opens quickly and also when the intranet server is away. Requests for
// anything else (Office.js) go to the network untouched.
const cacheName = '%CACHE%';
const files = %FILES%;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('helder-') && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.match(event.request, {ignoreSearch: true}).then((cached) => cached ?? fetch(event.request)));
});
