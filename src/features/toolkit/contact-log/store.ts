// The contact log as stored in this browser, under `bw:contact-log`, on this device only:
//
//   {"v":1,"entries":[{"id":"k3x…","date":"2026-11-29","time":"23:40","kind":"call",
//     "name":"Mr Li","company":"XY Collections","number":"138 0000 1234",
//     "said":"Called me a cheat","evidence":"recording","rule":"call after 22:00"}, …]}
//
// Written on every add, edit, delete and import, each as a change to what is stored at that moment
// (`update` in the storage kit), so two tabs keep each other's entries; removed by "Erase
// everything". Every read is treated as hostile: a store that cannot be read is reported with its
// raw text, so the page can offer it as a download before starting fresh, and never shows a blank page.
import { removeKey, replace, type Codec, type Loaded, type SaveResult } from '~/site/storage';
import type { StorageKey } from '~/site/storage-keys';
import {
	checkFields,
	entryFields,
	MAX_ENTRIES,
	newId,
	sortEntries,
	type ContactEntry,
	type EntryField,
} from './log';

/** Where the log is kept. */
export const CONTACT_LOG_KEY = 'bw:contact-log' satisfies StorageKey;

/** The most the log may grow to: nothing longer is written (every browser keeps at least 5 M characters per site). */
export const MAX_STORE_CHARS = 4_000_000;

/**
 * Stored text longer than this is not read: more than any browser keeps for a site, so not ours.
 * A log between the two limits (written before the write limit existed) is still read.
 */
export const MAX_READ_CHARS = 10_000_000;

/** From this size on the page suggests downloading a CSV copy. */
export const WARN_STORE_CHARS = MAX_STORE_CHARS * 0.9;

/** Largest CSV file an import reads, checked before reading: any log this tool keeps, exported (up to 3 bytes a character), fits. */
export const MAX_IMPORT_MB = 12;

export const STORE_VERSION = 1;

export function encodeStore(entries: readonly ContactEntry[]): string {
	return JSON.stringify({
		v: STORE_VERSION,
		entries: entries.map((e) => ({
			id: e.id,
			...Object.fromEntries(entryFields.map((f) => [f, e[f]])),
		})),
	});
}

export type StoreRead =
	/** Nothing stored yet. */
	| { status: 'empty'; entries: [] }
	| { status: 'ok'; entries: ContactEntry[] }
	/**
	 * Stored text that is not wholly readable: `entries` holds what could be saved (maybe none),
	 * `raw` the text as found, so nothing is lost without the reader choosing so.
	 */
	| {
			status: 'damaged';
			entries: ContactEntry[];
			raw: string;
			lost: number;
			reason: 'tooLarge' | 'notJson' | 'notLog' | 'entries';
	  };

/** Reads the stored log; never throws. */
export function decodeStore(stored: string | null): StoreRead {
	if (stored === null || stored === '') return { status: 'empty', entries: [] };
	if (stored.length > MAX_READ_CHARS)
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'tooLarge' };
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'notJson' };
	}
	const record =
		typeof data === 'object' && data !== null && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: undefined;
	if (!record || record['v'] !== STORE_VERSION || !Array.isArray(record['entries']))
		return { status: 'damaged', entries: [], raw: stored, lost: 0, reason: 'notLog' };
	const entries: ContactEntry[] = [];
	const ids = new Set<string>();
	let lost = 0;
	for (const item of (record['entries'] as unknown[]).slice(0, MAX_ENTRIES)) {
		const checked =
			typeof item === 'object' && item !== null
				? checkFields(item as Record<EntryField, unknown>)
				: undefined;
		if (!checked?.ok) {
			lost++;
			continue;
		}
		const storedId = (item as Record<string, unknown>)['id'];
		const id =
			typeof storedId === 'string' && /^[a-z0-9]{1,40}$/.test(storedId) && !ids.has(storedId)
				? storedId
				: newId();
		ids.add(id);
		entries.push({ id, ...checked.fields });
	}
	lost += Math.max(0, (record['entries'] as unknown[]).length - MAX_ENTRIES);
	if (lost > 0)
		return {
			status: 'damaged',
			entries: sortEntries(entries),
			raw: stored,
			lost,
			reason: 'entries',
		};
	return { status: 'ok', entries: sortEntries(entries) };
}

/** The log for the storage kit's `update`: what is stored is read again before every change. */
export const logCodec: Codec<ContactEntry[]> = {
	key: CONTACT_LOG_KEY,
	empty: () => [],
	decode(raw): Loaded<ContactEntry[]> {
		const read = decodeStore(raw);
		return read.status === 'damaged'
			? { kind: 'damaged', raw }
			: { kind: 'ok', value: read.entries };
	},
	encode: encodeStore,
	maxChars: MAX_STORE_CHARS,
};

/** Writes the log whatever is stored (erase, start fresh: the reader's choice); an empty log is removed. */
export function writeLog(entries: ContactEntry[]): SaveResult {
	if (entries.length) return replace(logCodec, entries);
	return removeKey(CONTACT_LOG_KEY) ? 'saved' : 'unavailable';
}
