import { localeIds } from '../../src/site/locales';
import { search } from './support/pagefind';
import { searchQueries } from './support/search-queries';
import { expect, strings, test } from './support/test';

for (const locale of localeIds) {
	test(`search in ${locale} finds the right lesson in the top 3`, async ({ page }) => {
		await page.goto(`${locale}/`);
		const cases = searchQueries[locale];
		expect(cases.length, 'at least 15 real queries per locale').toBeGreaterThanOrEqual(15);
		const hits = await search(
			page,
			cases.map((c) => c.query)
		);
		// A place's rules are found on the lesson's version for that place (/<locale>/place/<id>/<lesson>/).
		const lessonOf = (url: string) => url.replace(/\/place\/[a-z]+\//, '/');
		const misses = cases
			.filter(
				(c) => !hits[c.query]!.some((h) => lessonOf(h.url).endsWith(`/${locale}/${c.lesson}/`))
			)
			.map(
				(c) =>
					`${c.kind} "${c.query}" → wanted ${c.lesson}, got ${hits[c.query]!.map((h) => h.url).join(', ') || 'nothing'}`
			);
		expect(misses).toEqual([]);
		// Each locale searches its own language only.
		const urls = Object.values(hits)
			.flat()
			.map((h) => h.url);
		expect(urls.every((u) => u.includes(`/${locale}/`))).toBe(true);
	});

	test(`search in ${locale} indexes lessons without their boilerplate`, async ({ page }) => {
		await page.goto(`${locale}/`);
		const t = strings(locale);
		// Ranking is tested above; here, the lesson's own page among the pages of its module.
		const hits = await search(page, [t['module.borrowing']!], 30);
		const lesson = Object.values(hits)
			.flat()
			.find((h) => h.url.endsWith(`/${locale}/borrowing/true-cost-of-a-loan/`));
		expect(lesson, 'the lesson is found by its module name').toBeDefined();
		expect(lesson!.filters[t['search.moduleFilter']!]).toEqual([t['module.borrowing']]);
		expect(lesson!.content).not.toContain(t['lesson.notLegalAdvice']!);
		expect(lesson!.content).not.toContain(t['lesson.sources']!);
	});
}
