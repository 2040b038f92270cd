// Saved sets in the offline worker: "Save for offline" on a module overview or the tools hub keeps a
// module's pages (or the tools) with everything they need, records what it kept, and "Remove offline
// copy" deletes what no other saved set needs. Also what is kept, for the offline page's list.
import type { FromWorker, SavedPack } from './data';
import { isPlaceVersion, localeOf, offlinePagePath, packRecordDir, packRecordPath } from './paths';
import { Missing, OtherBuild, type Store, bytesOf, needsOf, titleHeader } from './sw-store';

/** What the cache records of a saved set: the reader's place when saved, and the pages kept. */
export interface PackRecord {
	locale: string;
	pack: string;
	place: string | null;
	keys: string[];
}

/** Why saving failed, as the save box says it. */
export function failure(error: unknown): 'network' | 'version' {
	return error instanceof Missing || error instanceof OtherBuild ? 'version' : 'network';
}

export class Packs {
	constructor(readonly store: Store) {}

	/** The records of every saved set in `cache`. */
	async records(cache: Cache): Promise<PackRecord[]> {
		const prefix = this.store.at(packRecordDir);
		const found: PackRecord[] = [];
		for (const request of await cache.keys())
			if (request.url.startsWith(prefix)) found.push(await (await cache.match(request))!.json());
		return found;
	}

	/**
	 * Saves a set: its pages one by one (each is read for what it needs), then those files four at a
	 * time; the pages' versions for the reader's place too. The record is written last, so a set that
	 * stopped half way is not reported as saved.
	 */
	async save(
		locale: string,
		id: string,
		place: string | null,
		older: Cache[] = [],
		progress: (done: number, total: number) => void = () => {}
	): Promise<void> {
		const pack = this.store.data.packs[locale as keyof typeof this.store.data.packs]?.[id];
		if (!pack) throw new Missing(`${locale}/${id}`);
		const versions = (place && pack.places[place]) || [];
		const keys = [...pack.pages, ...versions].map((path) => this.store.at(path));
		const total = pack.files + versions.length;
		let done = 0;
		const step = () => progress(Math.min(++done, total), total);
		const cache = await this.store.open();
		const needs: string[] = [];
		for (const key of keys) {
			needs.push(...(await this.store.stored(cache, key)));
			step();
		}
		await this.store.fill(cache, needs, older, step);
		const record: PackRecord = { locale, pack: id, place, keys };
		await cache.put(
			this.store.at(packRecordPath(locale, id)),
			new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } })
		);
	}

	/** The bytes a set's pages and the files they need take on the device. */
	async bytes(cache: Cache, record: PackRecord): Promise<number> {
		const all = new Set<string>();
		for (const key of record.keys) {
			all.add(key);
			needsOf(await cache.match(key)).forEach((need) => all.add(need));
		}
		let total = 0;
		for (const key of all) total += bytesOf(await cache.match(key));
		return total;
	}

	async saved(locale: string, id: string): Promise<SavedPack | null> {
		const cache = await this.store.open();
		const stored = await cache.match(this.store.at(packRecordPath(locale, id)));
		if (!stored) return null;
		return { locale, pack: id, bytes: await this.bytes(cache, await stored.json()) };
	}

	/**
	 * Removes a saved set: its pages unless another saved set has them (pages the reader opened in it
	 * go too: the point is to free the space), but not the offline page, then every stored file no
	 * remaining page needs.
	 * Returns the bytes freed.
	 */
	async remove(locale: string, id: string): Promise<number> {
		const cache = await this.store.open();
		const recordKey = this.store.at(packRecordPath(locale, id));
		const stored = await cache.match(recordKey);
		if (!stored) return 0;
		const record: PackRecord = await stored.json();
		await cache.delete(recordKey);
		const others = new Set((await this.records(cache)).flatMap((r) => r.keys));
		// The offline page stays: it is what the worker shows for any page that is not kept.
		const offlinePage = this.store.at(offlinePagePath(locale));
		let freed = 0;
		for (const key of record.keys) {
			if (others.has(key) || key === offlinePage) continue;
			freed += bytesOf(await cache.match(key));
			await cache.delete(key);
		}
		return freed + (await this.collect(cache));
	}

	/** Deletes every stored file that no stored page needs; returns the bytes freed. */
	async collect(cache: Cache): Promise<number> {
		const entries = await Promise.all(
			(await cache.keys()).map(
				async (request) => [request.url, await cache.match(request)] as const
			)
		);
		const needed = new Set(entries.flatMap(([, stored]) => needsOf(stored)));
		let freed = 0;
		for (const [key, stored] of entries) {
			const page = stored?.headers.has(titleHeader) || key.startsWith(this.store.at(packRecordDir));
			if (page || needed.has(key)) continue;
			freed += bytesOf(stored);
			await cache.delete(key);
		}
		return freed;
	}

	/** What is kept: saved sets, pages (not the offline pages, nor versions for a place) and the bytes of all. */
	async list(): Promise<Extract<FromWorker, { type: 'list' }>> {
		const cache = await this.store.open();
		const packs: SavedPack[] = [];
		for (const record of await this.records(cache))
			packs.push({
				locale: record.locale,
				pack: record.pack,
				bytes: await this.bytes(cache, record),
			});
		const pages: { url: string; title: string; locale: string }[] = [];
		let bytes = 0;
		const { base } = this.store;
		for (const request of await cache.keys()) {
			const stored = await cache.match(request);
			bytes += bytesOf(stored);
			const title = stored?.headers.get(titleHeader);
			const path = this.store.path(request.url);
			const locale = localeOf(path, base);
			if (title === null || title === undefined || !locale) continue;
			if (isPlaceVersion(path, base) || path === `${base}${offlinePagePath(locale)}`) continue;
			pages.push({ url: request.url, title: decodeURIComponent(title), locale });
		}
		return { type: 'list', packs, pages, bytes };
	}
}
