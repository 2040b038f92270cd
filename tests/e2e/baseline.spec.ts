import { localeIds, locales } from '../../src/locales';
import { expect, sitemapPaths, test } from './test';

// The root page is a language chooser that moves on at once; it has its own tests in language.spec.ts.
const paths = sitemapPaths().filter((path) => path !== '');

test('the sitemap lists pages in every locale', () => {
	for (const locale of localeIds) expect(paths.filter((p) => p.startsWith(`${locale}/`)).length).toBeGreaterThan(3);
});

for (const path of paths) {
	test(`/${path} loads cleanly, stays local, declares its language and passes axe`, async ({ page, watch }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const locale = localeIds.find((id) => path.startsWith(`${id}/`));
		expect(locale, 'every page lives under a locale prefix').toBeDefined();
		await expect(page.locator('html')).toHaveAttribute('lang', locales[locale!].lang);
		await page.waitForLoadState('networkidle');
		expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(await watch.cspViolations()).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(await watch.axe()).toEqual([]);
	});
}
