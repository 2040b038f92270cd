import { describe, expect, it } from 'vitest';
import { bestLocale, localeForTag, parseLocale } from '~/site/language';

describe('localeForTag', () => {
	it.each([
		['zh-Hant', 'zh-tw'],
		['zh-TW', 'zh-tw'],
		['zh-HK', 'zh-tw'],
		['zh-Hant-HK', 'zh-tw'],
		['zh-MO', 'zh-tw'],
		['zh', 'zh-cn'],
		['zh-CN', 'zh-cn'],
		['zh-Hans-SG', 'zh-cn'],
		['es', 'es'],
		['es-MX', 'es'],
		['es-419', 'es'],
		['en-GB', 'en'],
	])('%s → %s', (tag, want) => {
		expect(localeForTag(tag)).toBe(want);
	});

	it('knows nothing of languages we do not publish', () => {
		expect(localeForTag('fr-FR')).toBeUndefined();
		expect(localeForTag('')).toBeUndefined();
		// "zhx" is not Chinese; the prefix must be a whole subtag.
		expect(localeForTag('zhx')).toBeUndefined();
	});
});

describe('bestLocale', () => {
	it('takes the first preference we publish', () => {
		expect(bestLocale(['fr-FR', 'de', 'es-AR', 'en'])).toBe('es');
		expect(bestLocale(['zh-Hant-TW', 'zh-CN'])).toBe('zh-tw');
	});
	it('falls back to English', () => {
		expect(bestLocale(['fr', 'ja'])).toBe('en');
		expect(bestLocale([])).toBe('en');
	});
});

describe('parseLocale', () => {
	it('accepts only our locales', () => {
		expect(parseLocale('zh-cn')).toBe('zh-cn');
		expect(parseLocale('zh-CN')).toBeUndefined();
		expect(parseLocale('<script>')).toBeUndefined();
		expect(parseLocale(42)).toBeUndefined();
		expect(parseLocale(null)).toBeUndefined();
	});
});
