import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

// The home-visit and contact check, read as a reader would: the words come from its content file.
type UiKey = 'allCards' | 'back' | 'next' | 'restart' | 'print' | 'result' | 'chooseOne';
interface Content {
	ui: Record<UiKey, string>;
	steps: { id: string; question: string; options?: { id: string; label: string }[] }[];
	contacts: { id: string; name: string; number?: string; place: string }[];
	cards: {
		situation: string;
		place: string;
		theyMayNot: { text: string; cite: string }[];
		say: string;
		call: string[];
	}[];
}
const content = (locale: Locale): Content =>
	yaml.load(
		readFileSync(
			new URL(`../../content/toolkit/collection-check/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	) as Content;

/** A UI string the site reads from content/i18n. */
const str = (locale: Locale, key: string) => strings(locale)[key] ?? `missing ${key}`;
const option = (c: Content, step: string, id: string) =>
	c.steps.find((s) => s.id === step)!.options!.find((o) => o.id === id)!.label;
const question = (c: Content, step: string) => c.steps.find((s) => s.id === step)!.question;
const card = (c: Content, situation: string, place: string) =>
	c.cards.find((k) => k.situation === situation && k.place === place)!;

async function open(page: Page, locale: Locale) {
	await page.goto(`${locale}/tools/collection-check/`);
	await page.waitForLoadState('load');
}

test('en: a keyboard-only walk through "someone is at my door" in mainland China ends on the urgent card', async ({
	page,
	watch,
}) => {
	const c = content('en');
	await open(page, 'en');
	// The flow replaces the full list once its script runs.
	await expect(page.getByRole('heading', { name: c.ui['allCards'] })).toBeHidden();
	await expect(page.getByRole('group', { name: question(c, 'situation') })).toBeVisible();
	// Tab to the first option, move with arrows, Enter submits the form.
	await page.getByRole('radio', { name: option(c, 'situation', 'visit-planned') }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(
		page.getByRole('radio', { name: option(c, 'situation', 'visit-tonight') })
	).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: option(c, 'situation', 'at-door') })).toBeChecked();
	await page.keyboard.press('Enter');
	// Focus moves to the new question's heading.
	await expect(page.getByRole('heading', { name: question(c, 'danger') })).toBeFocused();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(
		page.getByRole('radio', { name: c.steps[1]!.options![0]!.label, exact: true })
	).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
	// Places are listed in the locale's order (the US first in English): arrow down to mainland China.
	const order = await page
		.locator('input[name="place"]')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	for (let i = 0; i < order.indexOf('cn'); i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: str('en', 'jurisdiction.cn') })).toBeChecked();
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { name: c.ui['result'] })).toBeFocused();
	const result = page.locator('.cc-result');
	await expect(result.locator('.cc-urgent')).toContainText('110');
	await expect(result.locator('.cc-card')).toHaveClass(/is-urgent/);
	await expect(result.getByRole('link', { name: '110' }).first()).toHaveAttribute(
		'href',
		'tel:110'
	);
	for (const rule of card(c, 'at-door', 'cn').theyMayNot)
		await expect(result).toContainText(rule.cite);
	await expect(result).toContainText('Civil Code, Art. 1033');
	await expect(result).toContainText('Criminal Law, Art. 238');
	await expect(result).toContainText(card(c, 'at-door', 'cn').say);
	// Announced for screen readers.
	await expect(page.locator('[data-announce]')).toContainText('110');
	expect(await watch.axe()).toEqual([]);

	// Back returns to the last question with its answer kept.
	await page.getByRole('button', { name: c.ui['back'] }).click();
	await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
	await expect(page.getByRole('radio', { name: str('en', 'jurisdiction.cn') })).toBeChecked();
});

test('en: no answer gives a message beside the question; a US contact card shows FDCPA and the CFPB', async ({
	page,
	watch,
}) => {
	const c = content('en');
	await open(page, 'en');
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await expect(page.getByText(c.ui['chooseOne'])).toBeVisible();
	await expect(page.getByRole('group', { name: question(c, 'situation') })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.getByRole('radio', { name: option(c, 'situation', 'contacting-others') }).check();
	await expect(page.getByText(c.ui['chooseOne'])).toBeHidden();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	// No danger question for this situation: straight to the place.
	await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await page.getByRole('radio', { name: str('en', 'jurisdiction.us') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	const result = page.locator('.cc-result');
	await expect(result).toContainText('15 U.S.C. §1692c(b)');
	await expect(result).toContainText('12 CFR §1006.14(b)(2)');
	await expect(result.getByRole('link', { name: '(855) 411-2372' })).toHaveAttribute(
		'href',
		'tel:8554112372'
	);
	await expect(result.locator('.cc-urgent')).toHaveCount(0);
	await expect(result).not.toContainText('110');
	// Start again clears the answers and returns to the first question.
	await page.getByRole('button', { name: c.ui['restart'] }).click();
	await expect(page.getByRole('heading', { name: question(c, 'situation') })).toBeFocused();
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	expect(await watch.axe()).toEqual([]);
});

test('zh-cn: the reader’s place (chosen in a lesson) is preselected, and the card is in Chinese', async ({
	page,
	watch,
}) => {
	const c = content('zh-cn');
	const uk = str('zh-cn', 'jurisdiction.uk');
	await page.addInitScript(() => localStorage.setItem('bw:place', 'uk'));
	await open(page, 'zh-cn');
	await page.getByRole('radio', { name: option(c, 'situation', 'police-threat') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
	await expect(page.getByRole('radio', { name: uk })).toBeChecked();
	await page.getByRole('radio', { name: str('zh-cn', 'jurisdiction.cn') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	const result = page.locator('.cc-result');
	await expect(page.getByRole('heading', { name: c.ui['result'] })).toBeFocused();
	for (const rule of card(c, 'police-threat', 'cn').theyMayNot)
		await expect(result).toContainText(rule.text);
	await expect(result).toContainText('《刑法》第二百七十九条');
	await expect(result.getByRole('link', { name: '110', exact: true })).toHaveAttribute(
		'href',
		'tel:110'
	);
	await expect(result.getByRole('link', { name: '12378' })).toBeVisible();
	// Court papers are checked through the courts' own line, not a number the caller gives.
	await expect(result.getByRole('link', { name: '12368' })).toHaveAttribute('href', 'tel:12368');
	await expect(result).toContainText('《治安管理处罚法》第五十条');
	expect(await watch.axe()).toEqual([]);
});

// The situations of the whole night: before a visit, and visits to parents, the hometown and work.
const nightSituations = ['visit-tonight', 'visit-parents', 'visit-hometown', 'visit-workplace'];

test('en: every situation of the night (tonight, parents, hometown, work) leads to its own card in every place', async ({
	page,
	watch,
}) => {
	const c = content('en');
	const tel = (id: string) => c.contacts.find((k) => k.id === id)!.number;
	await open(page, 'en');
	for (const situation of nightSituations) {
		// The page holds the US cards (English readers' likely place); each other place's are fetched.
		for (const place of ['cn', 'tw', 'hk', 'us', 'uk', 'mx', 'es'] as const) {
			await page.getByRole('radio', { name: option(c, 'situation', situation) }).check();
			await page.getByRole('button', { name: c.ui['next'] }).click();
			// No danger question: straight to the place.
			await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
			await expect(page.getByText('Question 2 of 2')).toBeVisible();
			await page.getByRole('radio', { name: str('en', `jurisdiction.${place}`) }).check();
			await page.getByRole('button', { name: c.ui['next'] }).click();
			await expect(page.getByRole('heading', { name: c.ui['result'] })).toBeFocused();
			const result = page.locator('.cc-result');
			const k = card(c, situation, place);
			await expect(result.locator('.cc-card')).toHaveAttribute(
				'data-card',
				`${situation}.${place}`
			);
			for (const rule of k.theyMayNot) {
				await expect(result).toContainText(rule.text);
				await expect(result).toContainText(rule.cite);
			}
			await expect(result).toContainText(k.say);
			for (const id of k.call) {
				const number = tel(id);
				if (number)
					await expect(result.getByRole('link', { name: number, exact: true })).toBeVisible();
			}
			await expect(result.locator('.cc-urgent')).toHaveCount(0);
			await page.getByRole('button', { name: c.ui['restart'] }).click();
			await expect(page.getByRole('heading', { name: question(c, 'situation') })).toBeFocused();
		}
	}
	expect(await watch.axe()).toEqual([]);
});

test('en: the night cards cite the rules that fit them', async ({ page }) => {
	const c = content('en');
	const cardOf = async (situation: string, place: 'cn' | 'us' | 'uk') => {
		await open(page, 'en');
		await page.getByRole('radio', { name: option(c, 'situation', situation) }).check();
		await page.getByRole('button', { name: c.ui['next'] }).click();
		await page.getByRole('radio', { name: str('en', `jurisdiction.${place}`) }).check();
		await page.getByRole('button', { name: c.ui['next'] }).click();
		return page.locator('.cc-result');
	};
	// Before a visit tonight: quiet hours from the national standard and the bankers' guideline.
	let result = await cardOf('visit-tonight', 'cn');
	await expect(result).toContainText('between 08:00 and 22:00');
	await expect(result).toContainText('GB/T 45251—2025');
	// Parents owe nothing; in the US others may be asked only where you are.
	result = await cardOf('visit-parents', 'us');
	await expect(result).toContainText('15 U.S.C. §1692b');
	// The hometown: no spreading word of the debt.
	result = await cardOf('visit-hometown', 'cn');
	await expect(result).toContainText('Civil Code, Arts. 1024 and 1032');
	await expect(result).toContainText('Public Security Administration Punishments Law, Art. 50');
	// Work: the office area, the employer's ban on calls, the inappropriate place.
	result = await cardOf('visit-workplace', 'cn');
	await expect(result).toContainText('China Banking Association guideline (2026)');
	result = await cardOf('visit-workplace', 'us');
	await expect(result).toContainText('15 U.S.C. §1692c(a)(3)');
	result = await cardOf('visit-workplace', 'uk');
	await expect(result).toContainText('inappropriate place');
	await expect(result.getByRole('link', { name: '101', exact: true })).toHaveAttribute(
		'href',
		'tel:101'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('en: every situation is readable for the place shown, and each other place is one link away', async ({
		page,
	}) => {
		const c = content('en');
		await page.goto('en/tools/collection-check/');
		await expect(page.getByRole('heading', { name: c.ui['allCards'] })).toBeVisible();
		await expect(page.getByRole('group', { name: question(c, 'situation') })).toBeHidden();
		// The US cards (English readers' likely place), one per situation, and no other place's.
		await expect(page.locator('[data-all] .cc-card')).toHaveCount(c.steps[0]!.options!.length);
		await expect(page.locator('[data-all] .cc-card:not([data-card$=".us"])')).toHaveCount(0);
		for (const s of c.steps[0]!.options!)
			await expect(page.getByRole('heading', { name: s.label })).toBeVisible();
		await expect(page.locator('[data-card="visit-planned.us"]')).toContainText(
			card(c, 'visit-planned', 'us').say
		);
		// The place menu leads to the page's version for the UK, with all a UK card says.
		const picker = page.locator('[data-all] .place-picker');
		await picker.locator('summary').click();
		await picker.getByRole('link', { name: str('en', 'jurisdiction.uk') }).click();
		await expect(page).toHaveURL(/\/en\/place\/uk\/tools\/collection-check\/$/);
		const uk = page.locator('[data-card="visit-planned.uk"]');
		await expect(uk).toBeVisible();
		await expect(uk).toContainText('FCA Handbook, CONC 7.9');
		await expect(uk).toContainText(card(c, 'visit-planned', 'uk').say);
		await expect(uk.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
		await expect(page.locator('[data-all] .cc-card:not([data-card$=".uk"])')).toHaveCount(0);
		await expect(page.getByText(str('en', 'lesson.notLegalAdvice'))).toBeVisible();
		await expect(page.locator('.lesson-reviewed time')).toHaveAttribute(
			'datetime',
			/^\d{4}-\d{2}-\d{2}$/
		);
	});
});

test('es: a Mexican reader sees REDECO and 089 without a fetch; a Spanish reader gets Spain’s card, in Spanish', async ({
	page,
	watch,
}) => {
	const c = content('es');
	await open(page, 'es');
	// Mexico is the es locale's likely place: its cards are on the page itself.
	await expect(page.locator('[data-all] [data-card="contacting-others.mx"]')).toHaveCount(1);
	const walk = async (place: 'mx' | 'es') => {
		await page.getByRole('radio', { name: option(c, 'situation', 'contacting-others') }).check();
		await page.getByRole('button', { name: c.ui['next'] }).click();
		await page.getByRole('radio', { name: str('es', `jurisdiction.${place}`) }).check();
		await page.getByRole('button', { name: c.ui['next'] }).click();
		await expect(page.getByRole('heading', { name: c.ui['result'] })).toBeFocused();
		const result = page.locator('.cc-result');
		await expect(result.locator('.cc-card')).toHaveAttribute(
			'data-card',
			`contacting-others.${place}`
		);
		for (const rule of card(c, 'contacting-others', place).theyMayNot)
			await expect(result).toContainText(rule.cite);
		return result;
	};
	const mx = await walk('mx');
	await expect(mx.getByRole('link', { name: '089', exact: true })).toHaveAttribute(
		'href',
		'tel:089'
	);
	await page.getByRole('button', { name: c.ui['restart'] }).click();
	const es = await walk('es');
	await expect(es).toContainText('Banco de España');
	await expect(es.getByRole('link', { name: '091', exact: true })).toHaveAttribute(
		'href',
		'tel:091'
	);
	await expect(es.getByRole('link', { name: 'aepd.es' })).toHaveAttribute(
		'href',
		'https://www.aepd.es/'
	);
	expect(await watch.axe()).toEqual([]);
});

test('en: when another place’s cards cannot be fetched, the place question says so and nothing else breaks', async ({
	page,
}) => {
	const c = content('en');
	await page.route('**/en/place/mx/tools/collection-check/', (route) => route.abort());
	await open(page, 'en');
	await page.getByRole('radio', { name: option(c, 'situation', 'public-shaming') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await page.getByRole('radio', { name: str('en', 'jurisdiction.mx') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await expect(page.getByRole('heading', { name: question(c, 'place') })).toBeFocused();
	await expect(page.locator('#cc-msg-place')).toHaveText(
		str('en', 'place.failed').replace('{{place}}', str('en', 'jurisdiction.mx'))
	);
	// Another place still works.
	await page.getByRole('radio', { name: str('en', 'jurisdiction.us') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await expect(page.locator('.cc-result .cc-card')).toHaveAttribute(
		'data-card',
		'public-shaming.us'
	);
});

test('printing the card shows the card in big type, without navigation or buttons', async ({
	page,
}) => {
	const c = content('en');
	await open(page, 'en');
	await page.getByRole('radio', { name: option(c, 'situation', 'visit-planned') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await page.getByRole('radio', { name: str('en', 'jurisdiction.uk') }).check();
	await page.getByRole('button', { name: c.ui['next'] }).click();
	await expect(page.getByRole('button', { name: c.ui['print'] })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.page > header')).toBeHidden();
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
	await expect(page.locator('.cc-actions')).toBeHidden();
	await expect(page.locator('.pagination-links')).toBeHidden();
	const say = page.locator('.cc-result .cc-say');
	await expect(say).toBeVisible();
	const size = await say.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(24);
	await expect(page.getByText(str('en', 'lesson.notLegalAdvice'))).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.cc-actions')).toBeVisible();
});

test('the tools hub and both lessons link to the check in every locale', async ({ page }) => {
	for (const locale of ['en', 'zh-cn', 'zh-tw', 'es'] as const) {
		for (const path of ['tools/', 'rights/home-visits/', 'rights/what-collectors-may-not-do/']) {
			await page.goto(`${locale}/${path}`);
			await expect(
				page.locator(`.sl-markdown-content a[href$="/${locale}/tools/collection-check/"]`).first()
			).toBeVisible();
		}
	}
});
