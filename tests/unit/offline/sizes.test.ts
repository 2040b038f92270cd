import { describe, expect, it } from 'vitest';
import { sizeText } from '~/features/offline/sizes';

describe('sizeText', () => {
	const words = { kb: '{{n}} KB', mb: '{{n}} MB' };
	it('says whole kilobytes under a megabyte, and never 0', () => {
		expect(sizeText(310 * 1024 + 300, 'en', words)).toBe('310 KB');
		expect(sizeText(12, 'en', words)).toBe('1 KB');
	});
	it('says megabytes to one decimal, written the locale’s way', () => {
		expect(sizeText(1.25 * 1024 * 1024, 'en', words)).toBe('1.3 MB');
		expect(sizeText(1.25 * 1024 * 1024, 'es', words)).toBe('1,3 MB');
		expect(sizeText(2 * 1024 * 1024, 'zh-TW', { kb: '{{n}} KB', mb: '{{n}} MB' })).toBe('2 MB');
	});
});
