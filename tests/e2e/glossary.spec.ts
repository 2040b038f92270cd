import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { localeIds, modules } from '../../src/site/locales';
import { expect, test } from './support/test';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const terms = (locale: string) =>
	(
		yaml.load(
			readFileSync(new URL(`../../content/glossary/${locale}.yaml`, import.meta.url), 'utf8')
		) as { terms: { id: string }[] }
	).terms;

/** Every built lesson page of a locale, and its versions for other places, as HTML. */
function lessonPages(locale: string): { path: string; html: string }[] {
	const pages: { path: string; html: string }[] = [];
	const places = readdirSync(join(dist, locale, 'place'));
	for (const prefix of ['', ...places.map((place) => `place/${place}/`)]) {
		for (const module of modules) {
			const folder = join(dist, locale, prefix, module);
			if (!existsSync(folder)) continue;
			for (const slug of readdirSync(folder)) {
				if (slug === 'check' || slug === 'index.html') continue;
				pages.push({
					path: `${locale}/${prefix}${module}/${slug}/`,
					html: readFileSync(join(folder, slug, 'index.html'), 'utf8'),
				});
			}
		}
	}
	return pages;
}

test('every locale has the same glossary entries, by id', () => {
	const ids = (locale: string) =>
		terms(locale)
			.map((t) => t.id)
			.sort();
	for (const locale of localeIds) expect(ids(locale), locale).toEqual(ids('en'));
	expect(terms('en').length).toBeGreaterThanOrEqual(30);
});

for (const locale of localeIds) {
	test(`glossary links in ${locale} lessons point at entries, and every entry is linked from a lesson`, async ({
		page,
	}) => {
		await page.goto(`${locale}/glossary/`);
		const onPage = await page
			.locator('dl.glossary dt[id]')
			.evaluateAll((dts) => dts.map((dt) => dt.id));
		const used = new Set<string>();
		const broken: string[] = [];
		for (const { path, html } of lessonPages(locale)) {
			for (const [, href] of html.matchAll(/<a href="([^"]*)" class="glossary-link"/g)) {
				const [target, id = ''] = href!.split('#');
				if (!target!.endsWith(`/${locale}/glossary/`) || !onPage.includes(id))
					broken.push(`${path}: ${href}`);
				used.add(id);
			}
		}
		expect(broken).toEqual([]);
		expect(
			onPage.filter((id) => !used.has(id)),
			'glossary entries no lesson links to'
		).toEqual([]);
	});
}

test('the glossary and a module overview bring their own styles, which a lesson does not load', async ({
	page,
}) => {
	const rules = () =>
		page.evaluate(() =>
			[...document.styleSheets]
				.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
				.join('\n')
		);
	await page.goto('en/glossary/');
	await expect(page.locator('dl.glossary dt').first()).toHaveCSS('font-weight', '700');
	await expect(page.locator('.glossary-entry').first()).toHaveCSS('border-bottom-style', 'solid');
	await page.goto('en/borrowing/');
	await expect(page.locator('.module-lessons a').first()).toHaveCSS('font-weight', '600');
	await page.goto('en/borrowing/true-cost-of-a-loan/');
	const css = await rules();
	// The lesson's own glossary links are styled; the glossary's list and the overview's are not there.
	expect(css).toContain('a.glossary-link');
	expect(css).not.toContain('glossary-entry');
	expect(css).not.toContain('module-lessons-minutes');
});
