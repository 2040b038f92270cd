// The offline worker, built to `<base>sw.js` with this build's data (`BW_OFFLINE`) by the offline
// integration. Pages: network first, so a new build is seen at once online, and kept as they are
// opened; with no network, the kept copy with a line saying so, or the offline page of the page's
// language. The build's hashed files: from the device first. Never touched: other origins, the embed
// view, search, anything but GET. A new build's worker fetches again what the reader kept, then
// takes over and drops the old cache, so a page and its files always come from one build.
import type { FromWorker, OfflineData, ToWorker } from './data';
import { withOfflineLine } from './offline-line';
import { handling, localeOf, offlinePagePath } from './paths';
import { Packs, failure } from './sw-packs';
import { Store } from './sw-store';
import type { ExtendableMessageEvent, WorkerScope } from './sw-types';
import { localeIds, type Locale } from '~/site/locales';

declare const BW_OFFLINE: OfflineData;

const worker = self as unknown as WorkerScope;
const store = new Store(BW_OFFLINE, worker.location.origin);
const packs = new Packs(store);
const { base, words } = BW_OFFLINE;

/** How long a page may take online before its kept copy is shown instead (a weak signal). */
const patience = 5000;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const older = await store.older();
			for (const record of await store.carryOver(open.map((client) => client.url)))
				await packs.save(record.locale, record.pack, record.place, older).catch((error) => {
					if (failure(error) === 'network') throw error;
				});
			await worker.skipWaiting();
		})()
	);
});

worker.addEventListener('activate', (event) => event.waitUntil(store.dropOlder()));

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	const how = handling(url.pathname, base);
	if (how === 'pass') return;
	const work = how === 'asset' ? deviceFirst(request) : networkFirst(request);
	event.respondWith(work.then((w) => w.response));
	event.waitUntil(work.then((w) => w.after));
});

worker.addEventListener('message', (event) => {
	event.waitUntil(answer(event).catch(() => {}));
});

interface Work {
	response: Promise<Response>;
	/** Keeping what came from the network, after the page has its answer. */
	after: Promise<unknown>;
}

async function deviceFirst(request: Request): Promise<Work> {
	const cache = await store.open();
	const key = store.key(request.url);
	const kept = await cache.match(key);
	if (kept) return { response: Promise.resolve(kept), after: Promise.resolve() };
	const network = fetch(request);
	const after = network
		.then((response) =>
			response.ok && store.known.has(key.slice(key.lastIndexOf('/') + 1))
				? store.put(cache, key, response.clone())
				: undefined
		)
		.catch(() => {});
	return { response: network, after };
}

async function networkFirst(request: Request): Promise<Work> {
	const cache = await store.open();
	const key = store.key(request.url);
	const navigate = request.mode === 'navigate';
	const network = fetch(request);
	// Cloned as soon as it arrives, before the page starts reading it.
	const after = network
		.then((response) => store.keepResponse(cache, key, response.clone()))
		.catch(() => {});
	const response = (async () => {
		const kept = await cache.match(key);
		try {
			return await (kept && navigate ? withPatience(network) : network);
		} catch {
			return fromDevice(cache, key, navigate);
		}
	})();
	return { response, after };
}

function withPatience(network: Promise<Response>): Promise<Response> {
	return Promise.race([
		network,
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error('slow')), patience)),
	]);
}

/** With no network: the kept copy, or (for a page) the offline page of its language. */
async function fromDevice(cache: Cache, key: string, navigate: boolean): Promise<Response> {
	const kept =
		(await cache.match(key)) ??
		(navigate && !key.endsWith('/') ? await cache.match(`${key}/`) : undefined);
	if (!navigate) return kept ?? Response.error();
	// A page outside any language (the language chooser) gets the first language kept.
	const locale = localeOf(store.path(key), base) ?? (await keptLocale(cache));
	if (!locale) return kept ?? Response.error();
	if (kept) return lined(kept, locale, false);
	const offline = await cache.match(store.at(offlinePagePath(locale)));
	return offline ? lined(offline, locale, true) : Response.error();
}

async function keptLocale(cache: Cache): Promise<Locale | undefined> {
	for (const locale of localeIds)
		if (await cache.match(store.at(offlinePagePath(locale)))) return locale;
	return undefined;
}

/** A kept page with the offline line first in its main content. */
async function lined(kept: Response, locale: Locale, notSaved: boolean): Promise<Response> {
	const w = words[locale];
	if (!w) return kept;
	const html = withOfflineLine(
		await kept.text(),
		notSaved ? w.notSaved : w.line,
		notSaved ? undefined : { href: `${base}${offlinePagePath(locale)}`, text: w.seeSaved }
	);
	return new Response(html, { status: 200, headers: kept.headers });
}

/** The page's messages: keep this page; a saved set's status, saving and removing; the list. */
async function answer(event: ExtendableMessageEvent): Promise<void> {
	const message = event.data as ToWorker;
	if (!message || typeof message !== 'object' || typeof message.type !== 'string') return;
	const reply = (m: FromWorker) => event.source?.postMessage(m);
	switch (message.type) {
		case 'keep':
			return store.keep(message.url);
		case 'status': {
			const { locale, pack } = message;
			const data = BW_OFFLINE.packs[locale as keyof typeof BW_OFFLINE.packs]?.[pack];
			if (!data) return;
			const saved = await packs.saved(locale, pack);
			return reply({ type: 'status', locale, pack, download: data.download, saved });
		}
		case 'save': {
			const { locale, pack, place } = message;
			try {
				await packs.save(locale, pack, place, [], (done, total) =>
					reply({ type: 'progress', locale, pack, done, total })
				);
				const saved = await packs.saved(locale, pack);
				return reply({ type: 'saved', locale, pack, bytes: saved?.bytes ?? 0 });
			} catch (error) {
				return reply({ type: 'failed', locale, pack, reason: failure(error) });
			}
		}
		case 'remove': {
			const { locale, pack } = message;
			return reply({ type: 'removed', locale, pack, freed: await packs.remove(locale, pack) });
		}
		case 'list':
			return reply(await packs.list());
	}
}
