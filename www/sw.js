// The service worker: the page works with the network gone. On install it
// caches the page, its modules, the wasm modules (the lazy ones too), pdf.js
// with its CMaps and the example; then every request of the page is answered from the
// network when there is one (and the copy kept fresh), else from the cache.
// It makes no request of its own to any other origin.

const CACHE = 'zhibiao-v1';
const FILES = [
  './', 'index.html', 'style.css', 'manifest.webmanifest', 'icon.svg',
  'app.js', 'analysis.js', 'core.js', 'downloads.js', 'files.js', 'filter.js', 'find.js', 'i18n.js',
  'panel.js', 'rows.js', 'source.js', 'state.js', 'storage.js', 'summary.js', 'table.js', 'view.js', 'worker.js',
  'pkg/zhibiao.js', 'pkg/zhibiao_bg.wasm',
  'pkg-xlsx/zhibiao.js', 'pkg-xlsx/zhibiao_bg.wasm',
  'pkg-search/zhibiao.js', 'pkg-search/zhibiao_bg.wasm',
  'examples/jintan-2023.txt',
];

// pdf.js and its CMaps, listed by the build (vendor/files.json)
async function vendorFiles() {
  try {
    const res = await fetch('vendor/files.json');
    return res.ok ? await res.json() : [];
  } catch {
    return [];
  }
}

self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const c = await caches.open(CACHE);
    await c.addAll([...FILES, 'pdftext.js', ...(await vendorFiles())]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(e.request);
      if (res.ok) cache.put(e.request, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(e.request, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
