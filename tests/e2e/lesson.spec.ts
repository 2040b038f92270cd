import { readFileSync } from 'node:fs';
import { localeIds } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

for (const locale of localeIds) {
	test(`a lesson in ${locale} shows minutes and objectives above, sources, review date and disclaimer below`, async ({
		page,
	}) => {
		const t = strings(locale);
		await page.goto(`${locale}/borrowing/true-cost-of-a-loan/`);
		const content = page.locator('.sl-markdown-content');
		const meta = content.locator('.lesson-meta');
		await expect(meta).toContainText(t['lesson.minutes']!.replace('{{count}}', '10'));
		await expect(meta.getByRole('heading', { name: t['lesson.objectives']! })).toBeVisible();
		expect(await meta.getByRole('listitem').count()).toBeGreaterThan(0);
		// The frame sits around the lesson: meta first, footer last.
		const first = await content.locator(':scope > *').first().getAttribute('class');
		expect(first).toContain('lesson-meta');
		const footer = content.locator(':scope > *').last();
		await expect(footer.getByRole('heading', { name: t['lesson.sources']! })).toBeVisible();
		// The sources of the place whose rules are shown (one for the US here).
		expect(await footer.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
		// The date the lesson's own frontmatter gives.
		const source = readFileSync(
			new URL(`../../content/docs/${locale}/borrowing/true-cost-of-a-loan.mdx`, import.meta.url),
			'utf8'
		);
		const reviewed = /^lastReviewed: (\d{4}-\d{2}-\d{2})$/m.exec(source)?.[1];
		expect(reviewed).toBeDefined();
		await expect(footer.locator('time')).toHaveAttribute('datetime', reviewed!);
		await expect(footer).toContainText(t['lesson.lastReviewed']!.replace('{{date}}', '').trim());
		await expect(footer).toContainText(t['lesson.notLegalAdvice']!);
	});
}

test('module overviews list their lessons in course order', async ({ page }) => {
	await page.goto('zh-cn/borrowing/');
	const list = page.getByRole('region', { name: strings('zh-cn')['overview.lessons']! });
	const hrefs = await list
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual([
		'/zh-cn/borrowing/how-online-lending-works/',
		'/zh-cn/borrowing/true-cost-of-a-loan/',
		'/zh-cn/borrowing/reading-a-loan-contract/',
		'/zh-cn/borrowing/before-you-borrow/',
	]);
	await list.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/zh-cn\/borrowing\/how-online-lending-works\/$/);
});

test('the privacy page names every storage key the site uses, in every locale', async ({
	page,
}) => {
	const { storageKeys } = await import('../../src/site/storage-keys');
	for (const locale of localeIds) {
		await page.goto(`${locale}/privacy/`);
		const text = await page.locator('main').innerText();
		for (const key of Object.keys(storageKeys))
			expect(text, `${locale}/privacy/ should mention ${key}`).toContain(key);
	}
});
