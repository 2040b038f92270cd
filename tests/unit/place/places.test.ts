import { describe, expect, it } from 'vitest';
import {
	defaultPlace,
	fromPlacePath,
	inLocaleOrder,
	placeParam,
	placePath,
} from '~/features/place/places';
import { placesOn } from '~/features/place/content';
import { questionsFor } from '~/features/quiz/quiz-items';

describe('the ?place= parameter', () => {
	it('accepts every place id, trimmed and in any case', () => {
		expect(placeParam('?place=hk')).toBe('hk');
		expect(placeParam('?place=%20TW%20')).toBe('tw');
		expect(placeParam('?x=1&place=uk')).toBe('uk');
	});
	it('reports anything else as unknown, never as a place', () => {
		for (const value of [
			'fr',
			'taiwan',
			'<script>alert(1)</script>',
			'../../etc',
			'cn;hk',
			'__proto__',
		])
			expect(placeParam(`?place=${encodeURIComponent(value)}`)).toBe('unknown');
	});
	it('is absent when the parameter is missing or empty', () => {
		expect(placeParam('')).toBeUndefined();
		expect(placeParam('?place=')).toBeUndefined();
		expect(placeParam('?lang=en')).toBeUndefined();
	});
});

describe('default place per locale', () => {
	it('is the locale reader’s most likely place the page has', () => {
		expect(defaultPlace('zh-cn', ['us', 'uk', 'cn', 'tw', 'hk'])).toBe('cn');
		expect(defaultPlace('zh-tw', ['cn', 'us', 'uk', 'tw', 'hk'])).toBe('tw');
		expect(defaultPlace('es', ['cn', 'us', 'uk', 'mx'])).toBe('mx');
		expect(defaultPlace('es', ['cn', 'us', 'uk'])).toBe('us');
		expect(defaultPlace('en', ['cn', 'uk', 'us'])).toBe('us');
	});
	it('falls back to what the page has, and to nothing on a page without places', () => {
		expect(defaultPlace('zh-tw', ['uk'])).toBe('uk');
		expect(defaultPlace('en', [])).toBeUndefined();
	});
	it('lists places in the locale’s order', () => {
		expect(inLocaleOrder('zh-tw', ['cn', 'us', 'uk', 'tw', 'hk'])).toEqual([
			'tw',
			'hk',
			'cn',
			'us',
			'uk',
		]);
	});
});

describe('a page’s version for another place', () => {
	it('round-trips between entry id and path', () => {
		expect(placePath('zh-tw/rights/what-collectors-may-not-do', 'hk')).toBe(
			'zh-tw/place/hk/rights/what-collectors-may-not-do/'
		);
		expect(fromPlacePath('/zh-tw/place/hk/rights/what-collectors-may-not-do/')).toEqual({
			id: 'zh-tw/rights/what-collectors-may-not-do',
			place: 'hk',
		});
	});
	it('is not any other path', () => {
		expect(fromPlacePath('/zh-tw/rights/what-collectors-may-not-do/')).toBeUndefined();
		expect(fromPlacePath('/zh-tw/place/xx/rights/a/')).toBeUndefined();
		expect(fromPlacePath('/zh-tw/place/hk/')).toBeUndefined();
	});
});

describe('places on a page and questions for a place', () => {
	it('finds each <Place id> once, in page order', () => {
		const mdx =
			'<PlaceRules>\n\t<Place id="cn">\n\t\t- a\n\t</Place>\n\t<Place id="tw">x</Place>\n</PlaceRules>\n<PlaceRules><Place id="cn">y</Place></PlaceRules>';
		expect(placesOn(mdx)).toEqual(['cn', 'tw']);
		expect(placesOn('<Place id="zz">')).toEqual([]);
	});
	it('asks place-neutral questions of everyone and a place’s questions only of its readers', () => {
		const qs = [{ id: 'a' }, { id: 'b', place: 'cn' }, { id: 'c', place: 'tw' }];
		expect(questionsFor(qs, 'tw').map((q) => q.id)).toEqual(['a', 'c']);
		expect(questionsFor(qs, 'us').map((q) => q.id)).toEqual(['a']);
	});
});
