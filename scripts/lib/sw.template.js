/**
 * The app's service worker (template; the build writes it to `sw.js` with the precache list
 * filled in, see serviceWorker.ts). Offline after the first visit, updates only when asked:
 *
 * - install: every file of the release is fetched (bypassing the HTTP cache) into one cache,
 *   each under its URL plus `?__revision=<md5 of its bytes>`; files whose revision is already
 *   cached are not fetched again. Nothing is activated until the page asks (`SKIP_WAITING`),
 *   except the very first worker, which has no page to disturb;
 * - activate: entries of other releases are deleted, and the worker takes charge of the open
 *   pages that installed it (so the first visit's own lazy files come from the cache too);
 * - fetch: a same-origin GET of a precached path is answered from the cache (query ignored; a
 *   directory means its index.html; any other navigation gets index.html); everything else goes
 *   to the network. The app loads nothing from other hosts.
 */
const CACHE = 'referral-atlas-precache';
/** [{ url, revision }], URLs relative to this script. Filled in by the build. */
const MANIFEST = /* @precache-manifest */ [];

/** Each file's absolute URL and its cache key (the URL with its revision as the query). */
const ENTRIES = MANIFEST.map((entry) => {
  const url = new URL(entry.url, self.location.href);
  const key = new URL(url);
  key.search = `__revision=${entry.revision}`;
  return { url: url.href, key: key.href };
});
/** Absolute URL without query → cache key. */
const KEYS = new Map(ENTRIES.map((e) => [e.url, e.key]));
const INDEX = new URL('index.html', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        ENTRIES.map(async ({ url, key }) => {
          if (await cache.match(key)) return;
          const res = await fetch(new Request(url, { cache: 'reload' }));
          if (!res.ok) throw new Error(`precache: ${url} answered ${res.status}`);
          await cache.put(key, res);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set(KEYS.values());
      const cache = await caches.open(CACHE);
      for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
      // Caches of the Workbox worker of earlier releases.
      for (const name of await caches.keys())
        if (name !== CACHE && name.startsWith('workbox-precache')) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  let key = KEYS.get(url.href);
  if (!key && url.pathname.endsWith('/')) key = KEYS.get(`${url.href}index.html`);
  if (!key && req.mode === 'navigate') key = KEYS.get(INDEX);
  if (!key) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((res) => res || fetch(req)),
  );
});
