import { readFileSync } from 'node:fs';
import { chooseLanguage, expect, test } from './support/test';

/** The site-wide policy the build wrote to dist/_headers. */
function headerPolicy(): Map<string, string[]> {
	const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
	const line = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
	return new Map(
		line
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...sources]) => [name!, sources])
	);
}

test('the policy forbids inline scripts without a hash, other origins and framing', () => {
	const policy = headerPolicy();
	expect(policy.get('default-src')).toEqual(["'self'"]);
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(
		scripts.every(
			(s) => s === "'self'" || s === "'wasm-unsafe-eval'" || /^'sha(256|384|512)-/.test(s)
		)
	).toBe(true);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(
		[...policy.values()].flat().filter((s) => /^https?:|^\*$|^data:$/.test(s) && s !== 'data:')
	).toEqual([]);
});

test('an inline script that is not ours is blocked', async ({ page, watch }) => {
	await page.goto('en/');
	const ran = await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	expect((await watch.cspViolations()).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('a page framed where no header refuses it hides itself; an embed page stays', async ({
	page,
	context,
	baseURL,
}) => {
	// Hosts that ignore _headers (GitHub Pages, S3) send neither the CSP header nor X-Frame-Options;
	// an unknown address gets neither from any host. The framing page comes from another origin.
	const site = new URL(baseURL!);
	const other = `http://localhost:${site.port}/platform.html`;
	await page.route(`${site.origin}/**`, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-security-policy'];
		delete headers['x-frame-options'];
		await route.fulfill({ response, headers });
	});
	const frames = {
		lesson: 'en/borrowing/true-cost-of-a-loan/',
		chooser: '?choose',
		missing: 'no-such-page/',
		embed: 'embed/en/borrowing/true-cost-of-a-loan/',
	};
	await page.route(other, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>A platform</title>${Object.entries(frames)
				.map(([id, path]) => `<iframe id="${id}" title="${id}" src="${baseURL}${path}"></iframe>`)
				.join('')}`,
		})
	);
	await context.grantPermissions(['local-network-access'], { origin: new URL(other).origin });
	await page.goto(other);
	for (const id of Object.keys(frames)) {
		const html = page.frameLocator(`#${id}`).locator('html');
		// Loaded, and its modules have run (every page's search or language menu, the chooser's links).
		await expect(html.locator('h1')).toHaveCount(1);
		await page
			.frameLocator(`#${id}`)
			.locator('body')
			.evaluate(
				() =>
					new Promise((resolve) => {
						if (document.readyState === 'complete') resolve(null);
						else addEventListener('load', resolve);
					})
			);
		await expect(html, id).toHaveJSProperty('hidden', id !== 'embed');
		await expect(html.locator('h1'), id)[id === 'embed' ? 'toBeVisible' : 'toBeHidden']();
	}
});

test('pages send the hardening headers and set no cookies', async ({ page, context }) => {
	const response = await page.goto('zh-cn/borrowing/true-cost-of-a-loan/');
	const headers = response!.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['set-cookie']).toBeUndefined();
	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('a walk through the site writes only documented storage keys', async ({ page, watch }) => {
	await page.goto('zh-cn/borrowing/true-cost-of-a-loan/');
	await page.locator('#place-picker summary').click();
	await page.locator('#place-picker').getByRole('link', { name: '美国' }).click();
	await expect(page.locator('#place-picker summary')).toContainText('美国');
	await page
		.locator('starlight-theme-select select')
		.filter({ visible: true })
		.selectOption('dark');
	await chooseLanguage(page, 'en');
	await expect(page).toHaveURL(/\/en\/borrowing\/true-cost-of-a-loan\/$/);
	// The fixture fails the test on any undocumented key; here, check the walk really wrote some.
	for (const key of ['local:bw:locale', 'local:bw:place', 'local:starlight-theme']) {
		expect(watch.storageWrites).toContain(key);
	}
});

test.describe('hostile input in the URL and storage', () => {
	const payloads = [
		'<script>window.__pwned=1</script>',
		'"><img src=x onerror="window.__pwned=1">',
		'javascript:window.__pwned=1',
		'x'.repeat(1_000_000),
	];

	for (const [i, payload] of payloads.entries()) {
		test(`payload ${i + 1} in query, fragment and stored locale runs nothing and breaks nothing`, async ({
			page,
			context,
			watch,
		}) => {
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await context.addInitScript((value) => {
				try {
					localStorage.setItem('bw:locale', value);
				} catch {
					// A 1 MB value may exceed the quota; the page must cope either way.
				}
			}, payload);
			const encoded = encodeURIComponent(payload.slice(0, 4000));
			await page.goto(`en/borrowing/true-cost-of-a-loan/?q=${encoded}#${encoded}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.goto(`./?choose=${encoded}#${encoded}`);
			await expect(page.getByRole('link', { name: /English/ })).toBeVisible();
			await page.goto(`./?lang=${encoded}`);
			// A tampered stored choice is ignored: the browser's language decides.
			await expect(page).toHaveURL(/\/en\/$/);
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
			).toBeUndefined();
			expect(dialogs).toBe(0);
			expect(watch.consoleErrors).toEqual([]);
		});
	}
});
