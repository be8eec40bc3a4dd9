/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { precachedPages, shellFor } from '$lib/offline/precache.js';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
const pages = precachedPages(prerendered, base);
const renderedFromData = pages.renderedFromData;
// The whole app: code, static files, the data of every page and the HTML of every other page
// (the shell among them), so any page opens offline, including one never visited before.
const ASSETS = [...build, ...files, ...pages.paths];

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
				const response = await fetch(request);
				// A page whose HTML was not stored ahead is kept once visited.
				if (response.ok && renderedFromData(path)) await cache.put(path, response.clone());
				return response;
			} catch {
				const fallback =
					request.mode !== 'navigate'
						? undefined
						: renderedFromData(path)
							? await cache.match(shellFor(path, base))
							: await cache.match(`${base}/offline`);
				return (
					fallback ??
					new Response('Offline, and this file is not stored on the device.', { status: 503 })
				);
			}
		})()
	);
});
