import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	frameCheck,
	framingRules,
	inlineSources,
	policy,
	withFrameCheck,
	withMetaPolicy,
} from '~/integrations/csp';
import { headersFor, parseHeaderRules, requestPaths } from '../../e2e/support/header-rules';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineSources', () => {
	it('hashes inline scripts and styles exactly as written, skipping external scripts and JSON data', () => {
		const html = `<head><script>\n\ta()\n</script><script type="module" src="/x.js"></script>
			<script type="application/ld+json">{}</script><style>p{}</style><script is:inline>\n\ta()\n</script></head>`;
		expect(inlineSources(html)).toEqual({ scripts: [sha('\n\ta()\n')], styles: [sha('p{}')] });
	});
});

describe('policy', () => {
	it('allows only self and the given hashes for scripts; frame-ancestors only in a header', () => {
		const sources = { scripts: ["'sha256-a'"], styles: ["'sha256-b'"] };
		const meta = policy(sources, { header: false });
		expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a'");
		expect(meta).toContain("style-src 'self' 'sha256-b'");
		expect(meta).not.toContain('unsafe-inline;');
		expect(meta).not.toContain('frame-ancestors');
		expect(policy(sources, { header: true })).toContain("frame-ancestors 'none'");
		// The offline worker and the web app manifests come from the site itself, and nothing else may.
		expect(meta).toContain("worker-src 'self';");
		expect(meta).toContain("manifest-src 'self';");
		expect(policy(sources, { header: true, frameAncestors: '*' })).toMatch(/; frame-ancestors \*$/);
	});
});

describe('framingRules', () => {
	/** HTML files of a build, relative to its folder. */
	const pages = [
		'index.html',
		'404.html',
		'en/index.html',
		'en/borrowing/true-cost-of-a-loan/index.html',
		'zh-cn/tools/loan-cost/index.html',
		'embed/zh-cn/borrowing/true-cost-of-a-loan/index.html',
	];
	const rules = (base: string, built: readonly string[] = pages) =>
		parseHeaderRules(
			framingRules({
				base,
				pages: built,
				policyFor: (fa) => `default-src 'self'; frame-ancestors ${fa}`,
			})
		);

	it('refuses framing on every page and allows it on embed pages only, under the base', () => {
		for (const base of ['/', '/learn/']) {
			const r = rules(base);
			for (const path of [
				'',
				'404.html',
				'en/',
				'en/borrowing/true-cost-of-a-loan/',
				'zh-cn/tools/loan-cost/',
			]) {
				const headers = headersFor(r, `${base}${path}`);
				expect(headers.get('content-security-policy'), path).toEqual([
					"default-src 'self'; frame-ancestors 'none'",
				]);
				expect(headers.get('x-frame-options'), path).toEqual(['DENY']);
			}
			const embed = headersFor(r, `${base}embed/zh-cn/borrowing/true-cost-of-a-loan/`);
			expect(embed.get('content-security-policy')).toEqual([
				"default-src 'self'; frame-ancestors *",
			]);
			expect(embed.has('x-frame-options')).toBe(false);
		}
		// A path outside the base matches nothing.
		expect(headersFor(rules('/learn/'), '/en/').size).toBe(0);
	});

	it('covers every built page at each address a host serves it at, with exactly one block', () => {
		const built = [...pages, 'new-folder/page/index.html', 'es/loose.html'];
		for (const base of ['/', '/learn/']) {
			const r = rules(base, built);
			for (const file of built) {
				for (const path of requestPaths(file)) {
					const framing = r.filter((rule) => rule.pattern.test(`${base}${path}`));
					expect(framing, path).toHaveLength(1);
					const embed = file.startsWith('embed/');
					expect(headersFor(r, `${base}${path}`).get('content-security-policy'), path).toEqual([
						`default-src 'self'; frame-ancestors ${embed ? '*' : "'none'"}`,
					]);
				}
			}
			// `/index.html` and `/404` (Cloudflare's address for /404.html) are pages too.
			for (const path of ['index.html', 'index', '404'])
				expect(headersFor(r, `${base}${path}`).get('x-frame-options'), path).toEqual(['DENY']);
		}
	});
});

describe('requestPaths', () => {
	it('lists the addresses a static host serves a file at', () => {
		expect(requestPaths('index.html')).toEqual(['', 'index.html', 'index']);
		expect(requestPaths('404.html')).toEqual(['404.html', '404']);
		expect(requestPaths('en/tools/index.html')).toEqual([
			'en/tools/',
			'en/tools/index.html',
			'en/tools/index',
		]);
	});
});

describe('frameCheck', () => {
	const run = (framed: boolean, embed: boolean) => {
		const html = { hidden: false };
		const self = {};
		new Function('self', 'top', 'document', frameCheck)(self, framed ? {} : self, {
			documentElement: html,
			querySelector: (selector: string) => (embed && selector === '.bw-embed-bar' ? {} : null),
		});
		return html.hidden;
	};

	it('hides a framed page, but not an embed page or a page on its own', () => {
		expect(run(true, false)).toBe(true);
		expect(run(true, true)).toBe(false);
		expect(run(false, false)).toBe(false);
		expect(frameCheck.length).toBeLessThan(120);
	});
});

describe('withFrameCheck', () => {
	it('adds the check as an inline module script at the end of the head, for the CSP to hash', () => {
		const out = withFrameCheck('<html><head><title>t</title></head><body></body></html>');
		expect(out).toBe(
			`<html><head><title>t</title><script type="module">${frameCheck}</script></head><body></body></html>`
		);
		expect(inlineSources(out).scripts).toHaveLength(1);
	});
	it('refuses a page without a head', () => {
		expect(() => withFrameCheck('<p>hi</p>')).toThrow(/no <head>/);
	});
});

describe('withMetaPolicy', () => {
	it('puts the policy before any script', () => {
		const out = withMetaPolicy(
			'<html><head><meta charset="utf-8"/><script>x</script></head></html>',
			"default-src 'self'"
		);
		expect(out).toBe(
			'<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"><script>x</script></head></html>'
		);
	});
	it('refuses a page without a head', () => {
		expect(() => withMetaPolicy('<p>hi</p>', 'x')).toThrow(/no <head>/);
	});
});
