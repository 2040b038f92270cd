// The offline worker's cache: one per build, so a page and the files it loads always come from the
// same build. What a page needs and its title ride along in headers of its stored copy, so listing
// and removing read no page twice. Runs in the offline worker.
import type { OfflineData } from './data';
import { closure, pageRefs, titleOf } from './page-refs';
import {
	cacheName,
	cachePrefix,
	carriedOver,
	handling,
	localeOf,
	offlinePagePath,
	packRecordDir,
} from './paths';

/** Headers on a stored copy: the files a page needs, its title, when it was kept, and its bytes. */
export const needsHeader = 'x-bw-needs';
export const titleHeader = 'x-bw-title';
export const keptHeader = 'x-bw-kept';
export const bytesHeader = 'x-bw-bytes';

/** A page of another build (it names files this build does not have): kept by that build's worker. */
export class OtherBuild extends Error {}

/** The server has no such file (404, 410): a page that is gone, skipped when carrying over. */
export class Missing extends Error {}

/** Runs `work` on every item, `size` at a time. */
export async function pool<T>(
	items: readonly T[],
	size: number,
	work: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	const run = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(size, items.length) }, run));
}

const isHtml = (response: Response) =>
	(response.headers.get('content-type') ?? '').includes('text/html');

/** The page paths a stored page needs (its header), as keys. */
export const needsOf = (stored: Response | undefined) =>
	(stored?.headers.get(needsHeader) ?? '').split(' ').filter(Boolean);

export const bytesOf = (stored: Response | undefined) =>
	Number(stored?.headers.get(bytesHeader) ?? 0) || 0;

export class Store {
	readonly name: string;
	readonly base: string;
	/** Every `_astro/` file of this build. */
	readonly known: Set<string>;

	constructor(
		readonly data: OfflineData,
		readonly origin: string
	) {
		this.name = cacheName(data.build);
		this.base = data.base;
		this.known = new Set(Object.keys(data.assets));
	}

	/** What a URL is kept under: its address without query or fragment. */
	key(url: string): string {
		const { origin, pathname } = new URL(url, this.origin);
		return `${origin}${pathname}`;
	}

	/** A path under the base as a key. */
	at(path: string): string {
		return `${this.origin}${this.base}${path}`;
	}

	path(key: string): string {
		return new URL(key).pathname;
	}

	open(): Promise<Cache> {
		return caches.open(this.name);
	}

	/** The caches of earlier builds, oldest first by name order (there is normally one). */
	async older(): Promise<Cache[]> {
		const names = (await caches.keys()).filter((n) => n.startsWith(cachePrefix) && n !== this.name);
		return Promise.all(names.map((n) => caches.open(n)));
	}

	/** Drops every earlier build's cache, once this build's worker is in charge. */
	async dropOlder(): Promise<void> {
		for (const name of await caches.keys())
			if (name.startsWith(cachePrefix) && name !== this.name) await caches.delete(name);
	}

	/** What a page of this build needs, as keys; throws OtherBuild for a page that names files it lacks. */
	needs(html: string): string[] {
		const refs = pageRefs(html, this.base);
		if (refs.assets.some((name) => !this.known.has(name))) throw new OtherBuild();
		return [
			...closure(refs.assets, this.data.assets).map((name) => this.at(`_astro/${name}`)),
			...refs.other.map((path) => `${this.origin}${path}`),
		];
	}

	/**
	 * Stores `response` under `key`, with the bytes it takes; a page also with its title and what it
	 * needs (returned). Throws OtherBuild, storing nothing, for a page of another build.
	 */
	async put(cache: Cache, key: string, response: Response): Promise<string[]> {
		const headers = new Headers(response.headers);
		// The body is stored decoded; these described it as it came over the network.
		headers.delete('content-encoding');
		headers.delete('content-length');
		let body: string | ArrayBuffer;
		let bytes: number;
		let needs: string[] = [];
		if (isHtml(response)) {
			body = await response.text();
			needs = this.needs(body);
			bytes = new TextEncoder().encode(body).byteLength;
			headers.set(needsHeader, needs.join(' '));
			headers.set(titleHeader, encodeURIComponent(titleOf(body)));
			headers.set(keptHeader, String(Date.now()));
		} else {
			body = await response.arrayBuffer();
			bytes = body.byteLength;
		}
		headers.set(bytesHeader, String(bytes));
		const { status, statusText } = response;
		await cache.put(key, new Response(body, { status, statusText, headers }));
		return needs;
	}

	/**
	 * `key` from the network; throws Missing for a 404 or 410. A page is checked with the server (it
	 * may be newer than the browser's HTTP cache); a build file may come from that cache, as its name
	 * is its content.
	 */
	async fetchOk(key: string): Promise<Response> {
		const asset = handling(this.path(key), this.base) === 'asset';
		const response = await fetch(key, { cache: asset ? 'default' : 'no-cache' });
		if (response.status === 404 || response.status === 410) throw new Missing(key);
		if (!response.ok) throw new Error(`${response.status} ${key}`);
		return response;
	}

	/** What a page or file needs, storing it first (from the network) unless it is stored already. */
	async stored(cache: Cache, key: string): Promise<string[]> {
		const kept = await cache.match(key);
		return kept ? needsOf(kept) : this.put(cache, key, await this.fetchOk(key));
	}

	/**
	 * Makes sure every key of `needs` is stored: a build file an earlier cache holds is copied (its name
	 * is its content), anything else fetched. `step` runs once per key.
	 */
	async fill(cache: Cache, needs: readonly string[], older: Cache[] = [], step = () => {}) {
		await pool([...new Set(needs)], 4, async (key) => {
			if (!(await cache.match(key))) {
				let response: Response | undefined;
				if (handling(this.path(key), this.base) === 'asset')
					for (const old of older) response ??= await old.match(key);
				await this.put(cache, key, response ?? (await this.fetchOk(key)));
			}
			step();
		});
	}

	/** Keeps a page the reader opened, with what it needs, and the offline page of its language. */
	async keep(url: string, older: Cache[] = []): Promise<void> {
		const key = this.key(url);
		const path = this.path(key);
		if (new URL(key).origin !== this.origin || handling(path, this.base) !== 'page') return;
		const cache = await this.open();
		const locale = localeOf(path, this.base);
		const keys = [key, ...(locale ? [this.at(offlinePagePath(locale))] : [])];
		for (const one of keys) await this.fill(cache, await this.stored(cache, one), older);
	}

	/** A network response for a page the reader is opening: kept if it is a whole, same-origin answer. */
	async keepResponse(cache: Cache, key: string, response: Response): Promise<void> {
		if (!response.ok || response.type !== 'basic' || response.redirected) return;
		try {
			await this.fill(cache, await this.put(cache, key, response));
		} catch (error) {
			if (!(error instanceof OtherBuild)) throw error;
		}
	}

	/**
	 * On installing a new build: the pages the reader opened lately under earlier builds (and the pages
	 * open now) fetched again in this build with what they need, and the saved sets to save again. A
	 * page that is gone or already newer is skipped; a network failure fails the install, so the old
	 * build stays whole.
	 */
	async carryOver(
		open: readonly string[]
	): Promise<{ locale: string; pack: string; place: string | null }[]> {
		const older = await this.older();
		const cache = await this.open();
		const keys = new Set(open.map((url) => this.key(url)));
		const records: { locale: string; pack: string; place: string | null }[] = [];
		const now = Date.now();
		for (const old of older)
			for (const request of await old.keys()) {
				const stored = (await old.match(request))!;
				const keptAt = Number(stored.headers.get(keptHeader));
				if (request.url.startsWith(this.at(packRecordDir))) records.push(await stored.json());
				else if (keptAt && carriedOver(keptAt, now)) keys.add(request.url);
			}
		for (const key of keys) {
			if (handling(this.path(key), this.base) !== 'page') continue;
			try {
				await this.fill(cache, await this.stored(cache, key), older);
			} catch (error) {
				if (!(error instanceof Missing || error instanceof OtherBuild)) throw error;
			}
		}
		return records;
	}
}
