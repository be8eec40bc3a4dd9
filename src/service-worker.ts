/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
// The whole app: code, static files and every prerendered page, so any page opens offline,
// including one never visited before.
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

// The page asks the waiting worker to take over once the learner accepts the update.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const path = url.pathname.replace(/\/$/, '') || '/';
			const cached =
				(await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(path));
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch {
				const fallback =
					request.mode === 'navigate' ? await cache.match(`${base}/offline`) : undefined;
				return (
					fallback ??
					new Response('Offline, and this file is not stored on the device.', { status: 503 })
				);
			}
		})()
	);
});
