import { describe, expect, it } from 'vitest';
import { closure, pageRefs, titleOf } from '~/features/offline/page-refs';

const html = (base: string) => `<!doctype html><html><head>
<title>The true cost &amp; the rate | Borrow Wisely</title>
<link rel="shortcut icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${base}_astro/middleware.KMPD3yqW.css">
<link rel="manifest" href="${base}en/manifest.webmanifest">
<script type="module" src="${base}_astro/page.DISiOV0o.js"></script></head>
<body><a href="${base}en/tools/">Tools</a><a href="https://example.org/x.svg">x</a>
<bw-loan-cost data-strings-src="${base}en/tools/strings.json"></bw-loan-cost>
<bw-review data-src="${base}en/progress/review.json"></bw-review>
<script type="module" src="${base}_astro/Quiz.astro_astro_type_script_index_0_lang.GWQ-Y3oA.js"></script>
</body></html>`;

describe('pageRefs', () => {
	it('finds the build files, the icon and the calculators’ words, and nothing a reader only links to or a page loads on demand', () => {
		expect(pageRefs(html('/'), '/')).toEqual({
			assets: [
				'Quiz.astro_astro_type_script_index_0_lang.GWQ-Y3oA.js',
				'middleware.KMPD3yqW.css',
				'page.DISiOV0o.js',
			],
			other: ['/en/tools/strings.json', '/favicon.svg'],
		});
	});

	it('follows the base path', () => {
		const refs = pageRefs(html('/learn/'), '/learn/');
		expect(refs.assets).toContain('page.DISiOV0o.js');
		expect(refs.other).toEqual(['/learn/en/tools/strings.json', '/learn/favicon.svg']);
		expect(pageRefs(html('/'), '/learn/')).toEqual({ assets: [], other: [] });
	});
});

describe('closure', () => {
	it('adds every file the named ones load, however deep, once', () => {
		const graph = {
			'a.js': ['b.js', 'c.css'],
			'b.js': ['d.js', 'a.js'],
			'd.js': [],
			'e.js': ['a.js'],
		};
		expect(closure(['a.js'], graph)).toEqual(['a.js', 'b.js', 'c.css', 'd.js']);
		expect(closure([], graph)).toEqual([]);
	});
});

describe('titleOf', () => {
	it('is the page title without the site name, entities decoded', () => {
		expect(titleOf(html('/'))).toBe('The true cost & the rate');
		expect(titleOf('<title>網路借貸 &#x7C; x | 明智借貸</title>')).toBe('網路借貸 | x');
		expect(titleOf('<p>none</p>')).toBe('');
	});
});
