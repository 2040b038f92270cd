import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { inModule } from '../../src/site/locales.ts';

/** What one page costs on first load, gzip-compressed, as a server would send it. */
export interface PageWeight {
	path: string;
	total: number;
	js: number;
	css: number;
	html: number;
	other: number;
	files: { url: string; type: string; bytes: number }[];
}

export type PageType = 'lesson' | 'tool' | 'check' | 'page';

/** A page type's budget, in gzip bytes on first load (search UI not opened). */
interface Budget {
	total: number;
	js: number;
	/** Its CSS, where the page type has a limit of its own. */
	css?: number;
}

export const budgets: Record<PageType, Budget> = {
	// Lessons are what most readers open, on prepaid data (issue 18: 40 KB before; the heaviest now
	// weighs under 33 KB), and their CSS no more than 6 KB (9.8 KB before; now 5.8 KB, the quiz's
	// styles loading as the reader nears it).
	lesson: { total: 34 * 1024, js: 12 * 1024, css: 6 * 1024 },
	tool: { total: 50 * 1024, js: 12 * 1024 },
	// A module check is one long interactive quiz (20+ questions with their answers for readers without
	// JavaScript), so it is held to the interactive-page budget of the tools.
	check: { total: 50 * 1024, js: 12 * 1024 },
	page: { total: 40 * 1024, js: 12 * 1024 },
};

/** What a page of `type` weighing `weight` exceeds of its budget, as messages; empty when within it. */
export function overBudget(
	type: PageType,
	weight: Pick<PageWeight, 'total' | 'js'> & Partial<Pick<PageWeight, 'css'>>
): string[] {
	const budget = budgets[type];
	return [
		...(weight.total > budget.total
			? [`${type}: ${kb(weight.total)} all-in, over ${kb(budget.total)}`]
			: []),
		...(weight.js > budget.js
			? [`${type}: ${kb(weight.js)} of JavaScript, over ${kb(budget.js)}`]
			: []),
		...(budget.css !== undefined && (weight.css ?? 0) > budget.css
			? [`${type}: ${kb(weight.css!)} of CSS, over ${kb(budget.css)}`]
			: []),
	];
}

/** Lessons live in a module folder, beside its check; tools under tools/; everything else is a page. An embed page (`embed/<locale>/…`) is held to the budget of the page it shows. */
export function pageType(path: string): PageType {
	const parts = path.split('/').filter(Boolean);
	if (parts[0] === 'embed') parts.shift();
	if (parts[1] === 'tools' && parts.length > 2) return 'tool';
	if (parts.length === 3 && parts[2] === 'check') return 'check';
	if (inModule(parts.join('/'))) return 'lesson';
	return 'page';
}

/**
 * Loads a page in a fresh state and adds up every same-origin response, compressed; also returns the
 * page's own response. It waits for the load event, then until the page is quiet (see `settle`).
 */
export async function measure(
	page: Page,
	path: string
): Promise<PageWeight & { response: Response | null }> {
	const files: PageWeight['files'] = [];
	const pending: Promise<void>[] = [];
	const unread: string[] = [];
	const onResponse = (response: Response) => {
		pending.push(
			response
				.body()
				.then((body) => {
					const type = response.request().resourceType();
					files.push({
						url: new URL(response.url()).pathname,
						type,
						bytes: gzipSync(body, { level: 9 }).length,
					});
				})
				// A redirect has no body; any other response that cannot be read would make the total too low.
				.catch(() => {
					if (response.status() < 300 || response.status() >= 400) unread.push(response.url());
				})
		);
	};
	await withoutCache(page);
	const network = inFlight(page);
	page.on('response', onResponse);
	const response = await page.goto(path, { waitUntil: 'load' });
	await settle(page, network);
	await Promise.all(pending);
	page.off('response', onResponse);
	network.stop();
	if (unread.length) throw new Error(`Could not read the body of: ${unread.join(', ')}`);
	const sum = (types: string[]) =>
		files.filter((f) => types.includes(f.type)).reduce((n, f) => n + f.bytes, 0);
	const js = sum(['script']);
	const css = sum(['stylesheet']);
	const html = sum(['document']);
	const total = files.reduce((n, f) => n + f.bytes, 0);
	return { path, total, js, css, html, other: total - js - css - html, files, response };
}

const uncached = new WeakSet<Page>();

/** Turns the page's HTTP cache off (once per page), so every measure is a first load. */
async function withoutCache(page: Page) {
	if (uncached.has(page)) return;
	const session = await page.context().newCDPSession(page);
	await session.send('Network.enable');
	await session.send('Network.setCacheDisabled', { cacheDisabled: true });
	uncached.add(page);
}

/** Counts the page's requests still in flight, and every request started, until `stop()`. */
function inFlight(page: Page) {
	const state = { open: 0, started: 0 };
	const start = () => {
		state.open++;
		state.started++;
	};
	const end = () => state.open--;
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	return {
		state,
		stop() {
			page.off('request', start);
			page.off('requestfinished', end);
			page.off('requestfailed', end);
		},
	};
}

/**
 * Waits until the loaded page is quiet: its pending idle work has run (Expressive Code makes wide
 * code blocks focusable from an idle callback; axe checks that) and then no request has been in
 * flight, or started, for a short window. Playwright's `networkidle` waits 500 ms of silence on every
 * page, which cost the baseline over a minute; this waits only as long as the page is busy.
 * The window starts once the idle work has run: a request made before then (the browser asks for the
 * favicon just after the load event, on every page) is already counted, or still in flight, and
 * counting from before it sent every page round the loop twice.
 */
async function settle(page: Page, network: ReturnType<typeof inFlight>, quietMs = 150) {
	for (let round = 0; round < 40; round++) {
		await page.evaluate(
			() =>
				new Promise<void>((resolve) =>
					requestAnimationFrame(() =>
						requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), {
							timeout: 1000,
						})
					)
				)
		);
		if (network.state.open === 0) {
			const started = network.state.started;
			await page.waitForTimeout(quietMs);
			if (network.state.open === 0 && network.state.started === started) return;
		} else {
			await page.waitForTimeout(50);
		}
	}
	throw new Error(`The page did not settle: ${network.state.open} request(s) still open.`);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
