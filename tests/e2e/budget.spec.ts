import { budgets, kb, measure, pageType } from '../bench/page-weight';
import { expect, sitemapPaths, test } from './test';

// Every page, against the budget of its type; the figures are printed for the record.
const paths = sitemapPaths().filter((p) => p !== '');

test('every page stays within its weight budget on first load', async ({ page }) => {
	test.setTimeout(120_000);
	const over: string[] = [];
	for (const path of paths) {
		const weight = await measure(page, path);
		const type = pageType(path);
		const budget = budgets[type];
		console.log(`${type.padEnd(6)} ${kb(weight.total).padStart(9)} all-in, ${kb(weight.js).padStart(8)} JS  /${path}`);
		if (weight.total > budget.total) over.push(`/${path}: ${kb(weight.total)} > ${kb(budget.total)} all-in`);
		if (weight.js > budget.js) over.push(`/${path}: ${kb(weight.js)} > ${kb(budget.js)} of JavaScript`);
	}
	expect(over).toEqual([]);
});
