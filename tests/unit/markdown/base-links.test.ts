import { describe, expect, it } from 'vitest';
import { withBase } from '~/markdown/base-links';

describe('withBase', () => {
	it('prefixes site-absolute paths once', () => {
		expect(withBase('/en/borrowing/', '/learn/')).toBe('/learn/en/borrowing/');
		expect(withBase('/learn/en/', '/learn/')).toBe('/learn/en/');
		expect(withBase('/en/#top', '/learn')).toBe('/learn/en/#top');
	});
	it('leaves everything else alone', () => {
		expect(withBase('/en/', '/')).toBe('/en/');
		expect(withBase('https://example.org/x', '/learn/')).toBe('https://example.org/x');
		expect(withBase('//cdn.example/x', '/learn/')).toBe('//cdn.example/x');
		expect(withBase('../x/', '/learn/')).toBe('../x/');
		expect(withBase('#q-1', '/learn/')).toBe('#q-1');
	});
});
