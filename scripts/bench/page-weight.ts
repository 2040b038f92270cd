import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { modules } from '../../src/site/locales.ts';

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

/** Budgets per page type, in gzip bytes on first load (search UI not opened). */
export const budgets = {
	lesson: { total: 40 * 1024, js: 12 * 1024 },
	tool: { total: 50 * 1024, js: 12 * 1024 },
	// A module check is one long interactive quiz (20+ questions with their answers for readers without
	// JavaScript), so it is held to the interactive-page budget of the tools.
	check: { total: 50 * 1024, js: 12 * 1024 },
	page: { total: 40 * 1024, js: 12 * 1024 },
} as const;

export type PageType = keyof typeof budgets;

/** Lessons live in a module folder, beside its check; tools under tools/; everything else is a page. An embed page (`embed/<locale>/…`) is held to the budget of the page it shows. */
export function pageType(path: string): PageType {
	const parts = path.split('/').filter(Boolean);
	if (parts[0] === 'embed') parts.shift();
	if (parts[1] === 'tools' && parts.length > 2) return 'tool';
	if (parts.length === 3 && parts[2] === 'check') return 'check';
	if (parts.length === 3 && (modules as readonly string[]).includes(parts[1]!)) return 'lesson';
	return 'page';
}

/** Loads a page in a fresh state and adds up every same-origin response, compressed; also returns the page's own response. */
export async function measure(
	page: Page,
	path: string
): Promise<PageWeight & { response: Response | null }> {
	const files: PageWeight['files'] = [];
	const pending: Promise<void>[] = [];
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
				.catch(() => undefined)
		);
	};
	page.on('response', onResponse);
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	page.off('response', onResponse);
	const sum = (types: string[]) =>
		files.filter((f) => types.includes(f.type)).reduce((n, f) => n + f.bytes, 0);
	const js = sum(['script']);
	const css = sum(['stylesheet']);
	const html = sum(['document']);
	const total = files.reduce((n, f) => n + f.bytes, 0);
	return { path, total, js, css, html, other: total - js - css - html, files, response };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
