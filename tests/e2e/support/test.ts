import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type axe from 'axe-core';
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type CDPSession,
	type Page,
	type PlaywrightTestArgs,
	type PlaywrightTestOptions,
	type PlaywrightWorkerArgs,
	type PlaywrightWorkerOptions,
	type TestType,
} from '@playwright/test';
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

/** The page's layout shifts so far, summed as Chromium scores them for Core Web Vitals (CLS). */
export function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) =>
					resolve(
						list
							.getEntries()
							.reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0)
					)
				).observe({ type: 'layout-shift', buffered: true });
				// With no shift at all the observer is never called.
				setTimeout(() => resolve(0), 500);
			})
	);
}

declare global {
	interface Window {
		axe: typeof axe;
	}
}

/** axe-core's minified build, injected into pages: half the size of `axe.source` to send and parse. */
const axeScript = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** One axe violation as a line of a failure message. */
const describeViolation = (
	v: Pick<axe.Result, 'id' | 'help'> & { nodes: Pick<axe.NodeResult, 'target'>[] }
) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;

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

	/** CSP violations the page reported (collected by an init script, see `watchPage` below). */
	async cspViolations(): Promise<string[]> {
		return this.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
	}

	/**
	 * axe's WCAG rules on the page as it is now. `contrast: false` leaves out colour contrast, the
	 * costliest rule: for a translation of a page already checked, whose colours are the same CSS.
	 */
	async axe({ contrast = true }: { contrast?: boolean } = {}) {
		// Expressive Code's script makes a code block that scrolls sideways focusable (tabindex, for
		// keyboard scrolling) 250 ms after it is laid out, then when the page is idle: axe run before that
		// finds "scrollable-region-focusable" (seen once on /zh-tw/platforms/ on a fast machine). Wait
		// for it; a page whose script never does it still fails here, on the timeout.
		await this.page.waitForFunction(
			() =>
				[...document.querySelectorAll('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
				),
			undefined,
			{ timeout: 10_000 }
		);
		// A page without frames (every page of the site) gets axe-core injected and run directly: a
		// third of the time AxeBuilder takes, which injects it twice and opens a blank page to merge
		// results. A page with frames goes through AxeBuilder, which injects axe into each of them.
		// Both run every rule with every result type and differ only in how results travel back (the
		// faster `resultTypes: ['violations']` option makes axe 4.14 report false landmark-unique
		// violations on /zh-cn/platforms/ and the budget pages).
		if (this.page.frames().length > 1) {
			const results = await new AxeBuilder({ page: this.page })
				.withTags(wcagTags)
				.disableRules(contrast ? [] : ['color-contrast'])
				.setLegacyMode(true)
				.analyze();
			return results.violations.map(describeViolation);
		}
		// Injected unless the page opened with it (baseline's pages, see `visitTest`).
		if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(axeScript);
		const violations = await this.page.evaluate(
			async ({ values, contrast }) => {
				const results = await window.axe.run(document, {
					runOnly: { type: 'tag', values },
					rules: { 'color-contrast': { enabled: contrast } },
				});
				return results.violations.map(({ id, help, nodes }) => ({
					id,
					help,
					nodes: nodes.map(({ target }) => ({ target })),
				}));
			},
			{ values: wcagTags, contrast }
		);
		return violations.map(describeViolation);
	}

	/** Forgets what was seen, for a page that goes on to the next test. */
	reset(): void {
		for (const list of [this.consoleErrors, this.foreignRequests, this.storageWrites])
			list.length = 0;
	}

	/** The page behaved: nothing blocked, nothing logged, nothing sent elsewhere, and axe finds nothing. */
	async expectClean(options: { contrast?: boolean } = {}): Promise<void> {
		expect(await this.cspViolations(), 'CSP violations').toEqual([]);
		expect(this.consoleErrors, 'console errors').toEqual([]);
		expect(this.foreignRequests, 'requests to other hosts').toEqual([]);
		expect(await this.axe(options), 'axe violations').toEqual([]);
	}

	/** Storage writes of keys src/site/storage-keys.ts does not document (or documents for the other storage). */
	undocumentedWrites(): string[] {
		return this.storageWrites.filter((entry) => {
			const [storage, key] = [
				entry.slice(0, entry.indexOf(':')),
				entry.slice(entry.indexOf(':') + 1),
			];
			return (storageKeys as Record<string, { storage: string }>)[key]?.storage !== storage;
		});
	}
}

/**
 * Watches a page from its first navigation: anything leaving the local server is recorded (the browser
 * resolves no other host, see `launchOptions`, so a stray request fails at once instead of hanging a
 * test); CSP violations and storage writes are recorded.
 */
async function watchPage(page: Page): Promise<PageWatch> {
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
	await page.exposeFunction('__bwStorageWrite', (entry: string) => watch.storageWrites.push(entry));
	return watch;
}

/** A page in a browser context of its own (another device, say), watched like `page`. */
export interface FreshPage {
	page: Page;
	watch: PageWatch;
	close(): Promise<void>;
}

function expectDocumentedWrites(watch: PageWatch) {
	expect(
		watch.undocumentedWrites(),
		'storage keys written but not documented in src/site/storage-keys.ts'
	).toEqual([]);
}

/**
 * A test's page and what the test did to it. A test that leaves the page as cleaning up can restore
 * it hands it on to the next test of its worker: opening a browser context and a page starts a
 * renderer process, which cost about 1 CPU-second per test here against 0.56 for a visit in a page
 * already open, and most tests are one or two visits.
 */
interface Tab {
	/** The context options it was opened with (JSON): the next test reuses it only with the same. */
	key: string;
	context: BrowserContext;
	page: Page;
	watch: PageWatch;
	cdp: CDPSession;
	/**
	 * The test changed something cleaning up does not undo (the context, the viewport, emulated media,
	 * the clock, an exposed function…): the tab is closed after it, and the next test opens a new one.
	 */
	dirty: boolean;
	/** What the test added that cleaning up takes away: init scripts, listeners, routes. */
	undo: (() => unknown)[];
}

/** Page methods whose effect outlives the test's visits and is not undone: they retire the tab. */
const retiringPage = [
	'exposeFunction',
	'exposeBinding',
	'setViewportSize',
	'emulateMedia',
	'setExtraHTTPHeaders',
	'addLocatorHandler',
	'routeFromHAR',
	'routeWebSocket',
	'setDefaultTimeout',
	'setDefaultNavigationTimeout',
	'close',
];

/**
 * The same for the context. Playwright itself calls `page.context()` (to wait for a URL, say), so
 * what retires the tab is what a test does with the context, not reaching it.
 */
const retiringContext = [
	'addCookies',
	'addInitScript',
	'clearPermissions',
	'exposeBinding',
	'exposeFunction',
	'grantPermissions',
	'newCDPSession',
	'route',
	'routeFromHAR',
	'routeWebSocket',
	'setDefaultNavigationTimeout',
	'setDefaultTimeout',
	'setExtraHTTPHeaders',
	'setGeolocation',
	'setHTTPCredentials',
	'setOffline',
	'on',
	'once',
	'addListener',
	'prependListener',
	'close',
];

/** Makes each of `methods` of `target` mark the tab dirty before it runs. */
function retireOn(tab: Tab, target: object, methods: string[]): void {
	const object = target as Record<string, (...args: unknown[]) => unknown>;
	for (const name of methods) {
		const original = object[name]!.bind(object);
		object[name] = (...args) => {
			tab.dirty = true;
			return original(...args);
		};
	}
}

/** Watches what a test does to the tab's page, so that it can be undone or the tab retired. */
function track(tab: Tab): void {
	retireOn(tab, tab.page, retiringPage);
	retireOn(tab, tab.context, retiringContext);
	// A clock installed stays installed: reaching it, from the page or the context, retires the tab.
	for (const target of [tab.page, tab.context]) {
		const clock = target.clock;
		Object.defineProperty(target, 'clock', {
			get: () => {
				tab.dirty = true;
				return clock;
			},
		});
	}
	const page = tab.page as unknown as Record<string, (...args: unknown[]) => unknown>;
	const addInitScript = page['addInitScript']!.bind(page);
	page['addInitScript'] = async (...args) => {
		const added = (await addInitScript(...args)) as { dispose(): Promise<void> };
		tab.undo.push(() => added.dispose());
		return added;
	};
	for (const name of ['on', 'once', 'addListener', 'prependListener']) {
		const original = page[name]!.bind(page);
		page[name] = (event, listener) => {
			tab.undo.push(() => tab.page.removeListener(event as 'load', listener as () => void));
			original(event, listener);
			return tab.page;
		};
	}
	const route = page['route']!.bind(page);
	page['route'] = (...args) => {
		tab.undo.push(() => tab.page.unrouteAll({ behavior: 'ignoreErrors' }));
		return route(...args);
	};
}

async function openTab(browser: Browser, options: BrowserContextOptions): Promise<Tab> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const watch = await watchPage(page);
	const tab: Tab = {
		key: JSON.stringify(options),
		context,
		page,
		watch,
		cdp: await context.newCDPSession(page),
		// A service worker would outlive the test in its context (offline.spec.ts allows them).
		dirty: options.serviceWorkers !== 'block',
		undo: [],
	};
	track(tab);
	return tab;
}

/**
 * Makes the tab what a new one is: the test's init scripts, listeners and routes removed; the page
 * moved to a plain file of the site, so the last document unloads (writing what it writes as it is
 * left) and nothing of it runs on; its storage and the HTTP cache emptied. False when it cannot be
 * (the test retired it, opened another page, or the page would not leave).
 */
async function cleanTab(tab: Tab): Promise<boolean> {
	// A tab that is closed anyway needs nothing taken away.
	if (tab.dirty || tab.context.pages().length !== 1) return false;
	for (const undo of tab.undo.splice(0)) await undo();
	try {
		await tab.page.goto('robots.txt', { timeout: 10_000 });
		await tab.page.evaluate(async () => {
			localStorage.clear();
			sessionStorage.clear();
			for (const { name } of await indexedDB.databases())
				if (name)
					await new Promise((done) => {
						const request = indexedDB.deleteDatabase(name);
						request.onsuccess = request.onerror = request.onblocked = done;
					});
			for (const key of await caches.keys()) await caches.delete(key);
		});
		await tab.cdp.send('Network.clearBrowserCache');
		await tab.context.clearCookies();
		return true;
	} catch {
		return false;
	}
}

/**
 * Playwright's test, with the fixture it opens each test's context from: the options of the config,
 * the project and `test.use`, combined. It is not in the typings, so it is named here.
 */
const withContextOptions = base as unknown as TestType<
	PlaywrightTestArgs & PlaywrightTestOptions & { _combinedContextOptions: BrowserContextOptions },
	PlaywrightWorkerArgs & PlaywrightWorkerOptions
>;

export const test = withContextOptions.extend<
	{
		tab: Tab;
		watch: PageWatch;
		freshPage: (options?: BrowserContextOptions) => Promise<FreshPage>;
	},
	{ idleTab: { tab: Tab | undefined } }
>({
	// The tab the last test of this worker handed on, if any.
	idleTab: [
		// Playwright reads a fixture's dependencies from its first parameter: this one has none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const idle: { tab: Tab | undefined } = { tab: undefined };
			await use(idle);
			await idle.tab?.context.close();
		},
		{ scope: 'worker' },
	],
	tab: async ({ browser, idleTab, _combinedContextOptions: options }, use, testInfo) => {
		let tab = idleTab.tab;
		idleTab.tab = undefined;
		if (tab && tab.key !== JSON.stringify(options)) {
			await tab.context.close();
			tab = undefined;
		}
		tab ??= await openTab(browser, options);
		tab.watch.reset();
		await use(tab);
		const clean = testInfo.status === testInfo.expectedStatus && (await cleanTab(tab));
		expectDocumentedWrites(tab.watch);
		if (clean) idleTab.tab = tab;
		else await tab.context.close();
	},
	page: async ({ tab }, use) => {
		await use(tab.page);
	},
	context: async ({ tab }, use) => {
		await use(tab.context);
	},
	watch: async ({ tab }, use) => {
		await use(tab.watch);
	},
	// Opens pages in new contexts on the same server, each watched like `page`; closed after the test.
	freshPage: async ({ browser, contextOptions, baseURL }, use) => {
		const opened: { context: BrowserContext; watch: PageWatch }[] = [];
		await use(async (options = {}) => {
			const context = await browser.newContext({
				...contextOptions,
				...(baseURL ? { baseURL } : {}),
				...options,
			});
			const page = await context.newPage();
			const watch = await watchPage(page);
			opened.push({ context, watch });
			return { page, watch, close: () => context.close() };
		});
		for (const { context, watch } of opened) {
			await context.close();
			expectDocumentedWrites(watch);
		}
	},
});

/**
 * For specs that only visit a page and check it (baseline.spec.ts): one watched page per worker
 * instead of a new browser context per test, which is most of a short test's cost on a busy
 * machine. Each test still starts as a first visit:
 * - Every document the page opens starts with empty storage (an init script clears it before the
 *   page's own scripts run), so nothing the previous page wrote, even as it was left, is seen.
 * - No service worker is in charge: registration is blocked in this context, as it is on a first
 *   visit, where the worker registers only after the load (offline.spec.ts tests the worker).
 * - `measure` turns the HTTP cache off, so page weights are first-load weights.
 * - The one thing each document has that a reader's would not is `window.axe`, for the check; it
 *   loads nothing and the site's scripts do not read it.
 * The next test's visit replaces the page; it is not sent to `about:blank` in between, which made
 * Chromium start a new renderer twice per page and cost the baseline about a minute. A failed test
 * ends its worker, so its page is never reused.
 */
export const visitTest = base.extend<{ watch: PageWatch }, { visitor: PageWatch }>({
	visitor: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale } =
				workerInfo.project.use;
			const context = await browser.newContext({
				...(baseURL ? { baseURL } : {}),
				...(viewport !== undefined ? { viewport } : {}),
				...(userAgent ? { userAgent } : {}),
				...(deviceScaleFactor ? { deviceScaleFactor } : {}),
				...(isMobile !== undefined ? { isMobile } : {}),
				...(hasTouch !== undefined ? { hasTouch } : {}),
				...(locale ? { locale } : {}),
				serviceWorkers: 'block',
			});
			const page = await context.newPage();
			await page.addInitScript(() => {
				try {
					localStorage.clear();
					sessionStorage.clear();
				} catch {
					// A document without storage (about:blank, an opaque origin) has nothing to clear.
				}
			});
			// axe comes with each document, as a script the renderer has compiled before, instead of
			// being sent and compiled again after each load: the baseline took 193–216 s here instead
			// of 216–239 s, with the same weights printed for every page.
			await page.addInitScript({ content: axeScript });
			await use(await watchPage(page));
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ visitor }, use) => {
		await use(visitor.page);
	},
	watch: async ({ visitor }, use) => {
		visitor.reset();
		await use(visitor);
		expectDocumentedWrites(visitor);
		await visitor.page.context().clearCookies();
	},
});
