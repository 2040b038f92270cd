import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { locales, type Locale } from '../../src/site/locales';
import { seedProgress, quizRecord } from './support/progress';
import { chooseLanguage, expect, strings, test } from './support/test';

const lesson = 'borrowing/true-cost-of-a-loan';
const other = 'rights/home-visits';

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

type Key = { id: string; type: string; correct: unknown };

/** The answer key the built lesson carries. */
function keysOf(locale: Locale, page: string): Key[] {
	const html = readFileSync(
		new URL(`../../dist/${locale}/${page}/index.html`, import.meta.url),
		'utf8'
	);
	const attribute = /<bw-quiz[^>]*\sdata-keys="([^"]*)"/.exec(html)?.[1];
	return JSON.parse(attribute!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Key[];
}

/** Answers every question right except the ordering one (checked as the page mixed it): 5 of 6, a pass. */
async function passQuiz(page: Page, locale: Locale, t: Record<string, string>) {
	await page.goto(`${locale}/${lesson}/`);
	const quiz = page.locator('bw-quiz');
	await quiz.scrollIntoViewIfNeeded();
	await expect(quiz).toHaveAttribute('data-ready', '');
	const keys = keysOf(locale, lesson);
	for (const key of keys) {
		const q = page.locator(`#q-${key.id}`);
		if (key.type === 'numeric') await q.getByRole('textbox').fill(String(key.correct));
		else if (key.type === 'true-false')
			await q.locator(`input[value="${String(key.correct)}"]`).check();
		else if (key.type !== 'ordering')
			for (const option of key.correct as string[])
				await q.locator(`input[value="${option}"]`).check();
		await q.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
	}
	await expect(quiz.locator('.quiz-summary')).toContainText(t['quiz.passed']!);
	return keys.length;
}

const row = (page: Page, id: string) => page.locator(`tr[data-id="${id}"]`);

for (const locale of ['en', 'zh-cn'] as const satisfies Locale[]) {
	const t = strings(locale);

	test.describe(`${locale}`, () => {
		test('a passed quiz shows on My progress as done, with its score, date and a link to the lesson', async ({
			page,
			watch,
		}) => {
			const total = await passQuiz(page, locale, t);
			await page.goto(`${locale}/progress/`);
			const done = row(page, lesson);
			await expect(done.locator('[data-status]')).toHaveText(t['myprogress.status.done']!);
			const percent = new Intl.NumberFormat(locales[locale].lang, {
				style: 'percent',
				maximumFractionDigits: 0,
			}).format((total - 1) / total);
			await expect(done.locator('[data-score]')).toHaveText(
				fill(t['myprogress.scoreValue']!, { correct: total - 1, total, percent })
			);
			const today = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'medium' }).format(
				new Date()
			);
			await expect(done.locator('[data-date]')).toHaveText(today);
			await expect(done.getByRole('link')).toHaveAttribute(
				'href',
				new RegExp(`/${locale}/${lesson}/$`)
			);
			await expect(row(page, other).locator('[data-status]')).toHaveText(
				t['myprogress.status.notStarted']!
			);
			const lessons = await page.locator('tr[data-kind="lesson"]').count();
			expect(lessons).toBeGreaterThan(15);
			await expect(page.locator('[data-lessons-count]')).toHaveText(
				fill(t['myprogress.overall']!, { done: 1, total: lessons })
			);
			await expect(page.locator('[data-checks-count]')).toHaveText(
				fill(t['myprogress.checksOverall']!, { done: 0, total: 4 })
			);
			await expect(page.getByText(t['myprogress.noScript']!)).toHaveCount(0);
			await watch.expectClean();
		});

		test('progress saved to a file loads on another device; bad files get a message beside the field', async ({
			page,
			watch,
			freshPage,
		}) => {
			// A second, fresh browser context (another device), watched like `page`.
			const device = await freshPage();
			await seedProgress(device.page, locale, {
				[lesson]: quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z'),
				[other]: quizRecord(2, 5, false, null),
			});
			const downloading = device.page.waitForEvent('download');
			await device.page.getByRole('button', { name: t['myprogress.export']! }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(
				/^borrow-wisely-progress-\d{4}-\d{2}-\d{2}\.json$/
			);
			await expect(device.page.locator('[data-export-status]')).toHaveText(
				fill(t['myprogress.exported']!, { file: download.suggestedFilename() })
			);
			const saved = readFileSync((await download.path())!);
			const file = JSON.parse(saved.toString('utf8'));
			expect(file).toMatchObject({
				format: 'borrow-wisely-progress',
				version: 1,
				// Seeded as progress version 1, saved as version 2 (with each question's last result).
				progress: { version: 2, quizzes: { [lesson]: { passed: true, results: {} } } },
			});
			expect(Date.parse(file.exportedAt)).not.toBeNaN();
			expect(device.watch.consoleErrors).toEqual([]);
			await device.close();

			// This page's context is new: another device, with nothing stored.
			await page.goto(`${locale}/progress/`);
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.notStarted']!
			);
			const field = page.getByLabel(t['myprogress.importFile']!);
			const load = page.getByRole('button', { name: t['myprogress.import']! });
			await load.click();
			await expect(page.locator('#progress-file-msg')).toHaveText(t['myprogress.error.noFile']!);
			const bad: [string, string][] = [
				['not json at all', 'myprogress.error.notJson'],
				[JSON.stringify({ version: 1, quizzes: {} }), 'myprogress.error.notOurs'],
				[
					JSON.stringify({
						format: 'borrow-wisely-progress',
						version: 3,
						progress: { version: 1, quizzes: {} },
					}),
					'myprogress.error.newer',
				],
				[
					JSON.stringify({
						format: 'borrow-wisely-progress',
						version: 1,
						progress: { version: 1, quizzes: {} },
					}),
					'myprogress.error.empty',
				],
			];
			for (const [text, key] of bad) {
				await field.setInputFiles({
					name: 'progress.json',
					mimeType: 'application/json',
					buffer: Buffer.from(text),
				});
				await load.click();
				await expect(page.locator('#progress-file-msg')).toHaveText(t[key]!);
				await expect(field).toHaveAttribute('aria-invalid', 'true');
				await expect(field).toHaveAccessibleDescription(t[key]!);
			}
			expect(await page.evaluate(() => localStorage.getItem('bw:progress'))).toBeNull();

			await field.setInputFiles({
				name: download.suggestedFilename(),
				mimeType: 'application/json',
				buffer: saved,
			});
			await load.click();
			await expect(page.locator('[data-import-status]')).toHaveText(
				fill(t['myprogress.imported']!, { count: 2 })
			);
			await expect(field).not.toHaveAttribute('aria-invalid');
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.done']!
			);
			await expect(row(page, other).locator('[data-status]')).toHaveText(
				t['myprogress.status.started']!
			);
			await page.reload();
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.done']!
			);
			await watch.expectClean();
		});

		test('damaged storage is recovered, never a blank page; erasing asks first', async ({
			page,
			watch,
		}) => {
			await seedProgress(page, locale, {
				[lesson]: quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z'),
				'bad/one': 'garbage',
				[other]: { correct: 'lots' },
			});
			await expect(
				page.getByRole('alert').filter({ hasText: t['myprogress.damaged']! })
			).toBeVisible();
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.done']!
			);
			await expect(row(page, other).locator('[data-status]')).toHaveText(
				t['myprogress.status.notStarted']!
			);
			// What could be read is stored again, cleanly, in the current version.
			expect(JSON.parse((await page.evaluate(() => localStorage.getItem('bw:progress')))!)).toEqual(
				{
					version: 2,
					quizzes: {
						[lesson]: { ...quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z'), results: {} },
					},
				}
			);

			await page.evaluate(() => localStorage.setItem('bw:progress', '{"version":1,"quizzes":{"x'));
			await page.reload();
			await expect(page.getByText(t['myprogress.damaged']!)).toBeVisible();
			await expect(
				page.locator('tr[data-kind="lesson"]').first().locator('[data-status]')
			).toHaveText(t['myprogress.status.notStarted']!);
			await expect(page.locator('[data-lessons-count]')).toContainText('0');
			await watch.expectClean();

			await seedProgress(page, locale, {
				[lesson]: quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z'),
			});
			const erase = page.getByRole('button', { name: t['myprogress.erase']!, exact: true });
			await erase.click();
			await expect(page.getByRole('group', { name: t['myprogress.eraseConfirm']! })).toBeVisible();
			await expect(page.getByRole('button', { name: t['myprogress.eraseNo']! })).toBeFocused();
			await page.getByRole('button', { name: t['myprogress.eraseNo']! }).click();
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.done']!
			);
			expect(await page.evaluate(() => localStorage.getItem('bw:progress'))).not.toBeNull();
			await erase.click();
			await page.getByRole('button', { name: t['myprogress.eraseYes']! }).click();
			await expect(page.locator('[data-erase-status]')).toHaveText(t['myprogress.erased']!);
			await expect(row(page, lesson).locator('[data-status]')).toHaveText(
				t['myprogress.status.notStarted']!
			);
			expect(await page.evaluate(() => localStorage.getItem('bw:progress'))).toBeNull();
			// The sidebar's check mark goes too.
			await expect(page.locator('#starlight__sidebar .progress-mark')).toHaveCount(0);
		});

		test('the summary prints alone with the typed name, which is stored only when ticked', async ({
			page,
			watch,
		}) => {
			await seedProgress(page, locale, {
				[lesson]: quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z'),
				[other]: quizRecord(2, 5, false, null),
			});
			await page.goto(`${locale}/progress/summary/`);
			const name = '<b>Ana</b> 李小明';
			await page.getByLabel(t['myprogress.summary.name']!).fill(name);
			const sheet = page.locator('.summary-sheet');
			await expect(sheet.locator('[data-learner]')).toHaveText(
				fill(t['myprogress.summary.learner']!, { name })
			);
			await expect(sheet.locator('b')).toHaveCount(0);
			const finished = sheet.locator('tbody tr');
			await expect(finished).toHaveCount(1);
			await expect(finished.first()).toContainText(
				new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'medium' }).format(
					new Date('2026-11-20T10:00:00.000Z')
				)
			);
			await expect(sheet).toContainText(t['myprogress.summary.selfReported']!);
			const today = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'long' }).format(
				new Date()
			);
			await expect(sheet.locator('[data-generated]')).toHaveText(
				fill(t['myprogress.summary.generated']!, { date: today })
			);
			expect(watch.storageWrites.filter((w) => w.includes('learner-name'))).toEqual([]);
			expect(await page.evaluate(() => localStorage.getItem('bw:learner-name'))).toBeNull();
			await watch.expectClean();

			await page.emulateMedia({ media: 'print' });
			await expect(sheet).toBeVisible();
			await expect(sheet.locator('[data-learner]')).toBeVisible();
			for (const selector of ['.page > header', '#starlight__sidebar', '.summary-controls', 'h1'])
				await expect(page.locator(selector).first()).toBeHidden();
			await page.emulateMedia({ media: 'screen' });

			await page.getByLabel(t['myprogress.summary.remember']!).check();
			expect(await page.evaluate(() => localStorage.getItem('bw:learner-name'))).toBe(name);
			await page.reload();
			await expect(page.getByLabel(t['myprogress.summary.name']!)).toHaveValue(name);
			await expect(page.getByLabel(t['myprogress.summary.remember']!)).toBeChecked();
			await page.getByLabel(t['myprogress.summary.remember']!).uncheck();
			expect(await page.evaluate(() => localStorage.getItem('bw:learner-name'))).toBeNull();
		});

		test('an assignment link made on the educator page opens on another device with its title, due date and progress', async ({
			page,
			watch,
			freshPage,
			context,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const a = strings(locale);
			await page.goto(`${locale}/educators/assign/`);
			await page.getByRole('button', { name: a['assign.make']! }).click();
			await expect(page.locator('#assign-lessons-msg')).toHaveText(a['assign.error.noLessons']!);
			for (const id of [lesson, other, 'rights/check'])
				await page.locator(`input[type="checkbox"][value="${id}"]`).check();
			const title =
				locale === 'en' ? 'Week 3: your rights & “home visits”' : '第三周：催收与上门 & 权利';
			await page.getByLabel(a['assign.title']!).fill(title);
			const dueDate = new Date();
			dueDate.setDate(dueDate.getDate() + 10);
			const due = `${dueDate.getFullYear()}-${String(dueDate.getMonth() + 1).padStart(2, '0')}-${String(dueDate.getDate()).padStart(2, '0')}`;
			await page.getByLabel(a['assign.due']!).fill(due);
			await page.getByRole('button', { name: a['assign.make']! }).click();
			const link = page.getByLabel(a['assign.link']!);
			await expect(link).toHaveValue(new RegExp(`/${locale}/progress/assignment/#v=1&l=`));
			const url = await link.inputValue();
			expect(new URL(url).search, 'nothing in the query, which servers log').toBe('');
			await page.getByRole('button', { name: a['assign.copy']! }).click();
			await expect(page.locator('[data-status]')).toHaveText(a['assign.copied']!);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
			await watch.expectClean();

			const learner = await freshPage();
			await seedProgress(learner.page, locale, {
				[lesson]: quizRecord(6, 6, true, '2026-11-20T10:00:00.000Z'),
			});
			await learner.page.goto(url);
			// The title is the sender's note, quoted, not a heading (security review M3).
			await expect(learner.page.locator('#assignment-title')).toHaveText(title);
			const lang = locales[locale].lang;
			const [y, m, d] = due.split('-').map(Number) as [number, number, number];
			const dueText = fill(a['assign.view.due']!, {
				date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
					new Date(Date.UTC(y, m - 1, d))
				),
				relative: new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(10, 'day'),
			});
			await expect(learner.page.locator('[data-due]')).toHaveText(dueText);
			const rows = learner.page.locator('bw-assignment tbody tr');
			await expect(rows).toHaveCount(3);
			await expect(rows.nth(0).getByRole('link')).toHaveAttribute(
				'href',
				new RegExp(`/${locale}/${lesson}/$`)
			);
			await expect(rows.nth(0).locator('[data-status]')).toHaveText(a['myprogress.status.done']!);
			await expect(rows.nth(1).locator('[data-status]')).toHaveText(
				a['myprogress.status.notStarted']!
			);
			await expect(learner.page.locator('[data-count]')).toHaveText(
				fill(a['assign.view.count']!, { done: 1, total: 3 })
			);
			expect(await learner.watch.cspViolations()).toEqual([]);
			expect(await learner.watch.axe()).toEqual([]);

			// The same link read in another language: ids carry no locale, the fragment survives the switch.
			const otherLocale: Locale = locale === 'en' ? 'zh-tw' : 'es';
			const o = strings(otherLocale);
			await chooseLanguage(learner.page, otherLocale);
			await expect(learner.page).toHaveURL(new RegExp(`/${otherLocale}/progress/assignment/#v=1&`));
			await expect(learner.page.locator('#assignment-title')).toHaveText(title);
			await expect(
				learner.page.locator('bw-assignment tbody tr').nth(0).locator('[data-status]')
			).toHaveText(o['myprogress.status.done']!);
			await expect(
				learner.page.locator('bw-assignment tbody tr').nth(0).getByRole('link')
			).toHaveAttribute('href', new RegExp(`/${otherLocale}/${lesson}/$`));
			expect(learner.watch.consoleErrors).toEqual([]);
			await learner.close();
		});

		test('a tampered assignment link shows its text as text, drops unknown lessons and explains a broken link', async ({
			page,
			watch,
		}) => {
			const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
			const hash = new URLSearchParams({
				v: '1',
				l: `${other},evil/../../x,${other},javascript:alert(1)`,
				t: title,
				d: '2026-02-30',
			}).toString();
			await page.goto(`${locale}/progress/assignment/#${hash}`);
			await expect(page.locator('#assignment-title')).toHaveText(title);
			await expect(page.locator('bw-assignment img, bw-assignment script')).toHaveCount(0);
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
			).toBeUndefined();
			await expect(page.locator('bw-assignment tbody tr')).toHaveCount(1);
			await expect(page.locator('[data-notes]')).toContainText(
				fill(t['assign.view.ignored']!, { count: 3 })
			);
			await expect(page.locator('[data-notes]')).toContainText(t['assign.view.badDate']!);
			await expect(page.locator('[data-due]')).toBeHidden();
			await watch.expectClean();

			for (const [fragment, key] of [
				['#%E0%A4%A%%garbage', 'assign.view.malformed'],
				['#v=1&l=nothing/here', 'assign.view.noLessons'],
				['', 'assign.view.empty'],
			] as const) {
				await page.goto(`${locale}/progress/assignment/${fragment}`);
				await expect(page.getByRole('alert')).toHaveText(t[key]!);
				await expect(page.locator('bw-assignment [data-view]')).toBeHidden();
			}
			// A new fragment on the open page is read too.
			await page.evaluate((h) => (location.hash = h), `v=1&l=${lesson}&t=Later`);
			await expect(page.locator('#assignment-title')).toHaveText('Later');
			expect(watch.consoleErrors).toEqual([]);
		});
	});
}

test('without JavaScript, My progress lists every lesson with links and says where progress is kept', async ({
	freshPage,
}) => {
	const { page, close } = await freshPage({ javaScriptEnabled: false });
	const t = strings('es');
	await page.goto('es/progress/');
	await expect(page.getByText(t['myprogress.noScript']!)).toBeVisible();
	await expect(page.locator(`tr[data-id="${lesson}"] a`)).toHaveAttribute(
		'href',
		new RegExp(`/es/${lesson}/$`)
	);
	await expect(page.getByRole('button', { name: t['myprogress.export']! })).toBeHidden();
	await page.goto('es/educators/assign/');
	await expect(page.getByText(t['assign.noScript']!)).toBeVisible();
	await page.goto('es/progress/assignment/#v=1&l=rights/check');
	await expect(page.getByText(t['assign.view.noScript']!)).toBeVisible();
	await close();
});

test('My progress and the summary fit a 360 px wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['zh-tw/progress/', 'es/progress/summary/', 'es/educators/assign/']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test.describe('assignment link text', () => {
	// The links from the security review (M3): anyone can make one, so the title is the sender's words.
	const notices = {
		en: 'OFFICIAL NOTICE from the court: your loan is overdue. Pay ¥5,000 today to account 6222 0000 1111 2222, or call 400-000-0000',
		'zh-cn':
			'【法院通知】您的贷款已逾期，请立即转账¥5,000至账户6222 0000 1111 2222，或致电400-000-0000',
	} as const;
	const open = (page: Page, locale: Locale, title: string) =>
		page.goto(
			`${locale}/progress/assignment/#v=1&l=borrowing/true-cost-of-a-loan,budgeting/check&t=${encodeURIComponent(title)}&d=2026-12-08`
		);

	for (const [locale, notice] of Object.entries(notices) as [Locale, string][]) {
		test(`${locale}: a title is quoted as the sender's note, never the page's heading`, async ({
			page,
			watch,
		}) => {
			const s = strings(locale);
			await open(page, locale, notice);
			const view = page.locator('bw-assignment');
			await expect(view.locator('tbody tr')).toHaveCount(2);
			await expect(page.getByRole('heading', { name: notice })).toHaveCount(0);
			await expect(page.getByRole('heading', { name: notice.slice(0, 12) })).toHaveCount(0);
			await expect(view.getByRole('heading', { level: 2 })).toHaveText(s['assign.view.heading']!);
			await expect(view.getByText(s['assign.view.from']!)).toBeVisible();
			const quote = view.locator('blockquote');
			// Cut to the title's limit like any other title.
			await expect(quote).toHaveText([...notice].slice(0, 120).join(''));
			await expect(quote).toBeVisible();
			// The quote reads as body text, no larger or bolder than the paragraph around it.
			const style = await quote.evaluate((el) => {
				const own = getComputedStyle(el);
				const body = getComputedStyle(el.closest('section')!.querySelector('p')!);
				return [own.fontSize === body.fontSize, Number(own.fontWeight) <= 400];
			});
			expect(style).toEqual([true, true]);
			await expect(view.getByText(s['assign.view.neverPay']!)).toBeVisible();
			await watch.expectClean();
		});
	}

	test('en: direction overrides are removed, so the title reads as it was written', async ({
		page,
	}) => {
		await page.goto(
			'en/progress/assignment/#v=1&l=borrowing/true-cost-of-a-loan&t=Homework%20%E2%80%AEevah%20uoy%20eud%200001%24%20yap'
		);
		const quote = page.locator('bw-assignment blockquote');
		await expect(quote).toHaveText('Homework evah uoy eud 0001$ yap');
		expect(await page.locator('bw-assignment').evaluate((el) => el.textContent)).not.toMatch(
			/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
		);
	});

	test('es: without a title there is no note, and the heading is the site’s', async ({ page }) => {
		const s = strings('es');
		await page.goto('es/progress/assignment/#v=1&l=borrowing/true-cost-of-a-loan');
		const view = page.locator('bw-assignment');
		await expect(view.locator('tbody tr')).toHaveCount(1);
		await expect(view.getByRole('heading', { level: 2 })).toHaveText(s['assign.view.heading']!);
		await expect(view.locator('blockquote')).toBeHidden();
		await expect(view.getByText(s['assign.view.from']!)).toBeHidden();
	});

	test('zh-tw: the assignment title and the learner’s name state their length limits beside them', async ({
		page,
	}) => {
		const s = strings('zh-tw');
		const described = (field: ReturnType<Page['getByLabel']>) =>
			field.evaluate((el) =>
				(el.getAttribute('aria-describedby') ?? '')
					.split(' ')
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			);
		await page.goto('zh-tw/educators/assign/');
		const title = page.getByLabel(s['assign.title']!);
		await expect(title).toHaveAttribute('maxlength', '120');
		expect(await described(title)).toContain(fill(s['assign.titleHint']!, { max: 120 }));
		await title.fill('週'.repeat(200));
		await expect(title).toHaveValue('週'.repeat(120));
		await page.locator(`input[type="checkbox"][value="${lesson}"]`).check();
		await page.getByRole('button', { name: s['assign.make']! }).click();
		await page.goto(await page.getByLabel(s['assign.link']!).inputValue());
		await expect(page.locator('bw-assignment blockquote')).toHaveText('週'.repeat(120));

		await page.goto('zh-tw/progress/summary/');
		const name = page.getByLabel(s['myprogress.summary.name']!);
		await expect(name).toHaveAttribute('maxlength', '80');
		await expect(page.locator('#learner-name-hint')).toBeVisible();
		expect(await described(name)).toContain(fill(s['myprogress.summary.nameHint']!, { max: 80 }));
	});
});

/** A progress file as "Save my progress to a file" writes it, holding `quizzes`. */
const progressFile = (quizzes: Record<string, unknown>) =>
	JSON.stringify({
		format: 'borrow-wisely-progress',
		version: 1,
		exportedAt: '2026-11-29T10:00:00.000Z',
		progress: { version: 1, quizzes },
	});

/** Chooses a file on My progress, Merge or Replace, and presses Load. */
async function loadFile(page: Page, t: Record<string, string>, text: string, replace = false) {
	await page.getByLabel(t['myprogress.importFile']!).setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text),
	});
	await page
		.getByLabel(replace ? t['myprogress.importReplace']! : t['myprogress.importMerge']!)
		.check();
	await page.getByRole('button', { name: t['myprogress.import']! }).click();
}

const storedText = (page: Page) => page.evaluate(() => localStorage.getItem('bw:progress'));

/** Answers to pad a record with: `count` questions of `size` characters each. */
const padAnswers = (count: number, size: number) =>
	Object.fromEntries(Array.from({ length: count }, (_, i) => [`q-${i}`, ['a'.repeat(size)]]));

test.describe('loading a progress file never loses progress', () => {
	const t = strings('en');
	const passed = quizRecord(5, 6, true, '2026-11-20T10:00:00.000Z');

	test('a 200 KB file of made-up quizzes merges only the course’s own, and every pass stays', async ({
		page,
		watch,
	}) => {
		await seedProgress(page, 'en', { [lesson]: passed, 'borrowing/check': passed });
		// The report's file: 1,098 valid-looking records of quizzes that do not exist, near 200,000 characters.
		const junk = Object.fromEntries(
			Array.from({ length: 1098 }, (_, i) => [
				`x/${String(i).padStart(5, '0')}-${'a'.repeat(69)}`,
				quizRecord(1, 1, true, '2026-11-21T10:00:00.000Z'),
			])
		);
		const text = progressFile({ ...junk, [other]: passed });
		expect(text.length).toBeGreaterThan(198_000);
		expect(text.length).toBeLessThan(200_000);
		await expect(page.getByText(/200 KB/)).toBeVisible();
		await loadFile(page, t, text);
		await expect(page.locator('[data-import-status]')).toHaveText(
			`${fill(t['myprogress.imported']!, { count: 1 })} ${fill(t['myprogress.importDropped']!, { count: 1098 })}`
		);
		expect((await storedText(page))!.length).toBeLessThan(5_000);
		await page.reload();
		await expect(page.getByText(t['myprogress.damaged']!)).toBeHidden();
		for (const id of [lesson, other, 'borrowing/check'])
			await expect(row(page, id).locator('[data-status]')).toHaveText(t['myprogress.status.done']!);
		await expect(page.locator('[data-checks-count]')).toHaveText(
			fill(t['myprogress.checksOverall']!, { done: 1, total: 4 })
		);
		await page.goto(`en/${lesson}/`);
		await expect(page.locator(`#starlight__sidebar a[href$="/en/${lesson}/"]`)).toContainText(
			t['progress.completed']!
		);
		await watch.expectClean();
	});

	test('a file that would overflow storage is refused with a message, and stored data too large to read is left alone', async ({
		page,
	}) => {
		// About 110,000 characters stored, and a 150,000-character file: together past the 200,000 limit.
		const mine = { ...passed, answers: padAnswers(1600, 60) };
		await seedProgress(page, 'en', { [lesson]: mine });
		const before = await storedText(page);
		await loadFile(
			page,
			t,
			progressFile({ [other]: { ...passed, answers: padAnswers(2200, 60) } })
		);
		await expect(page.locator('#progress-file-msg')).toHaveText(t['myprogress.error.tooFull']!);
		await expect(page.locator('[data-import-status]')).toBeEmpty();
		expect(await storedText(page)).toBe(before);
		await page.reload();
		await expect(row(page, lesson).locator('[data-status]')).toHaveText(
			t['myprogress.status.done']!
		);

		// What the old merge left behind: readable JSON, over the read limit. It is not rewritten as empty.
		const oversized = JSON.stringify({
			version: 1,
			quizzes: { [lesson]: mine, [other]: { ...passed, answers: padAnswers(1600, 60) } },
		});
		expect(oversized.length).toBeGreaterThan(200_000);
		await page.evaluate((value) => localStorage.setItem('bw:progress', value), oversized);
		await page.reload();
		await expect(
			page.getByRole('alert').filter({ hasText: t['myprogress.tooLargeStored']! })
		).toBeVisible();
		expect(await storedText(page)).toBe(oversized);
	});

	test('prototype names in a file are ids like any other: not quizzes of the course, so skipped', async ({
		page,
	}) => {
		await seedProgress(page, 'en', { [lesson]: passed });
		await loadFile(
			page,
			t,
			progressFile({
				constructor: quizRecord(0, 1, false, null),
				prototype: passed,
				[other]: passed,
			})
		);
		await expect(page.locator('[data-import-status]')).toHaveText(
			`${fill(t['myprogress.imported']!, { count: 1 })} ${fill(t['myprogress.importDropped']!, { count: 2 })}`
		);
		expect(Object.keys(JSON.parse((await storedText(page))!).quizzes).sort()).toEqual(
			[lesson, other].sort()
		);
		await page.reload();
		await expect(page.getByText(t['myprogress.damaged']!)).toBeHidden();
		await expect(page.locator('[data-lessons-count]')).toContainText('2');
	});

	test('Replace asks first, and No keeps what this browser has', async ({ page, watch }) => {
		await seedProgress(page, 'en', { [lesson]: passed });
		const before = await storedText(page);
		const file = progressFile({ [other]: quizRecord(2, 5, false, null) });
		await loadFile(page, t, file, true);
		const confirm = page.getByRole('group', { name: t['myprogress.replaceConfirm']! });
		await expect(confirm).toBeVisible();
		await expect(page.getByRole('button', { name: t['myprogress.replaceNo']! })).toBeFocused();
		expect(await storedText(page)).toBe(before);
		await watch.expectClean();
		await page.getByRole('button', { name: t['myprogress.replaceNo']! }).click();
		await expect(confirm).toBeHidden();
		await expect(page.getByRole('button', { name: t['myprogress.import']! })).toBeFocused();
		expect(await storedText(page)).toBe(before);
		await expect(row(page, lesson).locator('[data-status]')).toHaveText(
			t['myprogress.status.done']!
		);

		await page.getByRole('button', { name: t['myprogress.import']! }).click();
		await page.getByRole('button', { name: t['myprogress.replaceYes']! }).click();
		await expect(page.locator('[data-import-status]')).toHaveText(
			fill(t['myprogress.replaced']!, { count: 1 })
		);
		await expect(row(page, lesson).locator('[data-status]')).toHaveText(
			t['myprogress.status.notStarted']!
		);
		await expect(row(page, other).locator('[data-status]')).toHaveText(
			t['myprogress.status.started']!
		);
	});
});

test('when storage is full, ticking "remember my name" says beside the box that it was not kept', async ({
	page,
}) => {
	const t = strings('zh-cn');
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.goto('zh-cn/progress/summary/');
	await page.getByLabel(t['myprogress.summary.name']!).fill('李小明');
	await expect(page.locator('[data-remember-status]')).toBeEmpty();
	await page.getByLabel(t['myprogress.summary.remember']!).check();
	await expect(
		page.getByRole('status').filter({ hasText: t['myprogress.summary.notRemembered']! })
	).toBeVisible();
	// The name is still used on this page.
	await expect(page.locator('[data-learner]')).toContainText('李小明');
	await page.getByLabel(t['myprogress.summary.remember']!).uncheck();
	await expect(page.locator('[data-remember-status]')).toBeEmpty();
});
