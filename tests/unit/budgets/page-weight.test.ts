import { describe, expect, it } from 'vitest';
import { budgets, overBudget, pageType } from '../../../scripts/bench/page-weight';
import { localeIds, modules } from '../../../src/site/locales';

describe('the lesson budget', () => {
	it('is 34 KB all-in, below the 40 KB of other pages', () => {
		expect(budgets.lesson.total).toBe(34 * 1024);
		expect(budgets.lesson.total).toBeLessThan(budgets.page.total);
	});

	it('applies to every lesson of every locale, and to its embed view', () => {
		for (const locale of localeIds)
			for (const module of modules) {
				expect(pageType(`${locale}/${module}/some-lesson/`)).toBe('lesson');
				expect(pageType(`embed/${locale}/${module}/some-lesson/`)).toBe('lesson');
				expect(pageType(`${locale}/${module}/`)).toBe('page');
				expect(pageType(`${locale}/${module}/check/`)).toBe('check');
			}
	});

	it('fails a lesson that gains a 2 KB block', () => {
		// A lesson 1 KB under the gate, as the heaviest one is, passes; with 2 KB more it does not.
		const lesson = { total: budgets.lesson.total - 1024, js: 3 * 1024 };
		expect(overBudget('lesson', lesson)).toEqual([]);
		const heavier = { ...lesson, total: lesson.total + 2 * 1024 };
		expect(overBudget('lesson', heavier)).toEqual(['lesson: 35.0 KB all-in, over 34.0 KB']);
		// The same weight is within the budget of an ordinary page: the gate is the lesson's own.
		expect(overBudget('page', heavier)).toEqual([]);
	});

	it("fails a lesson whose CSS is over 6 KB, a limit other pages don't have", () => {
		const lesson = { total: 28 * 1024, js: 4 * 1024, css: 6 * 1024 };
		expect(overBudget('lesson', lesson)).toEqual([]);
		const heavier = { ...lesson, css: lesson.css + 512 };
		expect(overBudget('lesson', heavier)).toEqual(['lesson: 6.5 KB of CSS, over 6.0 KB']);
		expect(overBudget('page', heavier)).toEqual([]);
	});

	it('fails a page whose JavaScript is over its budget', () => {
		expect(overBudget('lesson', { total: 20 * 1024, js: 13 * 1024 })).toEqual([
			'lesson: 13.0 KB of JavaScript, over 12.0 KB',
		]);
	});
});
