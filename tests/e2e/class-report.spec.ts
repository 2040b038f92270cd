import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeCompletion, type CodeQuiz } from '../../src/features/completion/code';
import { quizNumbers } from '../../src/features/completion/quiz-numbers';
import type { Locale } from '../../src/site/locales';
import { seedProgress, quizRecord } from './support/progress';
import { expect, strings, test } from './support/test';

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** The real export of the progress page, as a file's text. */
async function exported(page: Page, locale: Locale): Promise<string> {
	const t = strings(locale);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: t['myprogress.export']! }).click();
	return readFileSync((await (await downloading).path())!, 'utf8');
}

/** The CSV the report downloads, as rows of cells (it quotes every cell). */
async function csvOf(page: Page, locale: Locale): Promise<string[][]> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: strings(locale)['classreport.csv']! }).click();
	const text = readFileSync((await (await downloading).path())!, 'utf8');
	expect(text.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets').toBe(true);
	return text
		.slice(1)
		.trimEnd()
		.split('\r\n')
		.map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
}

const lessons = quizNumbers.slice(0, 5); // the borrowing module and its check

for (const locale of ['en', 'zh-cn'] as const) {
	test.describe(`${locale}: class report`, () => {
		const t = strings(locale);

		test('30 codes and 30 progress files make one table, and the CSV holds the same', async ({
			page,
			watch,
		}) => {
			// 30 files from the real export: each learner has passed the first (i % 5) + 1 lessons.
			await seedProgress(
				page,
				locale,
				Object.fromEntries(
					lessons.map((id) => [id, quizRecord(4, 5, true, '2026-12-01T12:00:00Z')])
				)
			);
			const file = JSON.parse(await exported(page, locale));
			const files = Array.from({ length: 30 }, (_, i) => {
				const quizzes = Object.fromEntries(
					Object.entries(file.progress.quizzes).slice(0, (i % 5) + 1)
				);
				const text = JSON.stringify({ ...file, progress: { ...file.progress, quizzes } });
				return {
					name: `file-${String(i).padStart(2, '0')}.json`,
					mimeType: 'application/json',
					buffer: Buffer.from(text),
				};
			});
			// 30 codes: learner i passed lesson i % 5 with i % 6 right of 6, on 3 December.
			const codes = Array.from({ length: 30 }, (_, i) => {
				const quiz: CodeQuiz = {
					id: lessons[i % 5]!,
					passed: i % 6 >= 4,
					correct: i % 6,
					total: 6,
					day: '2026-12-03',
				};
				return `Seat ${i}: ${encodeCompletion({ name: `code-${String(i).padStart(2, '0')}`, assignment: null, quizzes: [quiz] })}`;
			});
			await page.goto(`${locale}/educators/class-report/`);
			await page.getByLabel(t['classreport.codes']!).fill(codes.join('\n'));
			await page.getByLabel(t['classreport.files']!).setInputFiles(files);
			const status = page.locator('bw-class-report [data-status]');
			await expect(status).toHaveText(fill(t['classreport.read']!, { count: 60 }));
			await expect(page.locator('[data-problems]')).toBeHidden();
			const rows = page.locator('bw-class-report tbody tr');
			await expect(rows).toHaveCount(60);
			// Columns: the five lessons someone has, in course order, then the module total.
			await expect(page.locator('bw-class-report thead th[data-id]')).toHaveCount(5);
			const ana = rows.filter({
				has: page.getByRole('rowheader', { name: 'file-07', exact: true }),
			});
			await expect(ana.locator('td[data-passed="true"]')).toHaveCount(3);
			await expect(ana.locator('td').last()).toHaveText(
				fill(t['classreport.ofTotal']!, { passed: 3, total: 5 })
			);
			const code4 = rows.filter({
				has: page.getByRole('rowheader', { name: 'code-04', exact: true }),
			});
			await expect(code4.locator(`td[data-id="${lessons[4]}"]`)).toContainText('4/6');
			await expect(code4.locator(`td[data-id="${lessons[4]}"]`)).toHaveAttribute(
				'data-passed',
				'true'
			);
			// First lesson: every file passed it, and codes 0, 5, …, 25 have it: passed where i % 6 >= 4 (10 and 15... )
			const passedFirst = 30 + [0, 5, 10, 15, 20, 25].filter((i) => i % 6 >= 4).length;
			await expect(page.locator('bw-class-report tfoot td').first()).toHaveText(
				fill(t['classreport.ofTotal']!, { passed: passedFirst, total: 60 })
			);

			const csv = await csvOf(page, locale);
			expect(csv[0]).toEqual([
				t['classreport.learner'],
				t['classreport.csvFrom'],
				t['myprogress.summary.module'],
				t['myprogress.lesson'],
				t['classreport.csvId'],
				t['classreport.csvPassed'],
				t['classreport.csvCorrect'],
				t['classreport.csvTotal'],
				t['myprogress.date'],
			]);
			expect(csv).toHaveLength(1 + 60 * 5);
			const cells = (name: string, id: string) =>
				csv.find((row) => row[0] === name && row[4] === id);
			expect(cells('file-07', lessons[2]!)?.slice(5)).toEqual([
				t['classreport.yes'],
				'4',
				'5',
				expect.stringMatching(/^2026-12-0[12]$/),
			]);
			expect(cells('file-07', lessons[3]!)?.slice(5)).toEqual(['', '', '', '']);
			expect(cells('code-04', lessons[4]!)?.slice(1)).toEqual([
				'#5',
				expect.any(String),
				expect.any(String),
				lessons[4],
				t['classreport.yes'],
				'4',
				'6',
				'2026-12-03',
			]);
			expect(cells('code-03', lessons[3]!)?.[5]).toBe(t['classreport.no']);
			await watch.expectClean();

			// Against an assignment of the first two lessons: the 6 files with one lesson and all 30
			// codes (one lesson each) have not finished it.
			await page
				.getByLabel(t['classreport.assignment']!)
				.fill(`http://127.0.0.1/${locale}/progress/assignment/#v=1&l=${lessons[0]},${lessons[1]}`);
			await page.getByRole('button', { name: t['classreport.show']! }).click();
			await expect(page.locator('bw-class-report thead th[data-id]')).toHaveCount(2);
			await expect(page.locator('[data-unfinished] li')).toHaveCount(36);
			await expect(page.locator('[data-unfinished]')).toContainText(
				fill(t['classreport.notFinishedItem']!, { name: 'file-05', passed: 1, total: 2 })
			);
			// On paper: the report, without the form.
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('[data-form]')).toBeHidden();
			await expect(page.locator('bw-class-report table')).toBeVisible();
		});

		test('hostile lines and files each get their own message; the rest load', async ({
			page,
			watch,
		}) => {
			await seedProgress(page, locale, {
				[lessons[0]!]: quizRecord(5, 5, true, '2026-12-01T12:00:00Z'),
			});
			const real = await exported(page, locale);
			const good = encodeCompletion({
				name: '=HYPERLINK("https://evil.example","x")',
				assignment: null,
				quizzes: [{ id: lessons[0]!, passed: true, correct: 5, total: 5, day: '2026-12-01' }],
			});
			const typo = good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
			const lines = [good, 'just some words', typo, good.replace(/^BW1/, 'BW2'), good.slice(0, 20)];
			await page.goto(`${locale}/educators/class-report/`);
			await page.getByLabel(t['classreport.codes']!).fill(lines.join('\n'));
			await page.getByLabel(t['classreport.assignment']!).fill('https://example.com/#v=9');
			const json = (name: string, text: string) => ({
				name,
				mimeType: 'application/json',
				buffer: Buffer.from(text),
			});
			await page.getByLabel(t['classreport.files']!).setInputFiles([
				json('newer.json', real.replace('"version": 1', '"version": 5')),
				json('huge.json', `{"x":"${'a'.repeat(700_000)}"}`),
				json(
					'proto.json',
					JSON.stringify({
						...JSON.parse(real),
						progress: {
							version: 2,
							quizzes: JSON.parse('{"__proto__":{"polluted":1},"constructor":{}}'),
						},
					})
				),
				json('photo.json', 'not json at all'),
				json('ok.json', real),
			]);
			await expect(page.locator('bw-class-report [data-status]')).toHaveText(
				fill(t['classreport.read']!, { count: 2 })
			);
			const problem = (key: string) => t[`classreport.problem.${key}`]!;
			const expected = [
				t['classreport.badAssignment']!,
				fill(t['classreport.line']!, { line: 2, message: problem('notCode') }),
				fill(t['classreport.line']!, { line: 3, message: problem('checksum') }),
				fill(t['classreport.line']!, { line: 4, message: problem('newer') }),
				fill(t['classreport.line']!, { line: 5, message: problem('checksum') }),
				fill(t['classreport.file']!, { file: 'newer.json', message: problem('newer') }),
				fill(t['classreport.file']!, { file: 'huge.json', message: problem('tooLarge') }),
				fill(t['classreport.file']!, { file: 'proto.json', message: problem('empty') }),
				fill(t['classreport.file']!, { file: 'photo.json', message: problem('notJson') }),
			];
			await expect(page.locator('[data-problems] li')).toHaveText(expected);
			// The name is shown as text, and the CSV never lets a spreadsheet run it.
			await expect(
				page.getByRole('rowheader', { name: '=HYPERLINK("https://evil.example","x")' })
			).toBeVisible();
			await expect(page.locator('bw-class-report a')).toHaveCount(0);
			const csv = await csvOf(page, locale);
			expect(csv.slice(1).map((row) => row[0])).toContain(
				`'=HYPERLINK("https://evil.example","x")`
			);
			expect(
				await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])
			).toBeUndefined();
			await watch.expectClean();
		});

		test('a learner’s code from the assignment page shows who has not finished; kept only when asked', async ({
			page,
			watch,
			freshPage,
		}) => {
			const learner = await freshPage();
			await seedProgress(learner.page, locale, {
				[lessons[1]!]: quizRecord(5, 5, true, '2026-12-02T09:00:00Z'),
			});
			const hash = `#v=1&l=${lessons[1]},${lessons[2]}&t=Week+1`;
			await learner.page.goto(`${locale}/progress/assignment/${hash}`);
			const box = learner.page.locator('bw-completion-code');
			await box.getByRole('button', { name: t['completion.make']! }).click();
			await expect(box.locator('.completion-code-text')).toBeFocused();
			await box.getByLabel(t['completion.name']!).fill('Mei 陈');
			await box.getByLabel(t['completion.withName']!).check();
			const code = (await box.locator('[data-code]').textContent())!;
			expect(code).toMatch(/^BW1-/);
			await box.getByRole('button', { name: t['completion.qrShow']! }).click();
			await expect(box.getByRole('img', { name: t['completion.qrLabel']! })).toBeVisible();
			await expect(box.getByRole('button', { name: t['completion.qrHide']! })).toHaveAttribute(
				'aria-expanded',
				'true'
			);
			await learner.watch.expectClean();
			await learner.close();

			await page.goto(`${locale}/educators/class-report/`);
			await page.getByLabel(t['classreport.codes']!).fill(`${code}\n`);
			await page.getByRole('button', { name: t['classreport.show']! }).click();
			await expect(page.getByRole('rowheader', { name: 'Mei 陈' })).toBeVisible();
			await expect(page.locator('[data-assignment-note]')).toHaveText(t['classreport.fromCodes']!);
			await expect(page.locator('[data-unfinished] li')).toHaveText([
				fill(t['classreport.notFinishedItem']!, { name: 'Mei 陈', passed: 1, total: 2 }),
			]);
			await expect(page.locator('bw-class-report thead th[data-id]')).toHaveCount(2);
			expect(
				await page.evaluate(() => localStorage.getItem('bw:class-report')),
				'nothing kept unless asked'
			).toBeNull();
			await watch.expectClean();

			await page.getByLabel(t['classreport.keep']!).check();
			expect(
				JSON.parse((await page.evaluate(() => localStorage.getItem('bw:class-report')))!)
			).toMatchObject({ version: 1, codes: `${code}\n` });
			await page.reload();
			await expect(page.getByRole('rowheader', { name: 'Mei 陈' })).toBeVisible();
			await expect(page.getByLabel(t['classreport.keep']!)).toBeChecked();

			// A second tab adds Ben; this tab, which keeps the class too, gets him without losing Mei,
			// and keeps the line typed here but not yet shown.
			const ben = encodeCompletion({
				name: 'Ben',
				assignment: null,
				quizzes: [{ id: lessons[1]!, passed: true, correct: 6, total: 6, day: '2026-12-04' }],
			});
			const other = await page.context().newPage();
			await other.goto(`${locale}/educators/class-report/`);
			await expect(other.getByRole('rowheader', { name: 'Mei 陈' })).toBeVisible();
			const codes = page.getByLabel(t['classreport.codes']!);
			await codes.fill(`${code}\nnot shown yet`);
			await other.getByLabel(t['classreport.codes']!).fill(`${code}\n${ben}`);
			await other.getByRole('button', { name: t['classreport.show']! }).click();
			await expect(page.getByRole('rowheader', { name: 'Ben' })).toBeVisible();
			await expect(page.getByRole('rowheader', { name: 'Mei 陈' })).toBeVisible();
			await expect(codes).toHaveValue(`${code}\nnot shown yet\n${ben}`);
			await expect(page.locator('bw-class-report [data-status]')).toHaveText(
				t['classreport.otherTab']!
			);
			await other.close();

			await page.getByRole('button', { name: t['classreport.erase']! }).click();
			await expect(page.locator('bw-class-report [data-status]')).toHaveText(
				t['classreport.erased']!
			);
			await expect(page.locator('[data-report]')).toBeHidden();
			expect(await page.evaluate(() => localStorage.getItem('bw:class-report'))).toBeNull();
		});
	});
}

test('en: the completion summary’s code follows the name typed there and copies', async ({
	page,
	context,
}) => {
	const t = strings('en');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await seedProgress(page, 'en', { [lessons[0]!]: quizRecord(5, 5, true, '2026-12-01T12:00:00Z') });
	await page.goto('en/progress/summary/');
	const box = page.locator('bw-completion-code');
	await expect(box.locator('[data-ui]')).toBeHidden();
	await box.getByRole('button', { name: t['completion.make']! }).click();
	const code = box.locator('[data-code]');
	await expect(code).toHaveText(/^BW1-/);
	const withoutName = (await code.textContent())!;
	await page.getByLabel(t['myprogress.summary.name']!).fill('Ana');
	await expect(code).toHaveText(withoutName);
	await box.getByLabel(t['completion.withName']!).check();
	await expect(code).not.toHaveText(withoutName);
	await box.getByRole('button', { name: t['completion.copy']! }).click();
	await expect(box.locator('[data-status]')).toHaveText(t['completion.copied']!);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
});
