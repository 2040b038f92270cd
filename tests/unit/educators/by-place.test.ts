import { describe, expect, it } from 'vitest';
import {
	allPlaces,
	giftFile,
	handoutPath,
	lessonPathFor,
	otherPlaces,
} from '~/features/educators/by-place';
import { placeShown } from '~/features/place/places';

describe('versions by place', () => {
	it('are every place but the default, in the locale’s order', () => {
		expect(otherPlaces('zh-tw', ['cn', 'us', 'uk', 'tw', 'hk'])).toEqual(['hk', 'cn', 'us', 'uk']);
		expect(otherPlaces('en', ['cn', 'us', 'uk', 'tw', 'hk'])).toEqual(['uk', 'hk', 'cn', 'tw']);
		// A page without the locale's first place: its default is the next most likely, not listed again.
		expect(otherPlaces('es', ['cn', 'us', 'uk'])).toEqual(['uk', 'cn']);
		expect(otherPlaces('zh-cn', [])).toEqual([]);
	});
	it('of a module are every place of its lessons, once', () => {
		expect(allPlaces([['cn', 'us'], [], ['us', 'tw']])).toEqual(['cn', 'us', 'tw']);
	});
});

describe('the place shown', () => {
	it('is the asked place when the page has it, else the locale’s default', () => {
		expect(placeShown('zh-tw', ['cn', 'tw', 'hk'], 'hk')).toBe('hk');
		expect(placeShown('zh-tw', ['cn', 'tw', 'hk'], 'uk')).toBe('tw');
		expect(placeShown('zh-tw', ['cn', 'tw', 'hk'], undefined)).toBe('tw');
		expect(placeShown('en', [], 'us')).toBeUndefined();
	});
});

describe('addresses', () => {
	it('of a handout name the place after the lesson, except the default’s', () => {
		expect(handoutPath('en/borrowing/true-cost-of-a-loan')).toBe(
			'en/educators/handouts/borrowing/true-cost-of-a-loan/'
		);
		expect(handoutPath('zh-tw/rights/home-visits', 'hk')).toBe(
			'zh-tw/educators/handouts/rights/home-visits/hk/'
		);
	});
	it('of a GIFT file name the place before the extension, except the default’s', () => {
		expect(giftFile('borrowing')).toBe('borrowing.gift.txt');
		expect(giftFile('borrowing', 'tw')).toBe('borrowing.tw.gift.txt');
	});
	it('of the lesson asking a question lead to the version for its place', () => {
		const places = ['cn', 'us', 'tw'] as const;
		expect(lessonPathFor('en/rights/home-visits', places, 'tw')).toBe(
			'en/place/tw/rights/home-visits/'
		);
		expect(lessonPathFor('en/rights/home-visits', places, 'us')).toBe('en/rights/home-visits/');
		expect(lessonPathFor('en/rights/home-visits', places, undefined)).toBe(
			'en/rights/home-visits/'
		);
		// A place the lesson has no rules for has no version: the lesson itself.
		expect(lessonPathFor('en/rights/home-visits', places, 'hk')).toBe('en/rights/home-visits/');
	});
});
