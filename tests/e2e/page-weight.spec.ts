import { readdirSync } from 'node:fs';
import { kb, measure, overBudget, pageType } from '../../scripts/bench/page-weight';
import { expect, test, visitTest } from './support/test';

// The embed view of every English and Simplified Chinese page that has one (embed pages are not in the sitemap).
const embeds = ['en', 'zh-cn'].flatMap((locale) =>
	readdirSync(new URL(`../../dist/embed/${locale}/`, import.meta.url), {
		recursive: true,
		encoding: 'utf8',
	})
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `embed/${locale}/${file.slice(0, -'index.html'.length)}`)
);

// Every sitemap page is weighed against the budget of its type on its one visit in baseline.spec.ts;
// the embed pages, not in the sitemap, here. The figures are printed for the record.
for (const path of embeds) {
	visitTest(`/${path} stays within its weight budget on first load`, async ({ page, watch }) => {
		const weight = await measure(page, path);
		expect(watch.consoleErrors, 'console errors').toEqual([]);
		const type = pageType(path);
		console.log(
			`${type.padEnd(6)} ${kb(weight.total).padStart(9)} all-in, ${kb(weight.js).padStart(8)} JS, ${kb(weight.css).padStart(7)} CSS  /${path}`
		);
		expect(overBudget(type, weight), 'over its budget').toEqual([]);
	});
}

// Each tool's own browser code (what its page loads beyond an ordinary content page), printed per tool.
test("each money tool's own JavaScript stays within 10 KB gzip", async ({ page }) => {
	const plain = await measure(page, 'en/tools/');
	const shared = new Set(plain.files.filter((f) => f.type === 'script').map((f) => f.url));
	const over: string[] = [];
	for (const tool of ['loan-cost', 'overdue-cost', 'budget', 'repayment-plan']) {
		const weight = await measure(page, `en/tools/${tool}/`);
		const own = weight.files.filter((f) => f.type === 'script' && !shared.has(f.url));
		const bytes = own.reduce((n, f) => n + f.bytes, 0);
		console.log(
			`${tool.padEnd(15)} ${kb(bytes).padStart(8)} JS of its own: ${own.map((f) => `${f.url.split('/').pop()} ${kb(f.bytes)}`).join(', ')}`
		);
		expect(own.length, `${tool} loads its own script`).toBeGreaterThan(0);
		if (bytes > 10 * 1024) over.push(`${tool}: ${kb(bytes)}`);
	}
	expect(over).toEqual([]);
});
