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

// Read from the built pages (what a reader is served) rather than visited: a browser adds nothing here.
for (const locale of localeIds) {
	test(`each ${locale} lesson cites its sources and ends in a quiz of 4–6 questions, for every place`, () => {
		const dist = new URL('../../dist/', import.meta.url);
		for (const lesson of lessons) {
			const places = readdirSync(new URL(`${locale}/place/`, dist)).filter((place) =>
				existsSync(new URL(`${locale}/place/${place}/${lesson}/index.html`, dist))
			);
			const versions = ['', ...places.map((place) => `place/${place}/`)];
			expect(versions.length, `${lesson}: versions for other places`).toBeGreaterThanOrEqual(4);
			for (const version of versions) {
				const where = `${locale}/${version}${lesson}`;
				const html = readFileSync(new URL(`${where}/index.html`, dist), 'utf8');
				// The sources of the rules shown (each place's are checked in tests/unit/place/content.test.ts).
				const footer = /<footer class="lesson-footer"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
				expect(footer.match(/<li\b/g)?.length ?? 0, `${where}: sources`).toBeGreaterThanOrEqual(1);
				const questions = html.match(/class="quiz-question"/g)?.length ?? 0;
				expect(questions, `${where}: quiz questions`).toBeGreaterThanOrEqual(4);
				expect(questions, `${where}: quiz questions`).toBeLessThanOrEqual(6);
			}
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
