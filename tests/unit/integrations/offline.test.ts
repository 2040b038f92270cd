import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildId } from '~/integrations/offline';
import { assetGraph, offlinePacks, packPages } from '~/integrations/offline-packs';

/** A tiny built site: one module with a lesson that embeds the loan-cost calculator, and the tools. */
const dist = mkdtempSync(join(tmpdir(), 'bw-offline-dist-'));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
};
const page = (body = '', assets = ['page.1.js', 'site.2.css']) =>
	`<html><head><title>T | S</title><link rel="icon" href="/favicon.svg">${assets
		.map((a) =>
			a.endsWith('.css')
				? `<link rel="stylesheet" href="/_astro/${a}">`
				: `<script src="/_astro/${a}"></script>`
		)
		.join('')}</head><body><main>${body}</main></body></html>`;

write('favicon.svg', '<svg/>');
write('_astro/page.1.js', 'import "./every.3.js"; const open = () => import("./bw-search.7.js");');
write('_astro/every.3.js', 'export const x = 1;');
write('_astro/site.2.css', 'p{}');
write('_astro/lazy.4.js', 'import("./calc.5.js"); const css = "/_astro/calc.6.css";');
write('_astro/calc.5.js', 'import "./every.3.js";');
write('_astro/calc.6.css', 'b{}');
write(
	'_astro/bw-search.7.js',
	'import{a}from"./every.3.js";class S{};customElements.define(`bw-search`,S);import(`./ui.8.js`);const c=`/_astro/search.9.css`,d=`/_astro/search-dialog.10.css`;'
);
write('_astro/ui.8.js', 'ui');
write('_astro/search.9.css', 'ui{}');
write('_astro/search-dialog.10.css', 'dialog{}');
for (const locale of ['en', 'zh-cn', 'zh-tw', 'es']) {
	for (const path of [
		'glossary/',
		'help/',
		'offline/',
		'tools/',
		'tools/loan-cost/',
		'tools/contact-log/',
		'borrowing/',
		'borrowing/check/',
	])
		write(`${locale}/${path}index.html`, page());
	write(
		`${locale}/borrowing/true-cost/index.html`,
		page(`<bw-loan-cost data-strings-src="/${locale}/tools/strings.json"></bw-loan-cost>`, [
			'page.1.js',
			'site.2.css',
			'lazy.4.js',
		])
	);
	write(`${locale}/tools/strings.json`, '{}');
	write(`${locale}/place/mx/borrowing/true-cost/index.html`, page());
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the offline copies of a build', () => {
	it('map what each build file loads, but not what the search dialog loads on opening', () => {
		const graph = assetGraph(dist);
		expect(graph['lazy.4.js']).toEqual(['calc.5.js', 'calc.6.css']);
		// The page's script loads the search element when asked; the element's chunk keeps its static
		// imports and the dialog's styles (it says offline that search needs a connection), not Pagefind's.
		expect(graph['page.1.js']).toEqual(['bw-search.7.js', 'every.3.js']);
		expect(graph['bw-search.7.js']).toEqual(['every.3.js', 'search-dialog.10.css']);
		expect(graph['site.2.css']).toEqual([]);
	});

	it('keep a module’s pages, the tools its lessons embed, the glossary, help and offline pages', () => {
		expect(packPages(dist, 'zh-tw', 'borrowing')).toEqual([
			'zh-tw/borrowing/',
			'zh-tw/borrowing/check/',
			'zh-tw/borrowing/true-cost/',
			'zh-tw/tools/loan-cost/',
			'zh-tw/glossary/',
			'zh-tw/help/',
			'zh-tw/offline/',
		]);
		expect(packPages(dist, 'en', 'tools')).toEqual([
			'en/tools/',
			'en/tools/contact-log/',
			'en/tools/loan-cost/',
			'en/glossary/',
			'en/help/',
			'en/offline/',
		]);
	});

	it('count every file once in a set’s size, and list its pages’ versions per place', () => {
		const packs = offlinePacks(dist, '/');
		const borrowing = packs.es['borrowing']!;
		// 7 pages, favicon, strings.json, and the build files: page, every, site, lazy, calc ×2, search
		// and its dialog's styles.
		expect(borrowing.files).toBe(7 + 2 + 8);
		expect(borrowing.places).toEqual({ mx: ['es/place/mx/borrowing/true-cost/'] });
		expect(borrowing.download).toBeGreaterThan(0);
		expect(borrowing.stored).toBeGreaterThan(0);
		// A module the build does not have is no set.
		expect(Object.keys(packs.en)).toEqual(['borrowing', 'tools']);
	});

	it('name a build by all its files, so any change gives a new worker', async () => {
		const before = await buildId(dist);
		expect(before).toMatch(/^[0-9a-f]{12}$/);
		write('sw.js', 'the worker itself does not count');
		expect(await buildId(dist)).toBe(before);
		write('en/help/index.html', page('changed'));
		expect(await buildId(dist)).not.toBe(before);
	});
});
