import { localeIds, locales, modules } from '../../src/site/locales';
import { chooseLanguage, expect, PageWatch, strings, test } from './support/test';

test.describe('the language switcher', () => {
	test('keeps you on the same lesson', async ({ page }) => {
		await page.goto('en/borrowing/true-cost-of-a-loan/');
		for (const target of ['zh-cn', 'zh-tw', 'es', 'en'] as const) {
			await chooseLanguage(page, target);
			await expect(page).toHaveURL(new RegExp(`/${target}/borrowing/true-cost-of-a-loan/$`));
			await expect(page.locator('html')).toHaveAttribute('lang', locales[target].lang);
		}
	});
});

test.describe('the root page', () => {
	for (const [preferred, expected] of [
		[['zh-TW', 'zh'], 'zh-tw'],
		[['zh-HK'], 'zh-tw'],
		[['zh-Hant'], 'zh-tw'],
		[['zh-CN', 'en'], 'zh-cn'],
		[['zh-SG'], 'zh-cn'],
		[['es-MX', 'en'], 'es'],
		[['fr-FR', 'de'], 'en'],
		[['en-GB'], 'en'],
	] as const) {
		test(`sends a first-time visitor who prefers ${preferred.join(', ')} to /${expected}/`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ locale: preferred[0] });
			// Playwright sets one locale; the full list is what the chooser reads.
			await context.addInitScript(
				(langs) => {
					Object.defineProperty(navigator, 'languages', { get: () => langs });
				},
				[...preferred]
			);
			const page = await context.newPage();
			await page.goto('./');
			await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
			await context.close();
		});
	}

	test('remembers a language picked on the chooser', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto('./?choose');
		await page.getByRole('link', { name: /Español/ }).click();
		await expect(page).toHaveURL(/\/es\/$/);
		await page.goto('./');
		await expect(page).toHaveURL(/\/es\/$/);
		await context.close();
	});

	test('remembers a language picked in the site menu', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'es-ES' });
		const page = await context.newPage();
		await page.goto('es/');
		await chooseLanguage(page, 'zh-tw');
		await expect(page).toHaveURL(/\/zh-tw\/$/);
		await page.goto('./');
		await expect(page).toHaveURL(/\/zh-tw\/$/);
		await context.close();
	});

	test('ignores a tampered stored choice', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'es-ES' });
		await context.addInitScript(() =>
			localStorage.setItem('bw:locale', '"><script>alert(1)</script>')
		);
		const page = await context.newPage();
		await page.goto('./');
		await expect(page).toHaveURL(/\/es\/$/);
		await context.close();
	});

	test('without JavaScript, links to all four home pages', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('./');
		for (const id of localeIds) {
			const link = page.getByRole('link', { name: new RegExp(locales[id].label) });
			await expect(link).toHaveAttribute('href', new RegExp(`/${id}/$`));
			await expect(link).toHaveAttribute('hreflang', locales[id].lang);
			await expect(link).toContainText(strings(id)['site.tagline']!);
		}
		await context.close();
	});

	test('passes axe and stays local when shown with ?choose', async ({ page, watch }) => {
		await page.goto('./?choose');
		await expect(page.getByRole('link')).toHaveCount(localeIds.length);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(await watch.axe()).toEqual([]);
		expect(watch).toBeInstanceOf(PageWatch);
	});
});

test.describe('UI strings', () => {
	for (const locale of localeIds) {
		test(`sidebar groups are in ${locale}`, async ({ page }) => {
			await page.goto(`${locale}/`);
			const sidebar = page.locator('#starlight__sidebar');
			for (const module of modules) {
				await expect(
					sidebar.getByText(strings(locale)[`module.${module}`]!, { exact: true })
				).toBeVisible();
			}
		});
	}
});
