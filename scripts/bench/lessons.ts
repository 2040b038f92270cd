// Every lesson's first-load weight beside the same lesson on a stock Starlight site (stock.ts), with
// the ratio, and each locale's median and heaviest lesson on both.
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../tests/e2e/support/browser.ts';
import { localeIds } from '../../src/site/locales.ts';
import { kb, measure, pageType, type PageWeight } from './page-weight.ts';
import { startServer } from './server.ts';
import { buildStock } from './stock.ts';

/** Lesson paths (`<locale>/<module>/<slug>/`) of a built site, sorted. */
export async function lessonPaths(dist: string): Promise<string[]> {
	const entries = await readdir(dist, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name === 'index.html')
		.map((e) => `${relative(dist, e.parentPath).replaceAll('\\', '/')}/`)
		.filter(
			(path) => localeIds.some((l) => path.startsWith(`${l}/`)) && pageType(path) === 'lesson'
		)
		.sort();
}

async function weigh(
	dist: string,
	port: number,
	paths: string[]
): Promise<Map<string, PageWeight>> {
	const server = await startServer(port, dist);
	const browser = await chromium.launch(launchOptions());
	const page = await browser.newPage({ baseURL: server.url });
	const out = new Map<string, PageWeight>();
	try {
		for (const path of paths) out.set(path, await measure(page, path));
	} finally {
		await browser.close();
		server.stop();
	}
	return out;
}

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const files = (w: PageWeight, type: string) => w.files.filter((f) => f.type === type).length;

/** Prints the per-lesson table and the per-locale summary for the site in `dist`. */
export async function lessonWeights(root: string, dist: string, port: number) {
	console.log('\n## Lessons against stock Starlight (gzip, first load, search UI not opened)\n');
	const paths = await lessonPaths(dist);
	const stockDir = await buildStock(root);
	try {
		const ours = await weigh(dist, port, paths);
		const stock = await weigh(join(stockDir, 'dist'), port + 1, paths);
		console.log(
			'| lesson | ours | JS (files) | CSS (files) | HTML | stock Starlight | JS (files) | CSS | HTML | ours ÷ stock |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
		);
		for (const path of paths) {
			const o = ours.get(path)!;
			const s = stock.get(path)!;
			console.log(
				`| /${path} | ${kb(o.total)} | ${kb(o.js)} (${files(o, 'script')}) | ${kb(o.css)} (${files(o, 'stylesheet')}) | ${kb(o.html)} | ${kb(s.total)} | ${kb(s.js)} (${files(s, 'script')}) | ${kb(s.css)} | ${kb(s.html)} | ${(o.total / s.total).toFixed(2)} |`
			);
		}
		console.log(
			'\n| locale | lessons | median | heaviest | stock median | stock heaviest | median ÷ stock median |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
		);
		for (const locale of [...localeIds, 'all']) {
			const mine = paths.filter((p) => locale === 'all' || p.startsWith(`${locale}/`));
			const o = mine.map((p) => ours.get(p)!.total);
			const s = mine.map((p) => stock.get(p)!.total);
			const heaviest = mine[o.indexOf(Math.max(...o))];
			console.log(
				`| ${locale} | ${mine.length} | ${kb(median(o))} | ${kb(Math.max(...o))} (/${heaviest}) | ${kb(median(s))} | ${kb(Math.max(...s))} | ${(median(o) / median(s)).toFixed(2)} |`
			);
		}
	} finally {
		await rm(stockDir, { recursive: true, force: true });
	}
}
