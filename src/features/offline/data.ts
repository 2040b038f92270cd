// What the build tells the offline worker (baked into sw.js as `BW_OFFLINE`), and the messages pages
// and the worker exchange. Types only: shared by the build, the worker and the pages' elements.
import type { Locale } from '~/site/locales';

/** A module's id, or `tools` for the tools hub: what one "Save for offline" keeps. */
export type PackId = string;

/** One saved set: its pages and, per place, the pages' versions for it; what it costs. */
export interface Pack {
	/** Page paths under the base (`en/borrowing/`), each with every file it needs. */
	pages: string[];
	/** Place id → the versions of those pages for that place (`en/place/mx/borrowing/…/`). */
	places: Record<string, string[]>;
	/** Files saved (pages and the files they need), for the progress bar. */
	files: number;
	/** Gzip bytes to download: what a reader on prepaid data pays. */
	download: number;
	/** Bytes once stored (the browser keeps files unpacked). */
	stored: number;
}

/** The words the worker writes into a page it serves from the device. */
export interface LineWords {
	line: string;
	seeSaved: string;
	notSaved: string;
}

export interface OfflineData {
	/** Names this build: a hash of its files. Caches are named after it. */
	build: string;
	/** The site's base path, with a trailing slash. */
	base: string;
	/** Every file in `_astro/` this build has → the other `_astro/` files it loads (its closure's edges). */
	assets: Record<string, string[]>;
	packs: Partial<Record<Locale, Record<PackId, Pack>>>;
	words: Partial<Record<Locale, LineWords>>;
}

/** Messages from a page to the worker. */
export type ToWorker =
	| { type: 'keep'; url: string }
	| { type: 'status'; locale: string; pack: PackId }
	| { type: 'save'; locale: string; pack: PackId; place: string | null }
	| { type: 'remove'; locale: string; pack: PackId }
	| { type: 'list' };

/** A saved set, as the worker reports it. */
export interface SavedPack {
	locale: string;
	pack: PackId;
	/** Bytes its pages and their files take on the device. */
	bytes: number;
}

/** Messages from the worker to the page that asked. */
export type FromWorker =
	| {
			type: 'status';
			locale: string;
			pack: PackId;
			download: number;
			saved: SavedPack | null;
	  }
	| { type: 'progress'; locale: string; pack: PackId; done: number; total: number }
	| { type: 'saved'; locale: string; pack: PackId; bytes: number }
	| { type: 'failed'; locale: string; pack: PackId; reason: 'network' | 'version' }
	| { type: 'removed'; locale: string; pack: PackId; freed: number }
	| {
			type: 'list';
			packs: SavedPack[];
			pages: { url: string; title: string; locale: string }[];
			bytes: number;
	  };
