import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import type { ScamCheckContent } from '../../src/features/toolkit/scam-check/schema';
import { expect, strings, test } from './support/test';

/** The page's content as authored. */
function content(locale: string): ScamCheckContent {
	return yaml.load(
		readFileSync(
			new URL(`../../content/toolkit/scam-check/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	) as ScamCheckContent;
}

const sign = (c: ScamCheckContent, id: string) =>
	c.schemes.flatMap((s) => s.signs).find((s) => s.id === id)!;

/** The page behaved: nothing blocked, nothing logged, nothing sent elsewhere, axe clean. */
/** Ticks or unticks a sign from the keyboard: focus its checkbox, press Space. */
async function toggle(page: Page, label: string) {
	const box = page.getByRole('checkbox', { name: label });
	await box.focus();
	await page.keyboard.press('Space');
}

const storage = (page: Page) =>
	page.evaluate(() =>
		JSON.stringify([Object.entries(localStorage).sort(), Object.entries(sessionStorage).sort()])
	);

for (const locale of ['en', 'zh-cn'] as const) {
	const c = content(locale);
	const path = `${locale}/tools/scam-check/`;
	const verdict = (page: Page) => page.locator('bw-scam-check').getByRole('status');
	const reasons = (page: Page) => page.getByRole('list', { name: c.text.reasonsHeading });

	test.describe(`scam check (${locale})`, () => {
		test('ticking signs by keyboard reaches every verdict, with the ticked signs as reasons', async ({
			page,
			watch,
		}) => {
			await page.goto(path);
			await expect(verdict(page)).toHaveText(c.verdicts.none.title);
			await expect(page.getByText(c.verdicts.none.text)).toBeVisible();
			await expect(reasons(page)).toBeHidden();
			const before = await storage(page);

			// One light sign: be careful.
			const chat = sign(c, 'chat-only');
			expect(chat.weight).toBe(1);
			await toggle(page, chat.label);
			await expect(page.getByRole('checkbox', { name: chat.label })).toBeChecked();
			await expect(verdict(page)).toHaveText(c.verdicts.caution.title);
			await expect(reasons(page).getByRole('listitem')).toHaveCount(1);
			await expect(reasons(page).getByRole('listitem')).toContainText(chat.explanation);

			// Two more points reach the scam score; the heavier sign is listed first.
			const fee = sign(c, 'upfront-fee');
			expect(fee.weight).toBe(2);
			await toggle(page, fee.label);
			await expect(verdict(page)).toHaveText(c.verdicts.scam.title);
			await expect(page.getByText(c.verdicts.scam.text)).toBeVisible();
			await expect(reasons(page).getByRole('listitem')).toHaveText([
				`${fee.label} ${fee.explanation}`,
				`${chat.label} ${chat.explanation}`,
			]);

			// Unticking both goes back to no signs.
			await toggle(page, fee.label);
			await toggle(page, chat.label);
			await expect(verdict(page)).toHaveText(c.verdicts.none.title);
			await expect(reasons(page)).toBeHidden();

			// Ticks are never stored.
			expect(await storage(page)).toBe(before);
			await watch.expectClean();
		});

		for (const id of ['verification-code', 'personal-account']) {
			test(`"${id}" alone gives the scam verdict, and the result button moves focus to it`, async ({
				page,
				watch,
			}) => {
				await page.goto(path);
				const decisive = sign(c, id);
				expect(decisive.weight).toBe('decisive');
				await expect(
					page.locator('li', { has: page.getByRole('checkbox', { name: decisive.label }) })
				).toContainText(c.text.decisiveMark);
				await toggle(page, decisive.label);
				await expect(verdict(page)).toHaveText(c.verdicts.scam.title);
				await expect(reasons(page).getByRole('listitem')).toHaveText([
					`${decisive.label} ${decisive.explanation}`,
				]);
				await page.getByRole('button', { name: c.text.submit }).focus();
				await page.keyboard.press('Enter');
				await expect(page.locator('[data-verdict-title]')).toBeFocused();
				await expect(
					page.getByText(
						c.text.tickedCount
							.replace('{{count}}', '1')
							.replace('{{total}}', String(c.schemes.flatMap((s) => s.signs).length))
					)
				).toBeVisible();
				await watch.expectClean();
			});
		}

		test('shows the free channels of the chosen place only', async ({ page, watch }) => {
			await page.goto(path);
			const place = (id: string) =>
				page.getByRole('region', {
					name: c.jurisdictions.find((j) => j.id === id)!.label,
					exact: true,
				});
			await expect(place(c.defaultJurisdiction)).toBeVisible();
			for (const j of c.jurisdictions.filter((j) => j.id !== c.defaultJurisdiction))
				await expect(place(j.id)).toBeHidden();
			await expect(place('cn')).toContainText('12378');

			const us = c.jurisdictions.find((j) => j.id === 'us')!;
			const radio = page.getByRole('radio', { name: us.label });
			await radio.focus();
			await page.keyboard.press('Space');
			await expect(radio).toBeChecked();
			await expect(place('us')).toBeVisible();
			await expect(place('us')).toContainText('855-411-2372');
			await expect(place('cn')).toBeHidden();
			await expect(place('uk')).toBeHidden();

			// Clearing resets the ticks and the place.
			await toggle(page, sign(c, 'threatens-arrest').label);
			await expect(verdict(page)).toHaveText(c.verdicts.caution.title);
			await page.getByRole('button', { name: c.text.clear }).click();
			await expect(verdict(page)).toHaveText(c.verdicts.none.title);
			await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await expect(place(c.defaultJurisdiction)).toBeVisible();
			await watch.expectClean();
		});

		test('without JavaScript, the checklist reads well with every explanation and all the advice', async ({
			browser,
		}) => {
			const t = strings(locale);
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path);
			const all = c.schemes.flatMap((s) => s.signs);
			await expect(page.getByRole('checkbox')).toHaveCount(all.length);
			for (const scheme of c.schemes)
				await expect(page.getByRole('group', { name: scheme.title })).toBeVisible();
			// Each sign's explanation is on the page and is its checkbox's description.
			for (const s of all) {
				await expect(page.getByRole('checkbox', { name: s.label })).toHaveAccessibleDescription(
					s.explanation
				);
				await expect(page.getByText(s.explanation, { exact: true })).toBeVisible();
			}
			// No button or result that would do nothing.
			await expect(page.getByRole('button', { name: c.text.submit })).toBeHidden();
			await expect(page.getByRole('radio')).toHaveCount(0);
			await expect(page.getByRole('heading', { name: c.text.resultHeading })).toBeHidden();
			// All the advice: the steps and every place's channels.
			await expect(page.getByRole('heading', { name: c.text.stepsHeading })).toBeVisible();
			for (const step of c.steps) await expect(page.getByText(step)).toBeVisible();
			for (const j of c.jurisdictions)
				await expect(page.getByRole('region', { name: j.label, exact: true })).toBeVisible();
			await expect(page.getByText(t['lesson.notLegalAdvice']!)).toBeVisible();
			const reviewed = new Date(c.lastReviewed).toISOString().slice(0, 10);
			await expect(page.locator(`time[datetime="${reviewed}"]`)).toBeVisible();
			await context.close();
		});
	});
}

test('the tools hub and the debt-relief-scams lesson link to the scam check', async ({ page }) => {
	for (const locale of ['en', 'zh-cn', 'zh-tw', 'es']) {
		await page.goto(`${locale}/tools/`);
		await expect(page.locator(`a[href$="/${locale}/tools/scam-check/"]`).first()).toBeVisible();
		await page.goto(`${locale}/overdue/debt-relief-scams/`);
		await expect(page.locator(`main a[href$="/${locale}/tools/scam-check/"]`)).toHaveCount(1);
	}
});

test('fits a 360 px wide screen in every place, with a result shown', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	for (const locale of ['en', 'zh-cn', 'zh-tw', 'es'] as const) {
		const c = content(locale);
		await page.goto(`${locale}/tools/scam-check/`);
		await page.getByRole('checkbox', { name: sign(c, 'verification-code').label }).check();
		for (const j of c.jurisdictions) {
			await page.getByRole('radio', { name: j.label, exact: true }).check();
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${locale} ${j.id}`
			).toBeLessThanOrEqual(360);
		}
	}
});
