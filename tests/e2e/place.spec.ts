import type { Page } from '@playwright/test';
import { expect, strings, test } from './support/test';
import { template } from './support/tools';

// The place setting (src/features/place/): whose rules a lesson, its quiz and the tools show.
const lesson = 'zh-tw/rights/what-collectors-may-not-do/';
const t = strings('zh-tw');
const en = strings('en');

/** The place every place-dependent part of the page shows; they must agree. */
async function shownPlace(page: Page): Promise<string> {
	const places = await page
		.locator('[data-place-part][data-place]')
		.evaluateAll((parts) => [...new Set(parts.map((p) => (p as HTMLElement).dataset['place']))]);
	expect(places, 'every place part shows the same place').toHaveLength(1);
	return places[0]!;
}

test('a zh-tw lesson shows Taiwan’s rules with no yuan on screen, and ?place=hk shows Hong Kong’s', async ({
	page,
	watch,
}) => {
	await page.goto(lesson);
	expect(await shownPlace(page)).toBe('tw');
	await expect(page.locator('[data-place-part="rules-1"]')).toContainText(
		'金融機構作業委託他人處理內部作業制度及程序辦法'
	);
	expect(await page.locator('main').innerText()).not.toMatch(/¥|人民幣/);
	await page.goto(`${lesson}?place=hk`);
	await expect(page.locator('#place-picker summary')).toContainText(t['jurisdiction.hk']!);
	expect(await shownPlace(page)).toBe('hk');
	await expect(page.locator('[data-place-part="rules-1"]')).toContainText('金管局指引3.4.1');
	await watch.expectClean();
});

test('an es lesson shows Mexico’s rules (CONDUSEF, REDECO) and ?place=es shows Spain’s (Banco de España)', async ({
	page,
	watch,
}) => {
	const es = strings('es');
	const path = 'es/rights/what-collectors-may-not-do/';
	await page.goto(path);
	expect(await shownPlace(page)).toBe('mx');
	await expect(page.locator('#place-picker summary')).toContainText(es['jurisdiction.mx']!);
	const rules = page.locator('[data-place-part="rules-1"]');
	await expect(rules).toContainText('CONDUSEF');
	await expect(rules).toContainText('REDECO');
	await expect(rules).toContainText('284 Bis');
	await expect(page.locator('[data-place-part="sources"]')).toContainText('CONDUSEF');
	await page.goto(`${path}?place=es`);
	// The page is Mexico's; Spain's parts are fetched and swapped in.
	await expect(page.locator('#place-picker summary')).toContainText(es['jurisdiction.es']!);
	expect(await shownPlace(page)).toBe('es');
	await expect(rules).toContainText('Banco de España');
	await expect(rules).toContainText('172 ter');
	await expect(rules).not.toContainText('CONDUSEF');
	// Spain's readers are asked about Spain: no Mexican question is left in the quiz.
	await expect(page.locator('[data-place-part="quiz"]')).not.toContainText('CONDUSEF');
	await watch.expectClean();
});

test('a ?place= link shows that place’s rules, and the choice sticks on the next lesson and in the tools', async ({
	page,
	watch,
}) => {
	await page.goto(`${lesson}?place=uk`);
	await expect(page.locator('#place-picker summary')).toContainText(t['jurisdiction.uk']!);
	expect(await shownPlace(page)).toBe('uk');
	// The rules are the UK's (CONC), not mainland China's, and so are the sources.
	await expect(page.locator('[data-place-part="rules-1"]')).toContainText('CONC');
	await expect(page.locator('[data-place-part="sources"]')).toContainText('FCA');
	expect(await page.evaluate(() => localStorage.getItem('bw:place'))).toBe('uk');
	await expect(
		page.getByRole('status').filter({ hasText: template(t['place.now']!) })
	).toBeAttached();
	await watch.expectClean();

	await page.goto('zh-tw/rights/home-visits/');
	await expect(page.locator('#place-picker summary')).toContainText(t['jurisdiction.uk']!);
	expect(await shownPlace(page)).toBe('uk');

	await page.goto('zh-tw/tools/collection-check/');
	await page.waitForLoadState('load');
	// The check asks for the place after the situation; its answer is already the reader's place.
	await expect(page.locator('input[name="place"][value="uk"]')).toBeChecked();
	// The loan-cost tool opens in the place's currency, with its reference point first.
	await page.goto('zh-tw/tools/loan-cost/');
	await page.waitForLoadState('load');
	await expect(page.locator('select[name="currency"]')).toHaveValue('GBP');
	await expect(page.locator('[data-refs] [data-ref-place="uk"]')).toBeVisible();
	await page.goto('zh-tw/tools/letters/');
	await page.waitForLoadState('load');
	await expect(page.getByRole('radio', { name: t['jurisdiction.uk']! })).toBeChecked();
});

test('the picker works by keyboard, keeps focus, and a choice is remembered', async ({
	page,
	watch,
}) => {
	await page.goto(lesson);
	const start = await shownPlace(page);
	const other = start === 'us' ? 'uk' : 'us';
	const summary = page.locator('#place-picker summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	const link = page.locator(`#place-picker a[data-place="${other}"]`);
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#place-picker summary')).toContainText(t[`jurisdiction.${other}`]!);
	await expect(page.locator('#place-picker summary')).toBeFocused();
	expect(await shownPlace(page)).toBe(other);
	await page.reload();
	await expect(page.locator('#place-picker summary')).toContainText(t[`jurisdiction.${other}`]!);
	await watch.expectClean();
});

test('an unknown or hostile ?place= is refused with a message, not shown and not stored', async ({
	page,
	watch,
}) => {
	for (const value of [
		'fr',
		'<img src=x onerror=window.__pwned=1>',
		'"><script>window.__pwned=1</script>',
	]) {
		await page.goto(`${lesson}?place=${encodeURIComponent(value)}`);
		const note = page.locator('#place-picker .place-note');
		await expect(note).toHaveText(template(t['place.unknown']!));
		await expect(page.locator('main')).not.toContainText(value);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => localStorage.getItem('bw:place'))).toBeNull();
	}
	await watch.expectClean();
});

test('an English reader is asked once where they live, in one line that is not a modal', async ({
	page,
	watch,
}) => {
	await page.goto('en/rights/what-collectors-may-not-do/');
	const picker = page.locator('#place-picker');
	await expect(picker.locator('details')).toHaveAttribute('open', '');
	await expect(picker.locator('.place-shown')).toHaveText(en['place.ask']!);
	await expect(picker.locator('.place-change')).toBeHidden();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	const shown = await shownPlace(page);
	// Confirming the place already shown closes the menu and names it again.
	await picker.locator(`a[data-place="${shown}"]`).click();
	await expect(picker.locator('details')).not.toHaveAttribute('open', '');
	await expect(picker.locator('summary')).toContainText(en[`jurisdiction.${shown}`]!);
	expect(await page.evaluate(() => localStorage.getItem('bw:place'))).toBe(shown);
	await page.goto('en/rights/home-visits/');
	await expect(page.locator('#place-picker details')).not.toHaveAttribute('open', '');
	await watch.expectClean();
});

test('the question is in place before the page’s scripts run, so nothing moves under the reader', async ({
	page,
}) => {
	// With the site's script files refused, only the picker's own inline script can have asked.
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.goto('en/rights/what-collectors-may-not-do/');
	const picker = page.locator('#place-picker');
	await expect(picker.locator('details')).toHaveAttribute('open', '');
	await expect(picker.locator('.place-shown')).toHaveText(en['place.ask']!);
	// A reader who has said where they live, or a link that says it, is not asked.
	await page.evaluate(() => localStorage.setItem('bw:place', 'us'));
	await page.reload();
	await expect(picker.locator('details')).not.toHaveAttribute('open', '');
	await page.evaluate(() => localStorage.removeItem('bw:place'));
	await page.goto('en/rights/what-collectors-may-not-do/?place=uk');
	await expect(picker.locator('.place-shown')).not.toHaveText(en['place.ask']!);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a lesson shows its locale’s place and links to the same lesson for each other place', async ({
		page,
	}) => {
		await page.goto(lesson);
		const home = await shownPlace(page);
		const links = page.locator('#place-picker a[data-place]');
		const places = await links.evaluateAll((as) =>
			as.map((a) => (a as HTMLElement).dataset['place']!)
		);
		expect(places.length).toBeGreaterThan(2);
		await page.locator('#place-picker summary').click();
		for (const place of places.filter((p) => p !== home)) {
			await page.goto(lesson);
			await page.locator('#place-picker summary').click();
			await page.locator(`#place-picker a[data-place="${place}"]`).click();
			await expect(page).toHaveURL(
				new RegExp(`/zh-tw/place/${place}/rights/what-collectors-may-not-do/$`)
			);
			expect(await shownPlace(page)).toBe(place);
			await expect(page.locator('h1')).toContainText(t[`jurisdiction.${place}`]!);
			// The rest of the lesson is there too: the quiz and the sources.
			await expect(page.locator('.quiz-question').first()).toBeAttached();
		}
	});
});

test('a place version is out of the sitemap and its lesson is marked current in the sidebar', async ({
	page,
	watch,
}) => {
	await page.goto('zh-tw/place/uk/rights/what-collectors-may-not-do/');
	await expect(page.locator('nav a[aria-current="page"]')).toHaveAttribute(
		'href',
		/\/zh-tw\/rights\/what-collectors-may-not-do\/$/
	);
	const sitemap = await (await page.request.get('sitemap-0.xml')).text();
	expect(sitemap).toContain('/zh-tw/rights/what-collectors-may-not-do/');
	expect(sitemap).not.toContain('/place/');
	await watch.expectClean();
});
