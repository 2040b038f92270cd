import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { localeIds, type Locale } from '../../src/site/locales';
import { expect, layoutShift, strings, test } from './support/test';

// The page for a borrower's family and contacts (content/docs/<locale>/rights/for-family-and-contacts.mdx)
// and the share button it carries (src/features/share/).
const slug = 'rights/for-family-and-contacts';
const dist = new URL('../../dist/', import.meta.url);
const button = (page: Page, locale: Locale, key: 'share.button' | 'share.copy') =>
	page.locator('bw-share').getByRole('button', { name: strings(locale)[key]! });
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** Replaces the browser's share sheet and clipboard before the page's scripts run. */
async function stub(
	page: Page,
	{ share, clipboard }: { share: boolean; clipboard: 'ok' | 'refused' }
): Promise<void> {
	await page.addInitScript(
		({ share, clipboard }) => {
			const w = window as unknown as { __shared: unknown[]; __copied: string[] };
			w.__shared = [];
			w.__copied = [];
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: share
					? async (data: unknown) => {
							w.__shared.push(data);
						}
					: undefined,
			});
			Object.defineProperty(Navigator.prototype, 'clipboard', {
				configurable: true,
				get: () => ({
					writeText: async (text: string) => {
						if (clipboard === 'refused') throw new DOMException('Denied', 'NotAllowedError');
						w.__copied.push(text);
					},
				}),
			});
		},
		{ share, clipboard }
	);
}

test('the page for family and contacts is a real page in every locale, listed after the rights lessons but not as one', async ({
	page,
}) => {
	for (const locale of localeIds) {
		expect(existsSync(new URL(`../../content/docs/${locale}/${slug}.mdx`, import.meta.url))).toBe(
			true
		);
		const response = await page.goto(`${locale}/${slug}/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toBeVisible();
		// Place-specific rules under a place picker, as in the lessons, and the script to read out.
		expect(await page.locator('.place-picker a[data-place]').count()).toBeGreaterThanOrEqual(3);
		await expect(page.locator('.starlight-aside strong').first()).toBeVisible();
		// Sources, review date and "not legal advice", as under a lesson; no lesson frame, no quiz.
		expect(await page.locator('.lesson-footer li').count()).toBeGreaterThanOrEqual(3);
		await expect(page.getByText(strings(locale)['lesson.notLegalAdvice']!)).toBeVisible();
		await expect(page.locator('bw-quiz, .lesson-meta')).toHaveCount(0);
		// No table of contents and its scripts, as on a lesson; the page lists its own sections instead.
		await expect(page.locator('starlight-toc, mobile-starlight-toc')).toHaveCount(0);
		// The page's own sections, not the sources under it.
		const sections = page.locator('.sl-heading-wrapper > h2[id]');
		const contents = page.locator('nav.page-contents');
		await expect(contents).toHaveAccessibleName((await contents.locator('h2').textContent())!);
		await expect(contents.getByRole('link')).toHaveCount(await sections.count());
		await expect(contents.getByRole('link').first()).toHaveAttribute(
			'href',
			`#${await sections.first().getAttribute('id')}`
		);
		// In the sidebar after the module check; absent from the module's lesson list and the lesson feed.
		const rights = page.locator('#starlight__sidebar a[href*="/rights/"]');
		await expect(rights.last()).toHaveAttribute('href', new RegExp(`/${locale}/${slug}/$`));
		await page.goto(`${locale}/rights/`);
		await expect(page.locator('.module-lessons li')).toHaveCount(4);
		await expect(page.locator(`.module-lessons a[href*="for-family"]`)).toHaveCount(0);
		const feed = readFileSync(new URL(`api/lessons.${locale}.json`, dist), 'utf8');
		expect(feed).not.toContain('for-family');
	}
});

test('share hands the page’s canonical address and title to the share sheet, and says so in the reader’s language', async ({
	page,
}) => {
	await stub(page, { share: true, clipboard: 'ok' });
	await page.goto(`zh-cn/${slug}/`);
	await button(page, 'zh-cn', 'share.button').click();
	await expect(page.locator('bw-share [role="status"]')).toHaveText(
		strings('zh-cn')['share.shared']!
	);
	const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
	expect(shared).toEqual([
		{ title: await page.locator('h1').textContent(), url: await canonical(page) },
	]);
	expect(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).toEqual(
		[]
	);
});

test('without a share sheet the button copies the address and announces it, from the keyboard too', async ({
	page,
}) => {
	await stub(page, { share: false, clipboard: 'ok' });
	await page.goto(`en/${slug}/`);
	const copy = button(page, 'en', 'share.copy');
	await expect(copy).toBeVisible();
	// Reached with Tab from the link before it, and pressed with Enter, then Space.
	await page.locator('bw-share .share-link a').focus();
	await page.keyboard.press('Tab');
	await expect(copy).toBeFocused();
	await page.keyboard.press('Enter');
	const status = page.locator('bw-share [role="status"]');
	await expect(status).toHaveText(strings('en')['share.copied']!);
	await page.keyboard.press('Space');
	const url = await canonical(page);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied))
		.toEqual([url, url]);
	await expect(page.locator('bw-share .share-fallback')).toBeHidden();
});

test('when the clipboard is refused, the address is shown selected in a read-only field', async ({
	page,
}) => {
	await stub(page, { share: false, clipboard: 'refused' });
	await page.goto(`es/${slug}/`);
	await button(page, 'es', 'share.copy').click();
	await expect(page.locator('bw-share [role="status"]')).toHaveText(
		strings('es')['share.copyFallback']!
	);
	const field = page.getByRole('textbox', { name: strings('es')['share.field']! });
	await expect(field).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveAttribute('readonly', '');
	const url = await canonical(page);
	await expect(field).toHaveValue(url!);
	expect(
		await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])
	).toEqual([0, url!.length]);
});

test('the share button appears without moving anything on a small phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`en/${slug}/`);
	await expect(page.locator('bw-share button')).toBeVisible();
	expect(await layoutShift(page)).toBe(0);
});

test('without JavaScript the share box is the plain address', async ({ browser }) => {
	const context = await browser.newContext({
		baseURL: test.info().project.use.baseURL!,
		javaScriptEnabled: false,
	});
	const page = await context.newPage();
	await page.goto(`zh-tw/${slug}/`);
	const link = page.locator('bw-share .share-link a');
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('href', (await canonical(page))!);
	await expect(page.locator('bw-share button')).toBeHidden();
	await context.close();
});

test('on paper the page keeps its words, the script and its address, without the site’s navigation', async ({
	page,
}) => {
	await page.goto(`en/${slug}/`);
	await page.emulateMedia({ media: 'print' });
	for (const selector of [
		'.page > header',
		'#starlight__sidebar',
		'.right-sidebar-container',
		'.pagination-links',
		'bw-share button',
		'.place-picker li',
	]) {
		await expect(page.locator(selector).first(), selector).toBeHidden();
	}
	for (const selector of [
		'h1',
		'.starlight-aside',
		'bw-share .share-link a',
		'.place-rules',
		'.place-picker summary',
		'.lesson-footer',
	]) {
		await expect(page.locator(selector).first(), selector).toBeVisible();
	}
	const size = await page
		.locator('.starlight-aside')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(18);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('#starlight__sidebar')).toBeVisible();
});

test('the share code stays small, and only a page that shows a share box loads it', async ({
	page,
}) => {
	const assets = new URL('_astro/', dist);
	const chunk = readdirSync(assets).find((f) => /^bw-share\.[\w-]+\.js$/.test(f));
	expect(chunk, 'the share element’s code').toBeDefined();
	// The element and the kit modules it imports, as a first visit downloads them, gzipped; not the
	// chunk every page loads anyway (src/integrations/every-page-chunk.ts).
	const files = new Set([chunk!]);
	for (const file of files)
		for (const [, imported] of readFileSync(new URL(file, assets), 'utf8').matchAll(
			/from\s*["']\.\/([^"']+)["']/g
		))
			if (!imported!.startsWith('every-page.')) files.add(imported!);
	const bytes = [...files].reduce(
		(n, f) => n + gzipSync(readFileSync(new URL(f, assets)), { level: 9 }).length,
		0
	);
	expect(bytes, `gzip bytes of ${[...files].join(', ')}`).toBeLessThanOrEqual(1536);
	// The script every page loads asks for it when a page has a share box, and not otherwise.
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await page.goto(`en/${slug}/`);
	// Shown by its code, which has loaded.
	await expect(page.locator('bw-share button')).toBeVisible();
	expect(loaded.filter((path) => path.endsWith(`/${chunk}`))).toHaveLength(1);
	loaded.length = 0;
	await page.goto('en/rights/what-collectors-may-not-do/');
	await page.locator('.lesson-footer').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	// Its quiz's code, which loads the same way, came: the page did load what it shows.
	expect(loaded.some((path) => /\/_astro\/bw-quiz\./.test(path))).toBe(true);
	expect(loaded.filter((path) => path.includes('/bw-share.'))).toEqual([]);
});
