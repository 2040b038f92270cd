import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import type { FieldId } from '../../src/features/toolkit/letters/letters';
import type { LettersContent } from '../../src/features/toolkit/letters/schema';
import type { Locale } from '../../src/site/locales';
import { expect, test, type PageWatch } from './support/test';

/** The builder's words for a locale, as the page reads them. */
const words = (locale: Locale) =>
	yaml.load(
		readFileSync(new URL(`../../content/toolkit/letters/${locale}.yaml`, import.meta.url), 'utf8')
	) as LettersContent;

const letter = (page: Page) => page.locator('[data-letter]');

const fillIn = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** Focuses a field by its label and types into it, key by key, as a person would. */
async function type(page: Page, label: string, text: string) {
	await page.getByLabel(label, { exact: true }).focus();
	await page.keyboard.type(text);
}

/** Moves a radio group's choice with the arrow keys until `label` is checked. */
async function choose(page: Page, group: string, label: string) {
	const checked = page.getByRole('group', { name: group }).locator('input[type="radio"]:checked');
	await checked.focus();
	for (
		let i = 0;
		i < 8 && !(await page.getByRole('radio', { name: label, exact: true }).isChecked());
		i++
	)
		await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
}

async function expectClean(watch: PageWatch) {
	await watch.expectClean();
	// Nothing typed is kept: none of the site's own keys is written on this page (Starlight's theme may
	// be), except the reader's place when they pick one, which is their place in the lessons too.
	expect(
		watch.storageWrites.filter(
			(w) => !/^(local:starlight-|session:sl-sidebar-state$|local:bw:place$)/.test(w)
		)
	).toEqual([]);
}

test.describe('letter builder', () => {
	test('en: a limit-contact letter under US rules, filled by keyboard, shows the values and the rule', async ({
		page,
		watch,
	}) => {
		const w = words('en');
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await page.goto('en/tools/letters/');
		await choose(page, w.ui.type, w.types[1]!.label);
		await choose(page, w.ui.place, 'United States');
		await type(page, w.fields.name.label, '<script>alert(1)</script> Jo "JJ" O\'Neil');
		await type(page, w.fields.contact.label, '12 Elm St, Springfield');
		await page.keyboard.press('Enter');
		await page.keyboard.type('{name} & {other}');
		await type(page, w.fields.lender.label, 'Acme Recovery, LLC');

		const text = letter(page);
		await expect(text).toContainText('<script>alert(1)</script> Jo "JJ" O\'Neil');
		await expect(text).toContainText('12 Elm St, Springfield\n{name} & {other}');
		await expect(text).toContainText('To: Acme Recovery, LLC');
		await expect(text).toContainText('15 U.S.C. §1692c(b)');
		await expect(text).toContainText('Do not call me');
		// An empty optional field leaves no line; the typed markup stayed text and ran nothing.
		await expect(text).not.toContainText('Account number');
		await expect(text.locator('script')).toHaveCount(0);
		expect(dialogs).toBe(0);
		await expect(page.getByRole('link', { name: /§1692c\(a\)/ })).toHaveAttribute(
			'href',
			'https://www.law.cornell.edu/uscode/text/15/1692c'
		);
		await expect(page.locator('[data-missing]')).toHaveText(w.ui.complete);

		// The adviser choice brings its own field, empty until filled.
		await page.getByRole('radio', { name: w.channels.adviser.label }).check();
		await expect(text).toContainText(w.fields.adviser.gap);
		await expect(page.locator('[data-missing]')).toHaveText(w.ui.missing.replace('{{count}}', '1'));
		await type(page, w.fields.adviser.label, 'Sam Lee, Esq.');
		await expect(text).toContainText('I am represented about this debt by Sam Lee, Esq.');
		await expectClean(watch);
	});

	test('en: empty fields show labelled gaps, and a field over its limit says so beside it', async ({
		page,
		watch,
	}) => {
		const w = words('en');
		await page.goto('en/tools/letters/');
		await expect(letter(page)).toContainText(w.fields.name.gap);
		await expect(page.locator('[data-missing]')).toContainText(
			w.ui.missing.replace('{{count}}', '4').split('.')[0]!
		);
		const name = page.getByLabel(w.fields.name.label, { exact: true });
		await name.fill('x'.repeat(85));
		await expect(name).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#letter-name-msg')).toHaveText(
			'Keep this to 80 characters; it has 85. The letter uses the first 80.'
		);
		await expect(letter(page)).toContainText('x'.repeat(80));
		await expect(letter(page)).not.toContainText('x'.repeat(81));
		await name.fill('Jo');
		await expect(name).not.toHaveAttribute('aria-invalid');
		await expect(page.locator('#letter-name-msg')).toHaveText('');
		await expectClean(watch);
	});

	test('en: copy puts the letter on the clipboard, with a fallback when it is refused', async ({
		page,
		context,
		watch,
	}) => {
		const w = words('en');
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('en/tools/letters/');
		await type(page, w.fields.name.label, 'Jo Doe');
		await page.getByRole('button', { name: w.ui.copy }).click();
		await expect(page.locator('[data-status]')).toHaveText(w.ui.copied);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await letter(page).textContent());
		expect(copied).toContain('Jo Doe');

		await page.evaluate(() => {
			navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		});
		await page.getByRole('button', { name: w.ui.copy }).click();
		await expect(page.locator('[data-status]')).toHaveText(w.ui.copyFallback);
		expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('Jo Doe');
		await expectClean(watch);
	});

	test('zh-cn: the download is a UTF-8 text file of the letter, in Chinese', async ({
		page,
		watch,
	}) => {
		const w = words('zh-cn');
		await page.goto('zh-cn/tools/letters/');
		await expect(page.getByRole('radio', { name: '中国内地' })).toBeChecked();
		await type(page, w.fields.name.label, '李伟');
		await type(page, w.fields.lender.label, '某某消费金融有限公司');
		await type(page, w.fields.amount.label, '¥9,000');
		await type(page, w.fields.contact.label, '<script>alert(1)</script>');
		await expect(letter(page)).toContainText('致：某某消费金融有限公司');
		await expect(letter(page)).toContainText('第六百七十条');
		await expect(letter(page)).toContainText('<script>alert(1)</script>');
		// The date is written the Chinese way.
		await expect(letter(page)).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: w.ui.download }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^letter-verify-cn-\d{4}-\d{2}-\d{2}\.txt$/);
		const bytes = await readFile((await download.path())!);
		const saved = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		expect(saved).toBe(await letter(page).textContent());
		expect(saved).toContain('李伟');
		expect(saved).toContain('《民法典》第六百七十条');
		await expect(page.locator('[data-status]')).toHaveText(w.ui.downloaded);
		await expectClean(watch);
	});

	test('zh-cn: a complaint by keyboard, and print shows only the letter', async ({
		page,
		watch,
	}) => {
		const w = words('zh-cn');
		await page.goto('zh-cn/tools/letters/');
		await choose(page, w.ui.type, w.types[3]!.label);
		await choose(page, w.ui.place, '英国');
		await type(page, w.fields.name.label, '王芳');
		await type(page, w.fields.facts.label, '3月2日晚上11点，对方打了6次电话。');
		await expect(letter(page)).toContainText('CONC 第7章');
		await expect(letter(page)).toContainText('3月2日晚上11点，对方打了6次电话。');

		await page.emulateMedia({ media: 'print' });
		await expect(letter(page)).toBeVisible();
		for (const hidden of [
			page.locator('header').first(),
			page.locator('nav').first(),
			page.locator('h1'),
			page.locator('form'),
			page.getByRole('button', { name: w.ui.print }),
			page.locator('[data-templates]'),
			page.locator('.letters-nostore'),
		]) {
			await expect(hidden).toBeHidden();
		}
		// Nothing else on the page prints: the visible text is the letter's.
		expect((await page.locator('body').innerText()).trim()).toBe(
			(await letter(page).innerText()).trim()
		);
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('form')).toBeVisible();
		await expectClean(watch);
	});

	test('zh-tw: opens on Taiwan; a limit-contact letter cites the outsourcing rules and their hours', async ({
		page,
		watch,
	}) => {
		const w = words('zh-tw');
		await page.goto('zh-tw/tools/letters/');
		// The places in the zh-tw reader's order: Taiwan first, then Hong Kong.
		const values = await page
			.getByRole('group', { name: w.ui.place })
			.locator('input[type="radio"]')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		expect(values).toEqual(['tw', 'hk', 'cn', 'us', 'uk', 'mx', 'es']);
		await expect(page.getByRole('radio', { name: '台灣', exact: true })).toBeChecked();
		await choose(page, w.ui.type, w.types[1]!.label);
		await type(page, w.fields.name.label, '陳小明');
		await type(page, w.fields.lender.label, '某某商業銀行');
		const text = letter(page);
		await expect(text).toContainText('致：某某商業銀行');
		await expect(text).toContainText('上午7時至晚上10時');
		await expect(text).toContainText('金融機構作業委託他人處理內部作業制度及程序辦法第14條');
		await expect(text).toContainText('陳小明');
		await expect(page.getByRole('link', { name: '信用卡業務機構管理辦法第51條' })).toHaveAttribute(
			'href',
			'https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=G0380055'
		);
		await expectClean(watch);
	});

	test('en: a Hong Kong verify letter asks for the s. 19 statement and a data access request', async ({
		page,
		watch,
	}) => {
		const w = words('en');
		await page.goto('en/tools/letters/');
		await choose(page, w.ui.place, 'Hong Kong');
		await type(page, w.fields.name.label, 'Chan Tai Man');
		await type(page, w.fields.lender.label, 'Quick Money Finance Ltd');
		await type(page, w.fields.amount.label, 'HK$20,000');
		const text = letter(page);
		await expect(text).toContainText('To: Quick Money Finance Ltd');
		await expect(text).toContainText('You say that I owe HK$20,000.');
		await expect(text).toContainText('section 19 of the Money Lenders Ordinance (Cap. 163)');
		await expect(text).toContainText('within 40 days');
		await expect(page.locator('[data-note]')).toContainText('Banks are outside that Ordinance');
		await expect(
			page.getByRole('link', { name: 'Money Lenders Ordinance (Cap. 163), s. 19' })
		).toHaveAttribute('href', 'https://www.elegislation.gov.hk/hk/cap163');
		await expectClean(watch);
	});

	test('a Mexico reader gets the REDECO complaint and a Spain reader the Banco de España one, in es and en', async ({
		page,
		watch,
	}) => {
		// A Spanish-language reader who has not picked a place is most likely in Mexico.
		await page.goto('es/tools/letters/');
		await expect(page.getByRole('radio', { name: 'México', exact: true })).toBeChecked();
		for (const locale of ['es', 'en'] as const) {
			const w = words(locale);
			for (const [place, route, url] of [
				['mx', 'REDECO', 'https://eduweb.condusef.gob.mx/redeco/redeco.aspx'],
				[
					'es',
					'Banco de España',
					'https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/',
				],
			] as const) {
				// The reader's place comes from a lesson's place link.
				await page.goto(`${locale}/tools/letters/?place=${place}`);
				const label = w.places.find((p) => p.id === place)!.label;
				await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
				await choose(page, w.ui.type, w.types[3]!.label);
				await type(page, w.fields.name.label, 'Ana López');
				await type(page, w.fields.lender.label, 'Crédito Rápido');
				const text = letter(page);
				await expect(text).toContainText('Crédito Rápido');
				await expect(text).toContainText(route);
				await expect(page.locator('[data-note]')).toContainText(route);
				await expect(page.locator(`[data-rules] a[href="${url}"]`)).toHaveCount(1);
			}
		}
		await expectClean(watch);
	});
});

/** The field's limit is shown beside it and read out with it. */
async function expectLimit(page: Page, w: LettersContent, field: FieldId, max: number) {
	const limit = fillIn(w.ui.limit, { max });
	await expect(page.locator(`#letter-${field}-hint`)).toBeVisible();
	await expect(page.locator(`#letter-${field}-hint`)).toContainText(limit);
	expect(
		await page.getByLabel(w.fields[field].label, { exact: true }).evaluate((el) => {
			const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
			return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
		}),
		field
	).toContain(limit);
}

test.describe('letter builder length limits', () => {
	test('every field states its limit beside it, and a huge paste is cut at the field', async ({
		page,
		watch,
	}) => {
		for (const locale of ['en', 'zh-tw'] as const) {
			const w = words(locale);
			await page.goto(`${locale}/tools/letters/`);
			for (const [field, max] of [
				['name', 80],
				['reference', 60],
				['amount', 40],
			] as const)
				await expectLimit(page, w, field, max);
		}
		const w = words('en');
		await page.goto('en/tools/letters/');
		await choose(page, w.ui.type, w.types[3]!.label);
		await expectLimit(page, w, 'facts', 2000);
		const facts = page.getByLabel(w.fields.facts.label, { exact: true });
		await expect(facts).toHaveAttribute('maxlength', '8000');
		await facts.focus();
		// A megabyte pasted: the field keeps a few times the limit, and still says the letter uses 2000.
		await page.keyboard.insertText('x'.repeat(1_000_000));
		expect(await facts.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(8000);
		await expect(page.locator('#letter-facts-msg')).toHaveText(
			fillIn(w.ui.tooLong, { max: 2000, count: 8000 })
		);
		await expect(letter(page)).toContainText('x'.repeat(2000));
		await expect(letter(page)).not.toContainText('x'.repeat(2001));
		await expectClean(watch);
	});
});

test.describe('letter builder without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every letter reads as text with blanks, and prints', async ({ page }) => {
		const w = words('en');
		await page.goto('en/tools/letters/');
		await expect(page.locator('form')).toBeHidden();
		await expect(page.getByText(w.ui.noScript)).toBeVisible();
		await expect(page.locator('[data-output]')).toBeHidden();
		const blanks = page.locator('[data-templates] details');
		// Four letter types for each of seven places (cn, tw, hk, us, uk, mx, es).
		await expect(blanks).toHaveCount(28);
		await blanks.first().locator('summary').click();
		await expect(blanks.first().locator('.letter-text')).toContainText(w.fields.name.gap);
		await expect(blanks.first().locator('.letter-text')).toContainText(w.ui.dateGap);
		await expect(blanks.first().locator('.letter-text')).toContainText(w.fields.reference.gap);
		// The rules each blank relies on are links to their texts, as under the live letter.
		await expect(
			blanks
				.first()
				.locator('.letters-cites a[href="https://www.law.cornell.edu/uscode/text/15/1692g"]')
		).toHaveText('Fair Debt Collection Practices Act, 15 U.S.C. §1692g');
		await page.emulateMedia({ media: 'print' });
		await expect(blanks.first().locator('.letter-text')).toBeVisible();
		await expect(blanks.nth(1)).toBeHidden();
		await expect(page.locator('h1')).toBeHidden();
		await expect(page.locator('header').first()).toBeHidden();
	});
});
