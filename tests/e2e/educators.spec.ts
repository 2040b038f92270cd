import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Question } from '../../src/features/quiz/schema';
import { locales, type Locale, type ModuleId } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

interface LessonData {
	title: string;
	kind: string;
	order: number;
	minutes: number;
	objectives: string[];
	quiz: Question[];
}

/** A module's lessons as their frontmatter says, in order: the data every educator page is built from. */
function lessons(locale: Locale, module: ModuleId): { slug: string; data: LessonData }[] {
	const dir = new URL(`../../content/docs/${locale}/${module}/`, import.meta.url);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({
			slug: f.replace(/\.mdx$/, ''),
			data: yaml.load(readFileSync(new URL(f, dir), 'utf8').split(/^---$/m)[1]!) as LessonData,
		}))
		.filter((l) => l.data.kind === 'lesson')
		.sort((a, b) => a.data.order - b.data.order);
}

/** The right answers of a question as an answer key prints them. */
function rightAnswers(q: Question, t: Record<string, string>): string[] {
	if (q.type === 'true-false') return [t[q.answer ? 'quiz.true' : 'quiz.false']!];
	if (q.type === 'ordering') return q.steps.map((s) => s.text);
	if (q.type === 'numeric') return [];
	return q.options.filter((o) => o.correct).map((o) => o.text);
}

// GIFT-escaped HTML text, written out here again so the test does not trust src/features/educators/gift.ts.
const gift = (text: string) =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
const html = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the GIFT export of a module has every question of its lessons, with the right answers marked', async ({
	request,
}) => {
	const response = await request.get('en/educators/export/borrowing.gift.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	const file = await response.text();
	expect(file).toContain('$CATEGORY: Borrow Wisely/borrowing');
	const blocks = file.split(/\n\s*\n/).filter((b) => b.includes('::'));
	const all = lessons('en', 'borrowing').flatMap((l) =>
		l.data.quiz.map((q) => ({ slug: l.slug, q }))
	);
	expect(all.length).toBeGreaterThan(15);
	expect(blocks).toHaveLength(all.length);
	for (const { slug, q } of all) {
		const block = blocks.find((b) => b.includes(`::${slug}/${q.id}::`));
		expect(block, `${slug}/${q.id}`).toBeDefined();
		const enc = (text: string) => gift(html(text));
		switch (q.type) {
			case 'single':
			case 'scenario':
				for (const o of q.options)
					expect(block).toContain(`\t${o.correct ? '=' : '~'}${enc(o.text)}#${enc(o.feedback)}\n`);
				expect(block!.match(/\n\t=/g)).toHaveLength(1);
				break;
			case 'multiple':
				for (const o of q.options)
					expect(block).toMatch(
						new RegExp(`\\t~%${o.correct ? '[0-9.]+' : '-100'}%${escapeRegExp(enc(o.text))}#`)
					);
				expect(block).not.toMatch(/\n\t=/);
				break;
			case 'true-false':
				expect(block).toContain(
					`{${q.answer ? 'TRUE' : 'FALSE'}#${enc(q.feedback.wrong)}#${enc(q.feedback.right)}`
				);
				break;
			case 'numeric':
				expect(block).toContain(`=%100%${q.answer}:${q.tolerance}#${enc(q.feedback.right)}`);
				break;
			case 'ordering':
				q.steps.forEach((s, i) => expect(block).toContain(`\t=${enc(s.text)} -> ${i + 1}\n`));
				break;
		}
		expect(block).toContain(`####${enc(q.explanation)}`);
	}
});

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const locale of ['en', 'zh-cn'] as const) {
	test(`the ${locale} answer key lists every question of the module with its right answer`, async ({
		page,
	}) => {
		const t = strings(locale);
		await page.goto(`${locale}/educators/rights-answers/`);
		const all = lessons(locale, 'rights').flatMap((l) =>
			l.data.quiz.map((q) => ({ slug: l.slug, q }))
		);
		const items = page.locator('.key-question');
		await expect(items).toHaveCount(all.length);
		for (const [index, { slug, q }] of all.entries()) {
			const item = items.nth(index);
			await expect(item).toHaveAttribute('data-question-id', q.id);
			await expect(item.locator('.key-prompt')).toHaveText(q.prompt);
			await expect(
				item.getByRole('link', { name: t['educators.key.openInLesson']! })
			).toHaveAttribute('href', `/${locale}/rights/${slug}/#q-${q.id}`);
			if (q.type === 'numeric')
				await expect(item.locator('[data-answer]')).toContainText(
					new Intl.NumberFormat(locales[locale].lang).format(q.answer)
				);
			else await expect(item.locator('[data-answer]')).toHaveText(rightAnswers(q, t));
			await expect(item.locator('.key-explanation')).toContainText(q.explanation);
		}
		// The deep link leads to the live question.
		const first = all[0]!;
		await page.goto(`${locale}/rights/${first.slug}/#q-${first.q.id}`);
		await expect(page.locator(`#q-${first.q.id}`)).toHaveCount(1);
	});
}

test('a handout prints without the site around it, with every jurisdiction and the quiz as questions', async ({
	page,
}) => {
	const lesson = lessons('en', 'borrowing').find((l) => l.slug === 'true-cost-of-a-loan')!;
	await page.goto('en/educators/handouts/borrowing/true-cost-of-a-loan/');
	await expect(
		page.getByRole('button', { name: strings('en')['educators.handout.print']! })
	).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('nav.sidebar')).toBeHidden();
	await expect(page.locator('.page > header')).toBeHidden();
	await expect(page.locator('.handout-controls')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(lesson.data.title);
	// The rules by place print under the name of the place they are for; the menu of others does not.
	await expect(page.locator('.handout .place-rules').first()).toBeVisible();
	await expect(page.locator('.handout .place-picker summary').first()).toContainText(
		strings('en')['jurisdiction.us']!
	);
	await expect(page.locator('.handout .place-picker li').first()).toBeHidden();
	// The calculator gives way to the address of its page.
	await expect(page.locator('.handout bw-loan-cost')).toBeHidden();
	await expect(page.locator('.handout-tool a')).toHaveText(
		/^http:\/\/127\.0\.0\.1:\d+\/en\/tools\/loan-cost\/$/
	);
	// The quiz, numbered, with every option and an empty box, and no answers.
	const questions = page.locator('.handout-question');
	await expect(questions).toHaveCount(lesson.data.quiz.length);
	for (const [i, q] of lesson.data.quiz.entries()) {
		await expect(questions.nth(i)).toBeVisible();
		await expect(questions.nth(i).locator('.handout-prompt')).toHaveText(q.prompt);
		if ('options' in q) await expect(questions.nth(i).locator('li')).toHaveCount(q.options.length);
	}
	await expect(page.locator('.handout-key')).toBeHidden();
	// Links print their full address after the text.
	const glossary = page.locator('.handout a[href*="/glossary/"]').first();
	expect(await glossary.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(
		'http://127.0.0.1'
	);
});

test('the answer-key box shows and hides the key on a handout, on screen and in print', async ({
	page,
}) => {
	await page.goto('en/educators/handouts/overdue/first-days-overdue/');
	const key = page.locator('.handout-key');
	const box = page.getByRole('checkbox', { name: strings('en')['educators.handout.includeKey']! });
	await expect(box).not.toBeChecked();
	await expect(key).toBeHidden();
	await box.check();
	await expect(key).toBeVisible();
	const quiz = lessons('en', 'overdue').find((l) => l.slug === 'first-days-overdue')!.data.quiz;
	await expect(key.locator('li[data-question-id]')).toHaveCount(quiz.length);
	await page.emulateMedia({ media: 'print' });
	await expect(key).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await box.uncheck();
	await expect(key).toBeHidden();
});

for (const locale of ['en', 'zh-cn'] as const) {
	test(`the ${locale} lesson plan shows each lesson's objectives, the timing and working links to its materials`, async ({
		page,
		request,
	}) => {
		const t = strings(locale);
		const module = 'budgeting';
		const data = lessons(locale, module);
		await page.goto(`${locale}/educators/${module}/`);
		await expect(page.locator('nav.sidebar')).toContainText(t['educators.group']!);
		const objectives = page.locator('.plan-objectives > li');
		await expect(objectives).toHaveCount(data.length);
		for (const [i, lesson] of data.entries()) {
			await expect(objectives.nth(i).getByRole('link')).toHaveText(lesson.data.title);
			await expect(objectives.nth(i).locator('li')).toHaveText(lesson.data.objectives);
		}
		const before = data.reduce((n, l) => n + l.data.minutes, 0);
		await expect(page.locator('[data-total="before"]')).toHaveText(String(before));
		const during = Number(await page.locator('[data-total="during"]').textContent());
		expect(during).toBeGreaterThanOrEqual(45);
		expect(during).toBeLessThanOrEqual(60);
		const links = page.locator('.plan-materials a');
		await expect(links).toHaveCount(data.length + 3);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			expect((await request.get(href.slice(1))).status(), href).toBe(200);
		}
		await expect(page.locator('.plan-materials a[data-gift]')).toHaveAttribute(
			'href',
			`/${locale}/educators/export/${module}.gift.txt`
		);
	});
}
