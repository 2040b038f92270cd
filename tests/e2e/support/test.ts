import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { storageKeys } from '../../../src/site/storage-keys';
import { locales, type Locale } from '../../../src/site/locales';

export { expect };

/** The WCAG tags axe checks on every page. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A locale's UI strings, as the site reads them. */
export function strings(locale: Locale): Record<string, string> {
	const file = new URL(`../../../content/i18n/${locales[locale].lang}.json`, import.meta.url);
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every page path in the built sitemap, relative to the site root (no leading slash). */
export function sitemapPaths(): string[] {
	const xml = readFileSync(new URL('../../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
		const { pathname } = new URL(loc!);
		const basePath = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
		return pathname.slice(basePath.length);
	});
}

/** Picks a language in the site's visible language menu, once the page's scripts have run. */
export async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
	// The menu navigates from its script; a choice made before the script runs would do nothing.
	await page.waitForLoadState('load');
	await page
		.locator('starlight-lang-select select')
		.filter({ visible: true })
		.selectOption({ label: locales[locale].label });
}

/** What a page did that it should not: errors in the console, requests to other hosts. */
export class PageWatch {
	readonly consoleErrors: string[] = [];
	readonly foreignRequests: string[] = [];
	/** Every storage write during the test, across navigations, as `local:key` or `session:key`. */
	readonly storageWrites: string[] = [];

	constructor(readonly page: Page) {
		page.on('console', (msg) => {
			if (msg.type() === 'error') this.consoleErrors.push(msg.text());
		});
		page.on('pageerror', (error) => this.consoleErrors.push(String(error)));
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.hostname !== '127.0.0.1') this.foreignRequests.push(request.url());
		});
	}

	/** CSP violations the page reported (collected by an init script, see `test` below). */
	async cspViolations(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
	}

	async axe() {
		const results = await new AxeBuilder({ page: this.page }).withTags(wcagTags).analyze();
		return results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
	}
}

export const test = base.extend<{ watch: PageWatch }>({
	// Automatic: every test that opens `page` is watched, whether or not it asks for `watch`.
	watch: [
		async ({ page }, use) => {
			// Anything leaving the local server is recorded and refused, so a stray request cannot hang a test.
			await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
			await page.addInitScript(() => {
				const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
				// Record every storage write so the test can fail on a key src/site/storage-keys.ts does not document.
				const record = (entry: string) =>
					(window as unknown as { __bwStorageWrite?: (entry: string) => void }).__bwStorageWrite?.(
						entry
					);
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					record(`${this === window.sessionStorage ? 'session' : 'local'}:${key}`);
					return setItem.call(this, key, value);
				};
				document.addEventListener('securitypolicyviolation', (e) =>
					seen.push(
						`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
					)
				);
			});
			const watch = new PageWatch(page);
			await page.exposeFunction('__bwStorageWrite', (entry: string) =>
				watch.storageWrites.push(entry)
			);
			await use(watch);
			const undocumented = watch.storageWrites.filter((entry) => {
				const [storage, key] = [
					entry.slice(0, entry.indexOf(':')),
					entry.slice(entry.indexOf(':') + 1),
				];
				return (storageKeys as Record<string, { storage: string }>)[key]?.storage !== storage;
			});
			expect(
				undocumented,
				'storage keys written but not documented in src/site/storage-keys.ts'
			).toEqual([]);
		},
		{ auto: true },
	],
});
