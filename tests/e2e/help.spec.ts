// The help page in every locale (crisis first, numbers dialable, reachable by keyboard, printable),
// and the links that lead to it from lessons, the home pages and the collection check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeIds } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

/** Every built lesson page of the rights and overdue modules of a locale. */
function frightenedReaderLessons(locale: string): { path: string; html: string }[] {
	const pages: { path: string; html: string }[] = [];
	for (const module of ['rights', 'overdue']) {
		for (const slug of readdirSync(join(dist, locale, module))) {
			if (slug === 'check' || slug === 'index.html') continue;
			const html = readFileSync(join(dist, locale, module, slug, 'index.html'), 'utf8');
			if (html.includes('class="lesson-meta'))
				pages.push({ path: `${locale}/${module}/${slug}/`, html });
		}
	}
	return pages;
}

for (const locale of localeIds) {
	test(`${locale}: every rights and overdue lesson in dist links to the help page`, () => {
		const pages = frightenedReaderLessons(locale);
		expect(pages.length).toBeGreaterThanOrEqual(8);
		for (const { path, html } of pages)
			expect(
				html.includes(`class="lesson-help" data-pagefind-ignore><a href="${base}${locale}/help/"`),
				`/${path} links to /${locale}/help/ from its lesson frame`
			).toBe(true);
	});

	test(`${locale}: the help page opens on the crisis section, with numbers to tap, sources and dates`, async ({
		page,
	}) => {
		const t = strings(locale);
		await page.goto(`${locale}/help/`);
		const sections = page.locator('main .help-section h2');
		await expect(sections.first()).toHaveText(t['help.heading.crisis']!);
		await expect(sections.first()).toHaveAttribute('id', 'crisis');
		await expect(sections).toHaveCount(7);
		// The crisis section comes before anything else that can be dialled.
		const firstTel = page.locator('main a[href^="tel:"]').first();
		await expect(firstTel).toBeVisible();
		expect(
			await firstTel.evaluate((a) => a.closest('.help-section')?.querySelector('h2')?.id)
		).toBe('crisis');
		for (const link of await page.locator('main a[href^="tel:"]').all())
			expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d{3,}$/);
		// Every line says where it was checked and when.
		const lines = page.locator('main .help-line');
		const count = await lines.count();
		expect(count).toBeGreaterThan(5);
		await expect(page.locator('main .help-line .help-checked a[href^="https://"]')).toHaveCount(
			count
		);
		await expect(page.locator('main .help-line .help-checked time[datetime]')).toHaveCount(count);
	});

	test(`${locale}: the first number is reachable by keyboard, and the page prints without the site's chrome`, async ({
		page,
	}) => {
		await page.goto(`${locale}/help/`);
		const firstTel = page.locator('main a[href^="tel:"]').first();
		const href = await firstTel.getAttribute('href');
		let reached = false;
		for (let i = 0; i < 80 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				(h) => document.activeElement?.getAttribute('href') === h,
				href
			);
		}
		expect(reached, 'Tab reaches the first number').toBe(true);
		await page.emulateMedia({ media: 'print' });
		await expect(firstTel).toBeVisible();
		await expect(page.locator('#starlight__sidebar')).toBeHidden();
		await expect(page.locator('header.header')).toBeHidden();
	});

	test(`${locale}: the help page fits 360 px without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`${locale}/help/`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test(`${locale}: the home page's urgent line leads to the collection check and the help page; the debt-trap lesson to the crisis section`, async ({
		page,
	}) => {
		await page.goto(`${locale}/`);
		const urgent = page.locator('main .sl-markdown-content > p').first();
		await expect(
			urgent.locator(`a[href="${base}${locale}/tools/collection-check/"]`)
		).toBeVisible();
		await expect(urgent.locator(`a[href="${base}${locale}/help/"]`)).toBeVisible();
		await page.goto(`${locale}/tools/collection-check/`);
		await expect(page.locator(`main a[href="${base}${locale}/help/"]`).first()).toBeVisible();
		await page.goto(`${locale}/budgeting/avoid-the-debt-trap/`);
		const crisis = page.locator(`main a[href="${base}${locale}/help/#crisis"]`);
		await expect(crisis).toHaveCount(1);
		await crisis.click();
		await expect(page.locator('#crisis')).toBeInViewport();
	});
}
