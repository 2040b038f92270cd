// Which requests the offline worker handles, and the names it keeps things under. Pure and
// browser-safe: the worker, the build and the pages' elements share it. Relative imports: the build
// loads it through Node.
import { localeIds, type Locale } from '../../site/locales.ts';

/** The worker's file, at the base; its scope is the base. */
export const workerFile = 'sw.js';

/** Every cache the worker makes starts so; one per build (`bw-offline-<build>`). */
export const cachePrefix = 'bw-offline-';

export const cacheName = (build: string) => `${cachePrefix}${build}`;

/** Where a saved set's record lives in the cache: a path no page has. */
export const packRecordDir = '__offline__/';

/** A saved set's record, as a path under the base. */
export const packRecordPath = (locale: string, pack: string) => `${packRecordDir}${locale}/${pack}`;

/** The offline page of a locale, as a path under the base. */
export const offlinePagePath = (locale: string) => `${locale}/offline/`;

/**
 * What the worker does with a same-origin GET for `path` (the URL's pathname): `asset` for the build's
 * hashed files (cache first: a name is never reused for other bytes), `page` for pages and the files
 * they fetch (network first, so a new build is seen at once), `pass` for what it leaves alone: anything
 * outside the base, the embed view (never kept), search (it needs a connection), the worker itself and
 * the records of saved sets.
 */
export function handling(path: string, base: string): 'asset' | 'page' | 'pass' {
	if (!path.startsWith(base)) return 'pass';
	const rest = path.slice(base.length);
	if (/^(embed|pagefind)(\/|$)/.test(rest) || rest === workerFile || rest.startsWith(packRecordDir))
		return 'pass';
	return rest.startsWith('_astro/') ? 'asset' : 'page';
}

/** The locale a path is in, from its first segment under the base. */
export function localeOf(path: string, base: string): Locale | undefined {
	const first = path.startsWith(base) ? path.slice(base.length).split('/')[0] : undefined;
	return localeIds.find((id) => id === first);
}

/** A page's version for a place (`<locale>/place/<place>/…`): part of a page, never listed on its own. */
export const isPlaceVersion = (path: string, base: string) =>
	/^[^/]+\/place\//.test(path.slice(base.length));

/**
 * A page the reader opened is fetched again for a new build only if they opened it in the last 30
 * days: a new build changes every page, and a reader on prepaid data should not pay, at each update,
 * for every page they ever read. Saved sets are always fetched again; an older page is kept again
 * when it is next opened.
 */
export const carryOverDays = 30;

export const carriedOver = (keptAt: number, now: number) =>
	now - keptAt <= carryOverDays * 24 * 60 * 60 * 1000;
