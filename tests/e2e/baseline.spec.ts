import { localeIds, locales } from '../../src/site/locales';
import { kb, measure, overBudget, pageType } from '../../scripts/bench/page-weight';
import { expect, sitemapPaths, visitTest as test } from './support/test';

// The root page is a language chooser that moves on at once; it has its own tests in language.spec.ts.
const paths = sitemapPaths().filter((path) => path !== '');
/** The English pages, without the locale: a translation of one of these has its colours checked there. */
const englishPaths = new Set(paths.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)));

test('the sitemap lists pages in every locale', () => {
	for (const locale of localeIds)
		expect(paths.filter((p) => p.startsWith(`${locale}/`)).length).toBeGreaterThan(3);
});

// One visit per page checks it all, weight included: a second visit per page would double the suite's time.
for (const path of paths) {
	test(`/${path} loads cleanly, stays local and within its weight budget, declares its language and passes axe`, async ({
		page,
		watch,
	}) => {
		// First load, measured as a server would send it (scripts/bench/page-weight.ts); waits for the network to settle.
		const { response, ...weight } = await measure(page, path);
		expect(response?.status()).toBe(200);
		const type = pageType(path);
		console.log(
			`${type.padEnd(6)} ${kb(weight.total).padStart(9)} all-in, ${kb(weight.js).padStart(8)} JS, ${kb(weight.css).padStart(7)} CSS  /${path}`
		);
		expect.soft(overBudget(type, weight), 'over its budget').toEqual([]);
		const locale = localeIds.find((id) => path.startsWith(`${id}/`));
		expect(locale, 'every page lives under a locale prefix').toBeDefined();
		await expect(page.locator('html')).toHaveAttribute('lang', locales[locale!].lang);
		expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		// Colour contrast is checked on the English pages: every locale's page has the same CSS and
		// components (same slugs everywhere), and it is most of axe's time on a page.
		await watch.expectClean({
			contrast: locale === 'en' || !englishPaths.has(path.slice(locale!.length + 1)),
		});
	});
}
