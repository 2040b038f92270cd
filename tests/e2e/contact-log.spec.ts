import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from '@playwright/test';
import { csvLabels, decodeCsv } from '../../src/features/toolkit/contact-log/csv';
import type { ContactEntry } from '../../src/features/toolkit/contact-log/log';
import type { ContactLogContent } from '../../src/features/toolkit/contact-log/schema';
import {
	encodeStore,
	MAX_IMPORT_MB,
	MAX_STORE_CHARS,
} from '../../src/features/toolkit/contact-log/store';
import { localDay } from '../../src/site/dom';
import { localeIds, type Locale } from '../../src/site/locales';
import { expect, test } from './support/test';

const KEY = 'bw:contact-log';
const content = (locale: Locale) =>
	load(
		readFileSync(
			new URL(`../../content/toolkit/contact-log/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	) as ContactLogContent;
const allLabels = localeIds.map((l) => csvLabels(content(l)));
const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const path = (locale: Locale) => `${locale}/tools/contact-log/`;

const today = localDay();
const base = { name: '', company: '', number: '', said: '', evidence: '', rule: '' };
// A log with everything a CSV must carry: quotes, commas, line breaks, markup, emoji, Chinese, formula starts.
const seeded: ContactEntry[] = [
	{
		...base,
		id: 's1',
		date: '2026-03-03',
		time: '23:40',
		kind: 'call',
		name: 'Mr "Li"',
		company: 'XY, Collections',
		number: '+86 138 0000 1234',
		said: 'Called me a cheat\nthen hung up',
		evidence: 'recording 😡',
		rule: '=call after 22:00',
	},
	{
		...base,
		id: 's2',
		date: '2026-03-04',
		time: '',
		kind: 'third-party',
		said: '<script>alert(1)</script> 给我妈妈发短信说我欠钱',
		evidence: '她的截图',
		rule: '@contacts',
	},
	// Cells a spreadsheet could still run once it trims the spaces or folds the full-width signs.
	{
		...base,
		id: 's3',
		date: '2026-03-05',
		time: '08:00',
		kind: 'message',
		name: '  =1+1',
		company: '＋86 Loans',
		said: '＝HYPERLINK("http://evil.example","click")',
		evidence: '－2',
		rule: ' ＠contacts',
	},
	...Array.from({ length: 7 }, (_, i) => ({
		...base,
		id: `t${i}`,
		date: today,
		time: `0${i}:15`,
		kind: 'call' as const,
		said: `call ${i + 1} today`,
	})),
];

const seed = (page: Page, stored: string) =>
	page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const entries = (page: Page) => page.locator('bw-contact-log [data-entries] > li');

for (const locale of ['en', 'zh-cn'] as const) {
	const c = content(locale);
	const one = (kind: number) => c.kinds[kind]!.count.one ?? c.kinds[kind]!.count.other;

	test(`${locale}: add entries by keyboard, keep them over a reload, edit and delete`, async ({
		page,
		watch,
	}) => {
		await page.goto(path(locale));
		const field = (name: keyof ContactLogContent['fields']) =>
			page.getByLabel(c.fields[name].label, { exact: true });
		const status = page.locator('bw-contact-log [data-status]');

		// Date and time inputs step through their own parts with Tab, in the browser's date format; fill them, type the rest.
		await field('date').fill('2026-03-03');
		await field('time').fill('23:40');
		await field('kind').focus();
		await page.keyboard.press('Tab');
		await expect(field('name')).toBeFocused();
		await page.keyboard.type('Mr "Li"');
		await page.keyboard.press('Tab');
		await page.keyboard.type('XY, Collections');
		await page.keyboard.press('Tab');
		await page.keyboard.type('+86 138 0000 1234');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Called me a cheat');
		await page.keyboard.press('Enter');
		await page.keyboard.type('<script>alert(1)</script>');
		await page.keyboard.press('Tab');
		await page.keyboard.type('recording 😡');
		await page.keyboard.press('Tab');
		await expect(field('rule')).toBeFocused();
		await page.keyboard.type('=call after 22:00');
		await page.keyboard.press('Enter');
		await expect(status).toHaveText(c.messages.added);
		await expect(entries(page)).toHaveCount(1);
		// Typed markup is shown as text, never run or parsed.
		await expect(entries(page).first()).toContainText('<script>alert(1)</script>');
		await expect(page.locator('bw-contact-log [data-entries] script')).toHaveCount(0);

		// A second, earlier entry: a message to family, no time; the list sorts it first.
		await field('date').fill('2026-03-02');
		await field('kind').selectOption('third-party');
		await field('said').fill('给我妈妈发短信说我欠钱');
		await field('said').press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(entries(page)).toHaveCount(2);
		await expect(entries(page).first()).toContainText(c.kinds[4]!.label);
		await expect(page.locator('bw-contact-log [data-summary]')).toContainText(
			fill(one(0), { count: 1 })
		);
		await expect(page.locator('bw-contact-log [data-summary]')).toContainText(
			fill(one(4), { count: 1 })
		);

		await page.reload();
		await expect(entries(page)).toHaveCount(2);
		await expect(entries(page).nth(1)).toContainText('XY, Collections');

		// Edit the call by keyboard.
		await entries(page).nth(1).getByRole('button', { name: c.actions.edit }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#cl-form-heading')).toHaveText(c.headings.edit);
		await expect(field('name')).toHaveValue('Mr "Li"');
		await expect(field('said')).toHaveValue('Called me a cheat\n<script>alert(1)</script>');
		await field('said').fill('Said officers would come to my work');
		await field('rule').press('Enter');
		await expect(status).toHaveText(c.messages.saved);
		await expect(entries(page)).toHaveCount(2);
		await expect(entries(page).nth(1)).toContainText('Said officers would come to my work');
		await expect(page.locator('#cl-form-heading')).toHaveText(c.headings.add);

		// Delete the message, confirming.
		page.once('dialog', (dialog) => void dialog.accept());
		await entries(page).first().getByRole('button', { name: c.actions.delete }).click();
		await expect(status).toHaveText(c.messages.deleted);
		await expect(entries(page)).toHaveCount(1);

		await page.reload();
		await expect(entries(page)).toHaveCount(1);
		await expect(entries(page).first()).toContainText('Said officers would come to my work');
		expect(JSON.parse((await stored(page))!)).toMatchObject({
			v: 1,
			entries: [{ kind: 'call', name: 'Mr "Li"', rule: '=call after 22:00' }],
		});
		expect(await watch.axe()).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	test(`${locale}: refuses a bad entry with a message beside the field`, async ({ page }) => {
		await page.goto(path(locale));
		const date = page.getByLabel(c.fields.date.label, { exact: true });
		await date.fill('');
		await page.getByRole('button', { name: c.actions.add }).click();
		await expect(date).toHaveAttribute('aria-invalid', 'true');
		await expect(date).toBeFocused();
		await expect(page.locator('#cl-date-msg')).toHaveText(c.problems.required);
		await expect(entries(page)).toHaveCount(0);
		expect(await stored(page)).toBeNull();
	});

	test(`${locale}: exports a CSV that imports back exactly in a fresh browser`, async ({
		page,
		freshPage,
		watch,
	}) => {
		await seed(page, encodeStore(seeded));
		await page.goto(path(locale));
		await expect(entries(page)).toHaveCount(seeded.length);
		// "7 calls in the last 7 days": the pattern a complaint needs.
		const calls = c.kinds[0]!.count.other;
		await expect(page.locator('bw-contact-log [data-summary] p').first()).toContainText(
			fill(calls, { count: 7 })
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: c.actions.exportCsv }).click(),
		]);
		expect(download.suggestedFilename()).toBe(`contact-log-${today}.csv`);
		const bytes = readFileSync((await download.path())!);
		// UTF-8 with a byte-order mark, so Excel reads the Chinese.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = bytes.toString('utf8');
		const own = csvLabels(c);
		expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(Object.values(own.headers).join(','));
		expect(csv).toContain(
			'"Mr ""Li""","XY, Collections",\'+86 138 0000 1234,"Called me a cheat\nthen hung up"'
		);
		expect(csv).toContain("'=call after 22:00");
		expect(csv).toContain("'  =1+1,'＋86 Loans,,\"'＝HYPERLINK(");
		expect(csv).toContain("'－2,' ＠contacts");
		expect(csv).toContain(own.kinds['third-party']);
		const decoded = decodeCsv(csv, { labels: allLabels });
		expect(decoded.ok && decoded.entries.map(({ id: _id, ...rest }) => rest)).toEqual(
			seeded.map(({ id: _id, ...rest }) => rest)
		);
		expect(watch.consoleErrors).toEqual([]);

		// A fresh browser (another device, say): import the file, then export again and compare byte for byte.
		const { page: fresh, close } = await freshPage();
		await fresh.goto(path(locale));
		await expect(entries(fresh)).toHaveCount(0);
		await fresh
			.getByLabel(c.actions.importFile, { exact: true })
			.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: bytes });
		await fresh.getByRole('button', { name: c.actions.import, exact: true }).click();
		await expect(fresh.locator('bw-contact-log [data-status]')).toHaveText(
			fill(c.messages.imported, { added: seeded.length, skipped: 0 })
		);
		await expect(entries(fresh)).toHaveCount(seeded.length);
		await expect(entries(fresh).nth(1)).toContainText('<script>alert(1)</script>');
		const [again] = await Promise.all([
			fresh.waitForEvent('download'),
			fresh.getByRole('button', { name: c.actions.exportCsv }).click(),
		]);
		expect(readFileSync((await again.path())!).equals(bytes)).toBe(true);

		// Importing the same file again adds nothing; replacing asks first.
		await fresh
			.getByLabel(c.actions.importFile, { exact: true })
			.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: bytes });
		await fresh.getByRole('button', { name: c.actions.import, exact: true }).click();
		await expect(fresh.locator('bw-contact-log [data-status]')).toHaveText(
			fill(c.messages.imported, { added: 0, skipped: seeded.length })
		);
		let asked = '';
		fresh.once('dialog', (dialog) => {
			asked = dialog.message();
			void dialog.accept();
		});
		const short = Buffer.from(csv.split('\r\n').slice(0, 2).join('\r\n') + '\r\n');
		await fresh
			.getByLabel(c.actions.importFile, { exact: true })
			.setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: short });
		await fresh.getByLabel(c.actions.replace).check();
		await fresh.getByRole('button', { name: c.actions.import, exact: true }).click();
		await expect(fresh.locator('bw-contact-log [data-status]')).toHaveText(
			fill(c.messages.replaced, { count: 1 })
		);
		expect(asked).toBe(fill(c.messages.confirmReplace, { count: seeded.length }));
		await expect(entries(fresh)).toHaveCount(1);
		await close();
	});

	test(`${locale}: a bad CSV is refused with the row and column named`, async ({ page }) => {
		await page.goto(path(locale));
		const own = csvLabels(c);
		const header = Object.values(own.headers).join(',');
		const bad = `\uFEFF${header}\r\n2026-03-03,21:00,${own.kinds.call},,,,"two\r\nlines",,\r\n2026-03-04,25:99,${own.kinds.call},,,,,,\r\n`;
		const file = page.getByLabel(c.actions.importFile, { exact: true });
		await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
		await page.getByRole('button', { name: c.actions.import, exact: true }).click();
		await expect(page.locator('#cl-file-msg')).toHaveText(
			fill(c.csvProblems.field, { row: 3, field: own.headers.time, problem: c.problems.time })
		);
		await expect(file).toHaveAttribute('aria-invalid', 'true');
		await expect(entries(page)).toHaveCount(0);
		expect(await stored(page)).toBeNull();
	});

	test(`${locale}: damaged storage shows a way to keep it and start fresh, never a blank page`, async ({
		page,
		watch,
	}) => {
		const broken = '{"v":1,"entries":[{"id":"a","date":"2026-03-0';
		await seed(page, broken);
		await page.goto(path(locale));
		await expect(page.getByRole('heading', { name: c.headings.damaged })).toBeVisible();
		await expect(page.locator('bw-contact-log [data-damaged-text]')).toHaveText(
			c.messages.damagedAll
		);
		await expect(page.locator('#cl-form-heading')).toBeHidden();
		// Nothing is overwritten until the reader chooses.
		expect(await stored(page)).toBe(broken);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: c.actions.downloadRaw }).click(),
		]);
		expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);
		await page.getByRole('button', { name: c.actions.startFresh }).click();
		await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.freshStart);
		await expect(page.locator('#cl-form-heading')).toBeVisible();
		expect(await stored(page)).toBeNull();
		expect(await watch.axe()).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});
}

test('a partly damaged log keeps the entries that can be read', async ({ page }) => {
	const c = content('en');
	const good = seeded[0]!;
	await seed(page, JSON.stringify({ v: 1, entries: [good, { ...good, id: 'x', kind: 'fax' }] }));
	await page.goto(path('en'));
	await expect(page.locator('bw-contact-log [data-damaged-text]')).toHaveText(
		fill(c.messages.damagedSome, { lost: 1, kept: 1 })
	);
	// The entries that can be read come as a CSV file, which Import takes back.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: c.actions.downloadReadable }).click(),
	]);
	const readable = decodeCsv(readFileSync((await download.path())!, 'utf8'), { labels: allLabels });
	expect(readable.ok && readable.entries.map((e) => e.name)).toEqual([good.name]);
	await page.getByRole('button', { name: c.actions.startFresh }).click();
	await expect(entries(page)).toHaveCount(1);
	expect(JSON.parse((await stored(page))!).entries).toHaveLength(1);
});

test('a full storage is reported, not silently ignored', async ({ page }) => {
	const c = content('en');
	await page.addInitScript((key) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (k === key) throw new DOMException('full', 'QuotaExceededError');
			return setItem.call(this, k, v);
		};
	}, KEY);
	await page.goto(path('en'));
	await page.getByLabel(c.fields.said.label, { exact: true }).fill('Called twice');
	await page.getByRole('button', { name: c.actions.add }).click();
	await expect(page.getByRole('alert').filter({ hasText: c.messages.quota })).toBeVisible();
	// Still shown for this visit, so it can be downloaded.
	await expect(entries(page)).toHaveCount(1);
});

test('erase everything asks first, then removes the log', async ({ page }) => {
	const c = content('en');
	await seed(page, encodeStore(seeded.slice(0, 2)));
	await page.goto(path('en'));
	await expect(entries(page)).toHaveCount(2);
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('button', { name: c.actions.erase }).click();
	await expect(entries(page)).toHaveCount(2);
	page.once('dialog', (dialog) => {
		expect(dialog.message()).toBe(c.messages.confirmErase);
		void dialog.accept();
	});
	await page.getByRole('button', { name: c.actions.erase }).click();
	await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.erased);
	await expect(entries(page)).toHaveCount(0);
	await expect(page.locator('bw-contact-log [data-empty]')).toBeVisible();
	expect(await stored(page)).toBeNull();
});

test('printing gives a dated report of the entries, without the site navigation or the form', async ({
	page,
}) => {
	const c = content('zh-cn');
	await seed(page, encodeStore(seeded.slice(0, 2)));
	await page.goto(path('zh-cn'));
	await expect(entries(page)).toHaveCount(2);
	await page.emulateMedia({ media: 'print' });
	for (const selector of [
		'header.header',
		'nav.sidebar',
		'.right-sidebar-container',
		'h1#_top',
		'#cl-form-heading',
		'.pagination-links',
		'.lesson-footer',
	]) {
		await expect(page.locator(selector).first(), selector).toBeHidden();
	}
	const report = page.locator('.cl-report');
	await expect(report.getByRole('heading', { name: c.report.title })).toBeVisible();
	await expect(report.locator('[data-generated]')).toContainText(String(new Date().getFullYear()));
	await expect(report.locator('tbody tr')).toHaveCount(2);
	await expect(report.locator('tbody tr').first()).toContainText('Mr "Li"');
	await page.emulateMedia({ media: 'screen' });
	await expect(report).toBeHidden();
	await expect(page.locator('#cl-form-heading')).toBeVisible();
});

test('without JavaScript the page explains the tool and offers a paper log', async ({
	browser,
}) => {
	const c = content('en');
	const context = await browser.newContext({
		baseURL: test.info().project.use.baseURL!,
		javaScriptEnabled: false,
	});
	const page = await context.newPage();
	await page.goto(path('en'));
	await expect(page.getByText(c.noScript)).toBeVisible();
	await expect(page.locator('#cl-form-heading')).toBeHidden();
	const paper = page.locator('.cl-paper');
	await expect(paper.getByRole('heading', { name: c.paper.heading })).toBeVisible();
	await expect(paper.locator('tbody tr')).toHaveCount(12);
	await expect(paper.getByRole('columnheader', { name: c.fields.said.csv })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(paper).toBeVisible();
	await expect(page.locator('header.header')).toBeHidden();
	await context.close();
});

for (const width of [360, 640]) {
	test(`fits a ${width} px wide screen without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width, height: 740 });
		await seed(page, encodeStore(seeded));
		await page.goto(path('zh-cn'));
		await expect(entries(page)).toHaveCount(seeded.length);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
	});
}

test('two tabs keep both their entries, and an erase in one stays erased in the other', async ({
	page,
	context,
}) => {
	const c = content('en');
	const second = await context.newPage();
	const said = (p: Page) => p.getByLabel(c.fields.said.label, { exact: true });
	const add = async (p: Page, name: string, what: string) => {
		await p.getByLabel(c.fields.name.label, { exact: true }).fill(name);
		await said(p).fill(what);
		await p.getByRole('button', { name: c.actions.add }).click();
		await expect(p.locator('bw-contact-log [data-status]')).toHaveText(c.messages.added);
	};
	const storedNames = async (p: Page) =>
		(JSON.parse((await stored(p)) ?? '{"entries":[]}') as { entries: ContactEntry[] }).entries
			.map((e) => e.name)
			.sort();
	await page.goto(path('en'));
	await second.goto(path('en'));
	await add(page, 'Tab A collector', 'Threatened to call my employer');
	await add(second, 'Tab B collector', 'Called 14 times today');
	// Each tab shows the other's entry at once, and storage keeps both.
	await expect(entries(page)).toHaveCount(2);
	await expect(entries(second)).toHaveCount(2);
	await page.reload();
	await expect(entries(page)).toHaveCount(2);
	expect(await storedNames(page)).toEqual(['Tab A collector', 'Tab B collector']);

	// Erase in the first tab while the second holds a half-typed entry: the second shows the log
	// empty, keeps what was typed, and adding it afterwards does not bring the erased entries back.
	await said(second).fill('Half typed');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: c.actions.erase }).click();
	await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.erased);
	await expect(entries(second)).toHaveCount(0);
	await expect(said(second)).toHaveValue('Half typed');
	await add(second, 'After the erase', 'Half typed');
	await expect(entries(page)).toHaveCount(1);
	await page.reload();
	await expect(entries(page)).toHaveCount(1);
	expect(await storedNames(page)).toEqual(['After the erase']);
	await second.close();
});

// A stored log of large entries, each about 7,000 characters, to within `room` characters of the limit.
function logNearLimit(room: number): string {
	const big = (i: number, said = 'x'.repeat(5000)): ContactEntry => ({
		...base,
		id: `big${String(i).padStart(4, '0')}`,
		date: '2026-03-01',
		time: '',
		kind: 'call',
		said,
		evidence: 'e'.repeat(1000),
		rule: 'r'.repeat(1000),
	});
	// Each entry adds its own length and a comma.
	const [empty, each] = [
		encodeStore([]).length,
		encodeStore([big(0)]).length - encodeStore([]).length,
	];
	const count = Math.floor((MAX_STORE_CHARS - room - empty + 1) / (each + 1));
	const log = Array.from({ length: count }, (_, i) => big(i));
	const left = MAX_STORE_CHARS - room - encodeStore(log).length;
	if (left > 2500) log.push(big(log.length, 'x'.repeat(left - 2300)));
	return encodeStore(log);
}

test('a log near its size limit opens with a warning, and an add past the limit is refused', async ({
	page,
}) => {
	const c = content('en');
	const near = logNearLimit(3000);
	expect(near.length).toBeLessThanOrEqual(MAX_STORE_CHARS - 3000);
	expect(near.length).toBeGreaterThan(MAX_STORE_CHARS - 3300);
	const count = JSON.parse(near).entries.length as number;
	await seed(page, near);
	await page.goto(path('en'));
	await expect(entries(page)).toHaveCount(count);
	await expect(page.getByRole('alert')).toHaveText(fill(c.messages.nearlyFull, { percent: 100 }));

	// 4,000 more characters would pass the limit: refused, said where the reader is looking, nothing lost.
	const said = page.getByLabel(c.fields.said.label, { exact: true });
	await said.fill('y'.repeat(4000));
	await page.getByRole('button', { name: c.actions.add }).click();
	await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.tooLarge);
	await expect(said).toHaveValue('y'.repeat(4000));
	expect(await stored(page)).toBe(near);

	// A short entry still fits, and the log still opens after it.
	await said.fill('short');
	await page.getByRole('button', { name: c.actions.add }).click();
	await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.added);
	const after = (await stored(page))!;
	expect(after.length).toBeLessThanOrEqual(MAX_STORE_CHARS);
	expect(JSON.parse(after).entries).toHaveLength(count + 1);
});

test('a log past the size limit that parses (written by an older version) is still read', async ({
	page,
}) => {
	const c = content('en');
	const over = logNearLimit(-30_000);
	expect(over.length).toBeGreaterThan(MAX_STORE_CHARS);
	await seed(page, over);
	await page.goto(path('en'));
	await expect(entries(page)).toHaveCount(JSON.parse(over).entries.length);
	await expect(page.getByRole('heading', { name: c.headings.damaged })).toBeHidden();
	await expect(page.getByRole('alert')).toHaveText(fill(c.messages.nearlyFull, { percent: 101 }));
	expect(await stored(page)).toBe(over);
});

test('a CSV file over the size cap is refused before it is read; the cap is stated beside the field', async ({
	page,
}) => {
	const c = content('en');
	await page.goto(path('en'));
	const size = `${MAX_IMPORT_MB} MB`;
	await expect(page.locator('#cl-file-hint')).toHaveText(fill(c.messages.importLimit, { size }));
	const file = page.getByLabel(c.actions.importFile, { exact: true });
	await expect(file).toHaveAttribute('aria-describedby', /cl-file-hint/);
	const huge = Buffer.alloc(MAX_IMPORT_MB * 1024 * 1024 + 1, 'a,b,c\r\n');
	await file.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
	await page.getByRole('button', { name: c.actions.import, exact: true }).click();
	await expect(page.locator('#cl-file-msg')).toHaveText(fill(c.csvProblems.tooBig, { size }));
	await expect(file).toHaveAttribute('aria-invalid', 'true');
	expect(await stored(page)).toBeNull();
});

test('leaving with text typed but not added asks first; after adding it does not', async ({
	context,
}) => {
	const c = content('en');
	const page = await context.newPage();
	await page.goto(path('en'));
	const said = page.getByLabel(c.fields.said.label, { exact: true });
	await said.click();
	await page.keyboard.type('They said they would visit my parents');
	const asked = page.waitForEvent('dialog');
	await page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.dismiss();
	// Staying on the page keeps the text.
	expect(page.isClosed()).toBe(false);
	await expect(said).toHaveValue('They said they would visit my parents');

	await page.getByRole('button', { name: c.actions.add }).click();
	await expect(page.locator('bw-contact-log [data-status]')).toHaveText(c.messages.added);
	let prompted = false;
	page.on('dialog', (d) => {
		prompted = true;
		void d.accept();
	});
	const closed = page.waitForEvent('close');
	await page.close({ runBeforeUnload: true });
	await closed;
	expect(prompted).toBe(false);
});
