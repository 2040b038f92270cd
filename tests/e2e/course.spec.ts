import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { localeIds } from '../../src/site/locales';
import { expect, test } from './support/test';

/** The course as the curriculum fixes it: every module's lessons, by slug, in order. */
const course = {
	borrowing: [
		'how-online-lending-works',
		'true-cost-of-a-loan',
		'reading-a-loan-contract',
		'before-you-borrow',
	],
	overdue: ['first-days-overdue', 'credit-record', 'collection-and-court', 'debt-relief-scams'],
	rights: [
		'what-collectors-may-not-do',
		'home-visits',
		'contacts-and-privacy',
		'record-and-complain',
	],
	budgeting: ['build-a-budget', 'prioritise-debts', 'negotiate-a-plan', 'avoid-the-debt-trap'],
};
const lessons = Object.entries(course).flatMap(([module, slugs]) =>
	slugs.map((slug) => `${module}/${slug}`)
);

/** A locale's real pages, from its source files: a fallback page has none. */
const source = (locale: string, page: string) =>
	new URL(`../../content/docs/${locale}/${page}.mdx`, import.meta.url);

test('every lesson of the course, and the course pages, exist as real pages in every locale, in order', () => {
	expect(lessons).toHaveLength(16);
	for (const locale of localeIds) {
		for (const page of [
			...lessons,
			'index',
			'glossary',
			'about',
			'privacy',
			...Object.keys(course).map((m) => `${m}/check`),
		]) {
			expect(existsSync(source(locale, page)), `content/docs/${locale}/${page}.mdx`).toBe(true);
		}
		const feed = JSON.parse(
			readFileSync(new URL(`../../dist/api/lessons.${locale}.json`, import.meta.url), 'utf8')
		) as { lessons: { id: string }[] };
		expect(
			feed.lessons.map((l) => l.id),
			`${locale} lessons in course order`
		).toEqual(lessons);
	}
});

for (const locale of ['en', 'zh-cn'] as const) {
	test(`each ${locale} lesson cites its sources and ends in a quiz of 4–6 questions`, async ({
		page,
	}) => {
		for (const lesson of lessons) {
			await page.goto(`${locale}/${lesson}/`);
			// The sources of the rules shown (each place's are checked in tests/unit/place/content.test.ts).
			expect(
				await page.locator('.lesson-footer li').count(),
				`${lesson}: sources`
			).toBeGreaterThanOrEqual(1);
			const questions = await page.locator('bw-quiz .quiz-question').count();
			expect(questions, `${lesson}: quiz questions`).toBeGreaterThanOrEqual(4);
			expect(questions, `${lesson}: quiz questions`).toBeLessThanOrEqual(6);
		}
	});
}

test('every English page has a real translation in every locale (no fallback pages)', () => {
	const english = readdirSync(new URL('../../content/docs/en/', import.meta.url), {
		recursive: true,
		encoding: 'utf8',
	}).filter((f) => /\.mdx?$/.test(f));
	expect(english.length).toBeGreaterThan(30);
	const missing = localeIds.flatMap((locale) =>
		english
			.filter((f) => !existsSync(new URL(`../../content/docs/${locale}/${f}`, import.meta.url)))
			.map((f) => `${locale}/${f}`)
	);
	expect(missing).toEqual([]);
});
