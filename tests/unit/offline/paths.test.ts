import { describe, expect, it } from 'vitest';
import {
	carriedOver,
	handling,
	isPlaceVersion,
	localeOf,
	packRecordPath,
} from '~/features/offline/paths';

describe('what the offline worker handles', () => {
	it('keeps the build files device-first and pages network-first, under the base only', () => {
		expect(handling('/_astro/page.abc.js', '/')).toBe('asset');
		expect(handling('/en/borrowing/', '/')).toBe('page');
		expect(handling('/en/tools/strings.json', '/')).toBe('page');
		expect(handling('/', '/')).toBe('page');
		expect(handling('/learn/_astro/page.abc.js', '/learn/')).toBe('asset');
		expect(handling('/learn/en/', '/learn/')).toBe('page');
		expect(handling('/en/', '/learn/')).toBe('pass');
	});

	it('leaves the embed view, search, the worker itself and saved-set records alone', () => {
		for (const path of [
			'/embed/en/borrowing/true-cost-of-a-loan/',
			'/embed/',
			'/pagefind/pagefind.js',
			'/pagefind/index/en_1.pf_index',
			'/sw.js',
			`/${packRecordPath('en', 'borrowing')}`,
		])
			expect(handling(path, '/'), path).toBe('pass');
		expect(handling('/learn/embed/en/x/', '/learn/')).toBe('pass');
		// Only the segment: a page whose slug starts with the word is a page.
		expect(handling('/en/embedded-fees/', '/')).toBe('page');
	});

	it('knows a path’s locale and a place version', () => {
		expect(localeOf('/zh-tw/borrowing/', '/')).toBe('zh-tw');
		expect(localeOf('/learn/es/', '/learn/')).toBe('es');
		expect(localeOf('/', '/')).toBeUndefined();
		expect(localeOf('/fr/x/', '/')).toBeUndefined();
		expect(isPlaceVersion('/en/place/mx/borrowing/check/', '/')).toBe(true);
		expect(isPlaceVersion('/en/borrowing/check/', '/')).toBe(false);
	});
});

describe('what a new build fetches again', () => {
	it('is a page opened in the last 30 days, not one opened long ago', () => {
		const day = 24 * 60 * 60 * 1000;
		const now = Date.UTC(2026, 11, 7);
		expect(carriedOver(now - day, now)).toBe(true);
		expect(carriedOver(now - 30 * day, now)).toBe(true);
		expect(carriedOver(now - 31 * day, now)).toBe(false);
	});
});
