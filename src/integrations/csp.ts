import { createHash } from 'node:crypto';
import { embedSegment } from '../features/embed/embed.ts';

/** Directives every page shares; script and style sources are added per page from its inline code. */
export const baseDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"object-src 'none'",
	"form-action 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
] as const;

/** Inline code a page carries, as CSP hash sources. */
export interface InlineSources {
	scripts: string[];
	styles: string[];
}

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every inline `<script>` (no `src`) and `<style>` element, exactly as the browser will hash them. */
export function inlineSources(html: string): InlineSources {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const [, attrs = '', body = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	)) {
		if (!/\ssrc\s*=/.test(attrs) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs))
			scripts.add(hash(body));
	}
	for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
		styles.add(hash(body));
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * The policy for some inline sources. Pagefind runs as WebAssembly ('wasm-unsafe-eval'); Starlight
 * sets CSS variables in style attributes (style-src-attr). `frame-ancestors` only works in a header:
 * `'none'` unless `frameAncestors` says otherwise (embed pages, see `framingRules`).
 */
export function policy(
	sources: InlineSources,
	options: { header: boolean; frameAncestors?: string }
): string {
	return [
		...baseDirectives,
		["script-src 'self' 'wasm-unsafe-eval'", ...sources.scripts].join(' '),
		["style-src 'self'", ...sources.styles].join(' '),
		"style-src-attr 'unsafe-inline'",
		...(options.header ? [`frame-ancestors ${options.frameAncestors ?? "'none'"}`] : []),
	].join('; ');
}

/** Who may frame embed pages: any web page (http or https). They hold public lessons and tools with no account and nothing to act on. */
export const embedFrameAncestors = '*';

/**
 * The `_headers` blocks that say who may frame what, from the HTML files of the build (`pages`, paths
 * relative to its folder). Every page is refused (`frame-ancestors 'none'`, `X-Frame-Options: DENY`):
 * each top-level file at every address Netlify and Cloudflare Pages serve it at (`/`, `/index.html`,
 * `/index`; `/404.html`, `/404`: both serve a file's path without `.html`), and each other top-level
 * folder as a whole (`/<locale>/*`). Embed pages (`/embed/*`) get `frame-ancestors *` and no
 * X-Frame-Options. No two blocks match one path, because static hosts differ when they do:
 * Cloudflare Pages joins the values of a header named in several matching rules with a comma (two
 * CSPs, both enforced: 'none' would win), Netlify serves one of them. `policyFor` is the site-wide
 * policy for a `frame-ancestors` value.
 */
export function framingRules(options: {
	base: string;
	pages: readonly string[];
	policyFor: (frameAncestors: string) => string;
}): string {
	const base = options.base.replace(/\/?$/, '/');
	const deny = [
		`  Content-Security-Policy: ${options.policyFor("'none'")}`,
		'  X-Frame-Options: DENY',
	];
	const files = options.pages.filter((page) => !page.includes('/')).sort();
	const folders = new Set(
		options.pages.filter((page) => page.includes('/')).map((page) => page.split('/')[0]!)
	);
	folders.delete(embedSegment);
	const paths = [
		...files.flatMap((file) => {
			const name = file.replace(/\.html$/, '');
			return [...(name === 'index' ? [base] : []), `${base}${file}`, `${base}${name}`];
		}),
		...[...folders].sort().map((folder) => `${base}${folder}/*`),
	];
	return [
		'# Pages: never framed.',
		...paths.flatMap((path) => [path, ...deny]),
		'# Embed pages: framed by any web page. X-Frame-Options cannot say that, so it is left out.',
		`${base}${embedSegment}/*`,
		`  Content-Security-Policy: ${options.policyFor(embedFrameAncestors)}`,
	].join('\n');
}

/**
 * Code every page runs (`withFrameCheck` below puts it in the page): a page that is not an embed
 * page hides itself when framed, where no header refused the frame: a 404 for an unknown address, or
 * a host that ignores `_headers` (GitHub Pages, S3); a `<meta>` CSP cannot carry `frame-ancestors`.
 * A frame sandboxed without scripts stops it, but then a click can save or erase nothing: only
 * scripts do that. Embed pages are known by their bar (src/features/embed/EmbedHeader.astro), not by
 * their address.
 */
export const frameCheck =
	"if (self !== top && !document.querySelector('.bw-embed-bar')) document.documentElement.hidden = true;";

/**
 * Puts the frame check in a page as an inline module script at the end of its `<head>`. A module runs
 * once the document has been read, so it finds the embed bar, and before the page's other module
 * scripts; inline, it costs no request of its own (it was Astro's page script, a file of 91 bytes that
 * every page fetched). The page's CSP allows it by hash with its other inline scripts.
 */
export function withFrameCheck(html: string): string {
	const end = html.search(/<\/head>/i);
	if (end < 0) throw new Error('Cannot add the frame check: the page has no <head>.');
	return `${html.slice(0, end)}<script type="module">${frameCheck}</script>${html.slice(end)}`;
}

/** Puts a `<meta>` CSP right after `<meta charset>` (or at the top of `<head>`), before any script runs. */
export function withMetaPolicy(html: string, content: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${content}">`;
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
	if (charset)
		return (
			html.slice(0, charset.index + charset[0].length) +
			meta +
			html.slice(charset.index + charset[0].length)
		);
	const head = /<head[^>]*>/i.exec(html);
	if (!head) throw new Error('Cannot add a CSP: the page has no <head>.');
	return (
		html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
	);
}
