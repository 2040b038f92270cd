import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localeIds, type Locale } from '../../src/site/locales';
import { embedSegment } from '../../src/features/embed/embed';
import { headersFor, parseHeaderRules, requestPaths } from './support/header-rules';
import { expect, sitemapPaths, strings, test } from './support/test';

// The embed view (src/features/embed/embed.ts): /embed/<locale>/<slug>/ for every lesson and tool page.
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
const dist = new URL('../../dist/', import.meta.url);
const lesson = 'borrowing/true-cost-of-a-loan';
const tool = 'tools/loan-cost';
/** The attributes README and the platforms page recommend for an iframe. */
const sandbox =
	'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox';

/** Every page the build wrote under a folder of dist/, as site paths (`en/tools/loan-cost/`). */
function builtPages(folder: string): string[] {
	const root = new URL(folder, dist);
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `${folder}${file.slice(0, -'index.html'.length)}`);
}

/** The quiz's code loads as the reader nears it. */
async function quizReady(page: Page) {
	const quiz = page.locator('bw-quiz').first();
	await quiz.scrollIntoViewIfNeeded();
	await expect(quiz).toHaveAttribute('data-ready', '');
}

test('every lesson and tool page has an embed page, kept out of the sitemap, and nothing else does', () => {
	const sitemap = sitemapPaths();
	expect(sitemap.filter((p) => p.startsWith('embed/'))).toEqual([]);
	for (const locale of localeIds) {
		const feed = JSON.parse(readFileSync(new URL(`api/lessons.${locale}.json`, dist), 'utf8')) as {
			lessons: { id: string }[];
		};
		const tools = builtPages(`${locale}/tools/`).filter((p) => p !== `${locale}/tools/`);
		expect(feed.lessons.length).toBeGreaterThan(10);
		expect(tools.length).toBeGreaterThanOrEqual(4);
		const expected = [...feed.lessons.map((l) => `${locale}/${l.id}/`), ...tools]
			.map((p) => `embed/${p}`)
			.sort();
		expect(builtPages(`embed/${locale}/`).sort()).toEqual(expected);
	}
});

test('only embed pages may be framed: no path gets a header from two rules, and every page is covered', () => {
	const rules = parseHeaderRules(readFileSync(new URL('_headers', dist), 'utf8'));
	const embeds = localeIds.flatMap((locale) => builtPages(`embed/${locale}/`));
	const pages = sitemapPaths();
	const assets = [
		'_astro/',
		'pagefind/pagefind.js',
		'api/lessons.en.json',
		'favicon.svg',
		'404.html',
		'',
	];
	for (const path of [...pages, ...embeds, ...assets]) {
		const headers = headersFor(rules, `${base}${path}`);
		// Netlify keeps one value of a header several rules give; Cloudflare Pages joins them. Never let them differ.
		for (const [name, values] of headers) expect(values, `${name} on /${path}`).toHaveLength(1);
		expect(headers.get('x-content-type-options'), `/${path}`).toEqual(['nosniff']);
	}
	for (const path of [...pages, '', '404.html']) {
		const headers = headersFor(rules, `${base}${path}`);
		expect(headers.get('content-security-policy')?.[0], `/${path}`).toMatch(
			/; frame-ancestors 'none'$/
		);
		expect(headers.get('x-frame-options'), `/${path}`).toEqual(['DENY']);
	}
	for (const path of embeds) {
		const headers = headersFor(rules, `${base}${path}`);
		expect(headers.get('content-security-policy')?.[0], `/${path}`).toMatch(
			/; frame-ancestors \*$/
		);
		expect(headers.has('x-frame-options'), `/${path}`).toBe(false);
	}
});

test('every HTML file of the build, at each address a host serves it at, gets exactly one framing rule', () => {
	const rules = parseHeaderRules(readFileSync(new URL('_headers', dist), 'utf8'));
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replaceAll('\\', '/'))
		.filter((file) => file.endsWith('.html'));
	expect(files.length).toBeGreaterThan(300);
	for (const file of files) {
		for (const path of requestPaths(file)) {
			const framing = rules.filter(
				(rule) =>
					rule.pattern.test(`${base}${path}`) &&
					rule.headers.some(([name]) => /^(content-security-policy|x-frame-options)$/i.test(name))
			);
			expect(
				framing.map((rule) => rule.path),
				`/${path}`
			).toHaveLength(1);
			const headers = headersFor(rules, `${base}${path}`);
			if (file.startsWith(`${embedSegment}/`)) {
				expect(headers.get('content-security-policy')?.[0], `/${path}`).toMatch(
					/; frame-ancestors \*$/
				);
				expect(headers.has('x-frame-options'), `/${path}`).toBe(false);
			} else {
				expect(headers.get('content-security-policy')?.[0], `/${path}`).toMatch(
					/; frame-ancestors 'none'$/
				);
				expect(headers.get('x-frame-options'), `/${path}`).toEqual(['DENY']);
			}
		}
	}
});

test('an address that climbs out of /embed/ with an encoded slash is refused, not served with the embed headers', async ({
	request,
}) => {
	// Browsers send `%2f` and `%5c` as they are; a server that decoded them before matching rules but
	// resolved `..` to find the file would serve My progress with `frame-ancestors *`.
	for (const path of [
		'embed/..%2fen/progress/',
		'embed/..%2Fen/progress/',
		'embed/..%5cen/progress/',
		'embed/%2e%2e%2fen/progress/',
		'embed/en/..%2f..%2fen/progress/',
	]) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(400);
		expect(response.headers()['content-security-policy'] ?? '', path).not.toMatch(
			/frame-ancestors \*/
		);
	}
});

for (const locale of ['en', 'zh-cn'] as const satisfies Locale[]) {
	const t = strings(locale);

	for (const [kind, slug] of [
		['lesson', lesson],
		['tool', tool],
	] as const) {
		test(`in ${locale}, the embed ${kind} shows its content without the site's chrome, fits 360 px and passes axe`, async ({
			page,
			watch,
		}) => {
			await page.setViewportSize({ width: 360, height: 740 });
			const response = await page.goto(`embed/${locale}/${slug}/`);
			expect(response?.status()).toBe(200);
			const headers = response!.headers();
			expect(headers['content-security-policy']).toMatch(/; frame-ancestors \*$/);
			expect(headers['x-frame-options']).toBeUndefined();
			await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-CN');

			// The page's own content, in full: title, text, and its quiz or its calculator.
			const full = await (await page.request.get(`${locale}/${slug}/`)).text();
			const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(full)?.[1];
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
			if (kind === 'lesson') await expect(page.locator('bw-quiz')).toHaveCount(1);
			else await expect(page.locator('main form').first()).toBeVisible();

			// None of the site's chrome.
			for (const chrome of [
				'#starlight__sidebar',
				'bw-search',
				'starlight-lang-select',
				'starlight-theme-select',
				'starlight-toc',
				'mobile-starlight-toc',
				'.pagination-links a',
			]) {
				await expect(page.locator(chrome), chrome).toHaveCount(0);
			}
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);

			// It names the full page as the canonical one, and asks not to be indexed itself.
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical!).pathname).toBe(`${base}${locale}/${slug}/`);
			expect(sitemapPaths()).toContain(`${locale}/${slug}/`);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);

			// Links that leave the page open in a new tab, on the full site; in-page links stay in the frame.
			const links = await page.locator('a[href]').evaluateAll((as) =>
				as.map((a) => ({
					href: a.getAttribute('href')!,
					target: a.getAttribute('target'),
					rel: a.getAttribute('rel') ?? '',
				}))
			);
			const leaving = links.filter((l) => !l.href.startsWith('#'));
			expect(leaving.length).toBeGreaterThan(0);
			for (const link of leaving) {
				expect(link, link.href).toMatchObject({ target: '_blank' });
				expect(link.rel, link.href).toMatch(/\bno(opener|referrer)\b/);
				expect(link.href, link.href).not.toMatch(/\/embed\//);
			}
			expect(links.filter((l) => l.href.startsWith('#')).every((l) => l.target === null)).toBe(
				true
			);
			const open = page.getByRole('link', { name: new RegExp(t['embed.open']!) });
			await expect(open).toHaveAttribute('href', `${base}${locale}/${slug}/`);

			// Read down the page as a reader would, so what loads on approach (a lesson's calculator, its quiz) has loaded.
			for (const part of await page.locator('main .tool, main bw-quiz').all()) {
				await part.scrollIntoViewIfNeeded();
				await page.waitForLoadState('networkidle');
			}
			if (kind === 'lesson') await quizReady(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
			await watch.expectClean();
		});
	}

	test(`in ${locale}, a quiz question's deep link opens scrolled to it, on the page and in the embed view`, async ({
		page,
	}) => {
		for (const path of [`${locale}/${lesson}/`, `embed/${locale}/${lesson}/`]) {
			await page.goto(`${path}#q-daily-rate`);
			const question = page.locator('#q-daily-rate');
			await expect(question, path).toBeInViewport();
			expect(await page.evaluate(() => window.scrollY), path).toBeGreaterThan(500);
			// The quiz takes over as it comes into view; the question stays where the reader was sent.
			await expect(page.locator('bw-quiz')).toHaveAttribute('data-ready', '');
			await expect(question, path).toBeInViewport();
		}
	});
}

test('the "open the full page" link opens the full lesson in a new tab', async ({
	page,
	context,
}) => {
	await page.goto(`embed/en/${lesson}/`);
	const [opened] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: new RegExp(strings('en')['embed.open']!) }).click(),
	]);
	await opened.waitForLoadState();
	expect(new URL(opened.url()).pathname).toBe(`${base}en/${lesson}/`);
	await expect(opened.locator('#starlight__sidebar')).toHaveCount(1);
	expect(page.url()).toContain('/embed/');
});

test('another site can frame an embed page, sandboxed as documented, but not a page of the site', async ({
	page,
	context,
	watch,
	baseURL,
}) => {
	// The framing page comes from another origin (localhost instead of 127.0.0.1), served by the test itself.
	const site = new URL(baseURL!);
	const other = `http://localhost:${site.port}/platform.html`;
	await page.route(other, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>A platform</title>
				<iframe id="embed" title="Lesson" sandbox="${sandbox}" src="${site.origin}${base}embed/zh-cn/${lesson}/#q-upfront-fee" width="360" height="640"></iframe>
				<iframe id="page" title="Page" src="${site.origin}${base}zh-cn/${lesson}/" width="360" height="640"></iframe>`,
		})
	);
	// Chromium keeps a page from another address space out of the loopback one unless allowed (Local Network Access).
	await context.grantPermissions(['local-network-access'], { origin: new URL(other).origin });
	const refused = new Promise<string>((resolve) =>
		page.on('console', (m) => m.text().includes('frame-ancestors') && resolve(m.text()))
	);
	await page.goto(other);

	// The embed page loads, scrolled to the linked question; its quiz works inside the sandbox.
	const embed = page.frameLocator('#embed');
	await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
	const question = embed.locator('#q-upfront-fee');
	await expect(embed.locator('bw-quiz')).toHaveAttribute('data-ready', '');
	await question.locator('input[value="true"]').check();
	await question.getByRole('button', { name: strings('zh-cn')['quiz.checkAnswer']! }).click();
	await expect(question.locator('.quiz-feedback')).toContainText(strings('zh-cn')['quiz.right']!);
	// Progress goes to the frame's own storage where the browser gives a framed site any (kept apart per
	// embedding site); where it refuses (third-party storage blocked, as in this Chromium), the quiz still works.
	const framed = page.frames().find((f) => f.url().includes('/embed/'))!;
	const stored = await framed.evaluate(() => {
		try {
			return localStorage.getItem('bw:progress') ?? 'nothing stored';
		} catch {
			return 'storage refused';
		}
	});
	expect(stored === 'storage refused' || stored.includes('upfront-fee'), stored).toBe(true);
	// A link out opens a new, unsandboxed tab on the full site.
	const [opened] = await Promise.all([
		context.waitForEvent('page'),
		embed.getByRole('link', { name: new RegExp(strings('zh-cn')['embed.open']!) }).click(),
	]);
	await opened.waitForLoadState();
	expect(new URL(opened.url()).pathname).toBe(`${base}zh-cn/${lesson}/`);
	await expect(opened.getByRole('heading', { level: 1 })).toBeVisible();

	// The page itself refuses to be framed: the browser reports it and shows nothing of it.
	expect(await refused).toContain("frame-ancestors 'none'");
	await expect(page.frameLocator('#page').getByRole('heading', { level: 1 })).toHaveCount(0);
	expect(page.frames().map((f) => new URL(f.url()).pathname)).not.toContain(
		`${base}zh-cn/${lesson}/`
	);
	// Besides the refusal, only storage refused to the frame may be reported: Starlight's theme and tab
	// scripts read localStorage unguarded (the page still works, as above).
	expect(
		watch.consoleErrors.filter(
			(e) =>
				!e.includes("frame-ancestors 'none'") &&
				!e.includes("Failed to read the 'localStorage' property")
		)
	).toEqual([]);
	// Only the framing page itself came from elsewhere.
	expect(watch.foreignRequests).toEqual([other]);
});

test('the embed view of a calculator takes the same link parameters as its page', async ({
	page,
	watch,
}) => {
	await page.goto(
		'embed/en/tools/loan-cost/?amount=12000&months=12&method=flat&rate=0.75&per=month'
	);
	await expect(page.locator('output[name="payment"]')).toHaveText('$1,090.00');
	await expect(page.locator('output[name="apr"]')).toHaveText(/^16\.2\s?%$/);
	expect(await watch.cspViolations()).toEqual([]);
});

for (const locale of localeIds) {
	test(`the ${locale} page for platforms gives examples that work: every address, the sandbox, the quiz anchor`, async ({
		page,
		request,
	}) => {
		const response = await page.goto(`${locale}/platforms/`);
		expect(response?.status()).toBe(200);
		const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
		// The examples are in code: inline, and in copyable blocks.
		const text = (await page.locator('main :is(code, pre)').allInnerTexts()).join('\n');
		const urls = [
			...new Set(
				text.match(new RegExp(`${canonical.origin.replace(/[.]/g, '\\.')}[^\\s"<>]*`, 'g')) ?? []
			),
		];
		expect(urls.length).toBeGreaterThan(10);
		for (const url of urls) {
			const { pathname, search, hash } = new URL(url);
			expect(pathname.startsWith(base), url).toBe(true);
			const local = await request.get(`${pathname.slice(base.length)}${search}`);
			expect(local.status(), url).toBe(200);
			if (hash.startsWith('#q-'))
				expect(await local.text(), url).toContain(`id="${hash.slice(1)}"`);
		}
		expect(urls.some((u) => u.includes('/embed/'))).toBe(true);
		expect(text).toContain(`sandbox="${sandbox}"`);
		expect(text).toMatch(/title="[^"]+"/);
	});
}
