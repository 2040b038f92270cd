import { readFileSync } from 'node:fs';
import { expect, test } from './test';

/** The site-wide policy the build wrote to dist/_headers. */
function headerPolicy(): Map<string, string[]> {
	const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
	const line = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
	return new Map(line.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

test('the policy forbids inline scripts without a hash, other origins and framing', () => {
	const policy = headerPolicy();
	expect(policy.get('default-src')).toEqual(["'self'"]);
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(scripts.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || /^'sha(256|384|512)-/.test(s))).toBe(true);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect([...policy.values()].flat().filter((s) => /^https?:|^\*$|^data:$/.test(s) && s !== 'data:')).toEqual([]);
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
