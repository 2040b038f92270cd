// Offline copies (src/features/offline/): the worker keeps what a reader opens and what they save, and
// serves it with no connection; a new build replaces all of it. Each test has its own server and
// origin (support/own-site.ts): "offline" is the context set offline and that server stopped.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Locale } from '../../src/site/locales';
import { offWorker } from '../../src/integrations/offline';
import { launchOptions } from './support/browser';
import { ownSite, type OwnSite } from './support/own-site';
import { expect, strings, test } from './support/test';
import { field, output, template } from './support/tools';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Paths (no origin, base included) of everything the worker keeps, over all its caches. */
const kept = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys())
			if (name.startsWith('bw-offline-'))
				for (const request of await (await caches.open(name)).keys())
					paths.push(new URL(request.url).pathname);
		return paths;
	});

const cacheNames = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('bw-offline-')));

/** Every kept page names only files that are kept too: nothing of one build with another's files. */
const unmatched = (page: Page) =>
	page.evaluate(async () => {
		const missing: string[] = [];
		for (const name of await caches.keys()) {
			if (!name.startsWith('bw-offline-')) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const stored = (await cache.match(request))!;
				if (!(stored.headers.get('content-type') ?? '').includes('text/html')) continue;
				const html = await stored.text();
				for (const [, path] of html.matchAll(/["'`](\/[^"'`]*_astro\/[\w.-]+\.(?:js|css))/g))
					if (!(await cache.match(new URL(path!, request.url).href)))
						missing.push(`${new URL(request.url).pathname} → ${path}`);
			}
		}
		return missing;
	});

/** The title of a locale's offline page, from its content file. */
const offlineTitle = (locale: Locale) =>
	/^title: (.+)$/m.exec(
		readFileSync(new URL(`../../content/docs/${locale}/offline.mdx`, import.meta.url), 'utf8')
	)![1]!;

/** Copies of the build a test made, removed after it whatever happened. */
const copies: string[] = [];

/**
 * A new build, made from this one: one lesson changed, loading its quiz from a file this build lacks,
 * and (with `newWorker`) a worker with another build name that knows that file. Hard links make the
 * copy in no time; a changed file is replaced, never written through.
 */
function newBuild(lessonPath: string, { newWorker }: { newWorker: boolean }) {
	const tmp = fileURLToPath(new URL('../.tmp/', import.meta.url));
	mkdirSync(tmp, { recursive: true });
	const copy = `${mkdtempSync(join(tmp, 'offline-new-build-'))}/`;
	copies.push(copy);
	execFileSync('cp', ['-al', `${dist}.`, copy]);
	const replace = (file: string, text: string) => {
		rmSync(file);
		writeFileSync(file, text);
	};
	const lessonFile = `${copy}${lessonPath}index.html`;
	const html = readFileSync(lessonFile, 'utf8');
	// The page's own script (the first the page loads), renamed to a file this build lacks.
	const quiz = /<script type="module" src="[^"]*_astro\/([\w.-]+\.js)"/.exec(html)![1]!;
	cpSync(`${copy}_astro/${quiz}`, `${copy}_astro/quiz-new.js`);
	replace(
		lessonFile,
		html.replaceAll(quiz, 'quiz-new.js').replace(/(<h1[^>]*>)([^<]+)/, '$1$2 (new build)')
	);
	const [first, ...rest] = readFileSync(`${copy}sw.js`, 'utf8').split('\n');
	const data = JSON.parse(first!.replace(/^const BW_OFFLINE = /, '').replace(/;$/, ''));
	if (newWorker) {
		data.build = `new${data.build}`;
		data.assets['quiz-new.js'] = data.assets[quiz];
		replace(`${copy}sw.js`, [`const BW_OFFLINE = ${JSON.stringify(data)};`, ...rest].join('\n'));
	}
	return { copy, build: data.build as string };
}

async function offline(context: BrowserContext, site: OwnSite) {
	await site.stop();
	await context.setOffline(true);
}

async function online(context: BrowserContext, site: OwnSite, copy?: string) {
	await site.start(copy);
	await context.setOffline(false);
}

let site: OwnSite;
// The other specs block the worker (tests/playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

test.beforeEach(async () => {
	site = await ownSite();
	await site.start();
});
test.afterEach(async () => {
	await site.stop();
	for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

test('zh-tw: a lesson opened before opens with no connection; a page never opened shows the offline page in Traditional Chinese', async ({
	page,
	context,
	watch,
}) => {
	const t = strings('zh-tw');
	const lesson = `${site.url}zh-tw/borrowing/how-online-lending-works/`;
	await page.goto(lesson);
	const title = await page.locator('h1').textContent();
	const base = new URL(site.url).pathname;
	await expect
		.poll(() => kept(page), { timeout: 30_000 })
		.toEqual(
			expect.arrayContaining([
				`${base}zh-tw/borrowing/how-online-lending-works/`,
				`${base}zh-tw/offline/`,
			])
		);
	await expect.poll(() => unmatched(page)).toEqual([]);
	// The quiz's code and styles, loaded only as a reader nears it, are kept too.
	expect((await kept(page)).some((path) => /\/_astro\/bw-quiz\.[\w-]+\.js$/.test(path))).toBe(true);
	expect((await kept(page)).some((path) => /\/_astro\/quiz\.[\w-]+\.css$/.test(path))).toBe(true);

	await offline(context, site);
	await page.reload();
	await expect(page.locator('h1')).toHaveText(title!);
	const line = page.getByRole('status').filter({ hasText: t['offline.line']! });
	await expect(line).toBeVisible();
	await expect(line.getByRole('link', { name: t['offline.seeSaved']! })).toHaveAttribute(
		'href',
		`${base}zh-tw/offline/`
	);
	await page.locator('bw-quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	// Answers are kept as always: progress lives in this browser, connection or not.
	const question = page
		.locator('bw-quiz [id^="q-"]')
		.filter({ has: page.locator('input[type="radio"]') })
		.first();
	await question.locator('input[type="radio"]').first().check();
	await question.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
	await expect(question.locator('.quiz-feedback')).not.toBeEmpty();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('bw:progress')))
		.toContain('how-online-lending-works');
	// Search is not kept: it says it needs a connection.
	await page.getByRole('button', { name: t['search.label']! }).first().click();
	await expect(page.getByText(t['offline.searchNeedsConnection']!)).toBeVisible();
	await page.keyboard.press('Escape');
	await watch.expectClean();

	await page.goto(`${site.url}zh-tw/rights/home-visits/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
	await expect(page.locator('h1')).toHaveText(offlineTitle('zh-tw'));
	await expect(page.getByRole('status').filter({ hasText: t['offline.notSaved']! })).toBeVisible();
	await expect(page.getByRole('heading', { name: t['offline.savedPages']! })).toBeVisible();
	await expect(
		page.getByRole('main').getByRole('link', { name: title!, exact: true })
	).toHaveAttribute('href', lesson);
	await expect(page.getByText(template(t['offline.total']!))).toBeVisible();
	await watch.expectClean();
});

test('es: "Save for offline" on a module keeps lessons never opened, its check and its tools; "Remove offline copy" frees the space', async ({
	page,
	context,
	watch,
}) => {
	const t = strings('es');
	const base = new URL(site.url).pathname;
	await page.goto(`${site.url}es/overdue/`);
	const box = page.locator('bw-offline-save');
	await expect(box).toContainText(template(t['offline.download']!));
	await box.getByRole('button', { name: t['offline.save']! }).click();
	await expect(box.getByRole('status')).toHaveText(template(t['offline.saved']!), {
		timeout: 60_000,
	});
	const size = /([\d.,]+)\s?(KB|MB)/.exec((await box.getByRole('status').textContent())!);
	expect(Number(size![1]!.replace(/[.,]/g, ''))).toBeGreaterThan(0);
	await expect(box.getByRole('button', { name: t['offline.remove']! })).toBeFocused();
	const paths = await kept(page);
	for (const page of [
		'overdue/credit-record/',
		'overdue/check/',
		'tools/overdue-cost/',
		'glossary/',
		'help/',
	])
		expect(paths, page).toContain(`${base}es/${page}`);
	expect(paths.some((path) => path.includes('/embed/') || path.includes('/pagefind/'))).toBe(false);
	await expect.poll(() => unmatched(page)).toEqual([]);

	await offline(context, site);
	await page.goto(`${site.url}es/overdue/credit-record/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('status').filter({ hasText: t['offline.line']! })).toBeVisible();
	await page.locator('bw-quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	await page.goto(`${site.url}es/overdue/check/`);
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	await page.goto(`${site.url}es/offline/`);
	await expect(page.getByRole('heading', { name: t['offline.savedModules']! })).toBeVisible();
	// The saved module, named in the reader's language, with the space it takes.
	await expect(page.locator('bw-offline-list ul').first().getByRole('listitem')).toHaveText(
		new RegExp(`^${t['module.overdue']} · [\\d.,]+ (KB|MB)$`)
	);
	await watch.expectClean();

	await online(context, site);
	await page.goto(`${site.url}es/overdue/`);
	await box.getByRole('button', { name: t['offline.remove']! }).click();
	await expect(box.getByRole('status')).toHaveText(template(t['offline.removed']!));
	await expect(box.getByRole('button', { name: t['offline.save']! })).toBeFocused();
	const left = await kept(page);
	expect(left).not.toContain(`${base}es/overdue/credit-record/`);
	expect(left).not.toContain(`${base}es/overdue/check/`);
	// The page open now is kept again as it is read; the offline page stays for what is not kept.
	expect(left).toContain(`${base}es/offline/`);
	await expect.poll(() => unmatched(page)).toEqual([]);
	await watch.expectClean();
});

test('en: after saving the tools, the loan-cost tool and the home-visit check work with no connection; another place says it needs one', async ({
	page,
	context,
	watch,
}) => {
	const t = strings('en');
	await page.goto(`${site.url}en/tools/`);
	const box = page.locator('bw-offline-save');
	await box.getByRole('button', { name: t['offline.save']! }).click();
	await expect(box.getByRole('status')).toHaveText(template(t['offline.saved']!), {
		timeout: 60_000,
	});

	await offline(context, site);
	await page.goto(
		`${site.url}en/tools/loan-cost/?amount=12000&months=12&method=flat&rate=0.75&per=month`
	);
	await expect(output(page, 'payment')).toHaveText('$1,090.00');
	await expect(output(page, 'apr')).toHaveText('16.2%');
	await field(page, t['tools.loan.amount']!).fill('6000');
	await expect(output(page, 'payment')).toHaveText('$545.00');

	await page.goto(`${site.url}en/tools/collection-check/`);
	await page.waitForLoadState('load');
	const check = (id: string) => page.locator(`input[value="${id}"]`).first();
	await check('public-shaming').check();
	await page.getByRole('button', { name: 'Next' }).click();
	await check('us').check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('.cc-result .cc-card')).toHaveAttribute(
		'data-card',
		'public-shaming.us'
	);
	await watch.expectClean();
	// Mexico's cards come from that place's version of the page, which was not saved: the check says
	// it could not load them and to check the connection (the failed request is the browser's to log).
	await page.getByRole('button', { name: 'Back' }).click();
	await check('mx').check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#cc-msg-place')).toHaveText(
		t['place.failed']!.replace('{{place}}', t['jurisdiction.mx']!)
	);
});

test('en: a new build is seen on the next visit online, and replaces every kept page and file (no mix of builds)', async ({
	page,
	context,
	watch,
}) => {
	test.setTimeout(180_000);
	const base = new URL(site.url).pathname;
	const lessonPath = 'en/rights/home-visits/';
	await page.goto(`${site.url}en/rights/`);
	await page
		.locator('bw-offline-save')
		.getByRole('button', { name: strings('en')['offline.save']! })
		.click();
	await expect(page.locator('bw-offline-save').getByRole('status')).toHaveText(
		template(strings('en')['offline.saved']!),
		{ timeout: 60_000 }
	);
	// A page opened lately, in no saved set: the new build fetches it again too.
	await page.goto(`${site.url}en/about/`);
	await expect.poll(() => kept(page), { timeout: 30_000 }).toContain(`${base}en/about/`);
	const [oldCache] = await cacheNames(page);
	expect(oldCache).toMatch(/^bw-offline-\w+$/);

	const { copy, build: fresh } = newBuild(lessonPath, { newWorker: true });
	await site.stop();
	await site.start(copy);
	await page.goto(`${site.url}${lessonPath}`);
	await expect(page.locator('h1')).toContainText('(new build)');
	await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toEqual([`bw-offline-${fresh}`]);
	const paths = await kept(page);
	expect(paths).toContain(`${base}_astro/quiz-new.js`);
	expect(paths).toContain(`${base}en/rights/check/`);
	expect(paths).toContain(`${base}en/about/`);
	expect(paths).toContain(`${base}__offline__/en/rights`);
	await expect.poll(() => unmatched(page)).toEqual([]);

	await offline(context, site);
	await page.reload();
	await expect(page.locator('h1')).toContainText('(new build)');
	await page.locator('bw-quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	await watch.expectClean();
});

test('en: a page of a newer build is never kept by the worker of the old one', async ({
	page,
	context,
	watch,
}) => {
	const lessonPath = 'en/rights/home-visits/';
	await page.goto(`${site.url}${lessonPath}`);
	const base = new URL(site.url).pathname;
	await expect.poll(() => kept(page), { timeout: 30_000 }).toContain(`${base}${lessonPath}`);
	// The host has a new page whose quiz file the old build lacks, but (here) still the old worker.
	const { copy } = newBuild(lessonPath, { newWorker: false });
	await site.stop();
	await site.start(copy);
	await page.goto(`${site.url}${lessonPath}`);
	await expect(page.locator('h1')).toContainText('(new build)');
	await page.locator('bw-quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	expect(await kept(page)).not.toContain(`${base}_astro/quiz-new.js`);
	await expect.poll(() => unmatched(page)).toEqual([]);

	// With no connection, the old build's page, whole, with its own quiz.
	await offline(context, site);
	await page.reload();
	await expect(page.locator('h1')).not.toContainText('(new build)');
	await page.locator('bw-quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	await watch.expectClean();
});

test('en: a build with offline copies turned off deletes them from a device that kept them', async ({
	page,
}) => {
	const lessonPath = 'en/budgeting/build-a-budget/';
	await page.goto(`${site.url}${lessonPath}`);
	const base = new URL(site.url).pathname;
	await expect.poll(() => kept(page), { timeout: 30_000 }).toContain(`${base}${lessonPath}`);
	// BW_OFFLINE=off: the build's sw.js is the worker that removes the copies.
	const { copy } = newBuild(lessonPath, { newWorker: false });
	rmSync(`${copy}sw.js`);
	writeFileSync(`${copy}sw.js`, await offWorker());
	await site.stop();
	await site.start(copy);
	await page.goto(`${site.url}${lessonPath}`);
	await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([]);
});

test('the embed view registers no worker and is never kept; Chrome finds the course installable', async ({
	page,
}) => {
	const lesson = 'en/borrowing/true-cost-of-a-loan/';
	await page.goto(`${site.url}embed/${lesson}`);
	await page.waitForLoadState('load');
	await page.waitForTimeout(1000);
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);

	await page.goto(`${site.url}zh-cn/${lesson.slice(3)}`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.goto(`${site.url}embed/${lesson}`);
	await page.waitForLoadState('load');
	await page.goto(`${site.url}zh-cn/${lesson.slice(3)}`);
	expect((await kept(page)).filter((path) => path.includes('/embed/'))).toEqual([]);

	// Chrome never offers to install from an incognito profile, which every test context is: the
	// installability check gets a profile of its own.
	const profile = mkdtempSync(join(tmpdir(), 'bw-install-'));
	const persistent = await chromium.launchPersistentContext(profile, launchOptions());
	try {
		const installed = persistent.pages()[0] ?? (await persistent.newPage());
		await installed.goto(`${site.url}zh-cn/${lesson.slice(3)}`);
		await installed.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await persistent.newCDPSession(installed);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.url).toBe(`${site.url}zh-cn/manifest.webmanifest`);
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await persistent.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
