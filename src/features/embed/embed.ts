/**
 * The embed view: every lesson and every tool page, without the site's header, sidebar, table of
 * contents and pagination, for iframes and in-app web views. It lives at a parallel prerendered route,
 * `/embed/<locale>/<slug>/`, rather than behind `?embed=1` on the page itself, because:
 * - the page itself then stays byte for byte what it was (lessons have < 1 KB of weight headroom);
 * - a static host can only vary headers by path, and framing must be allowed on embed pages only:
 *   one prefix, `/embed/`, that no other page shares, gives rules that never overlap (see `framingRules`
 *   in src/integrations/csp.ts);
 * - an embed page works without JavaScript, and is its own stable URL to link to.
 */

/** First path segment (after the base) of every embed page. */
export const embedSegment = 'embed';

/** Whether a docs entry (id `<locale>/<path>`) has an embed view: lessons, and the pages under tools/ (not the hub). */
export function isEmbeddable(id: string, data: { kind?: string | undefined }): boolean {
	const parts = id.split('/');
	if (data.kind === 'lesson') return true;
	return parts[1] === 'tools' && parts.length > 2;
}

/** The embed page path of a docs entry id, relative to the base: `embed/en/tools/loan-cost/`. */
export function embedPath(id: string): string {
	return `${embedSegment}/${id}/`;
}

/** The full-site page path of a docs entry id, relative to the base: `en/tools/loan-cost/`. */
export function fullPath(id: string): string {
	return `${id}/`;
}

/**
 * Makes every link of an embed page that leaves the page open in a new browsing context (a new tab
 * in a browser), so the reader reaches the full site instead of navigating the frame. Links to a
 * fragment of the same page (`#…`: headings, quiz questions, the skip link) stay in the frame.
 * An existing `target` or `rel` is kept as the author wrote it.
 */
export function withLinkTargets(html: string): string {
	return html.replace(/<a\b([^>]*)>/gi, (tag, attrs: string) => {
		const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
		if (!href) return tag;
		const value = (href[1] ?? href[2] ?? href[3] ?? '').trim();
		if (value === '' || value.startsWith('#')) return tag;
		let extra = '';
		if (!/\starget\s*=/i.test(attrs)) extra += ' target="_blank"';
		if (!/\srel\s*=/i.test(attrs)) extra += ' rel="noopener"';
		return extra ? `<a${attrs}${extra}>` : tag;
	});
}

/**
 * A sitemap without the `<url>` entries whose location's path starts with `prefix` (e.g. `/embed/`), or
 * that `prefix` matches when it is a pattern.
 */
export function withoutSitemapPaths(xml: string, prefix: string | RegExp): string {
	return xml.replace(/<url>([\s\S]*?)<\/url>/g, (entry, body: string) => {
		const loc = /<loc>([^<]*)<\/loc>/.exec(body)?.[1];
		if (!loc) return entry;
		const path = new URL(loc).pathname;
		return (typeof prefix === 'string' ? path.startsWith(prefix) : prefix.test(path)) ? '' : entry;
	});
}

/** The docs entry id an embed page shows, from its URL path (`/learn/embed/en/x/` → `en/x`), or undefined for any other page. */
export function embeddedId(pathname: string, base: string): string | undefined {
	const prefix = `${base.replace(/\/?$/, '/')}${embedSegment}/`;
	if (!pathname.startsWith(prefix)) return undefined;
	const id = pathname.slice(prefix.length).replace(/\/(index\.html)?$/, '');
	return id || undefined;
}

/** One `<head>` element as Starlight describes it. */
export interface HeadEntry {
	tag: 'link' | 'style' | 'title' | 'base' | 'meta' | 'script' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined> | undefined;
	content?: string | undefined;
}

/**
 * The `<head>` of an embed page, from the one Starlight made for its URL: the page's own title in its
 * language, canonical and og:url pointing at the full page, no language alternates (they would name
 * other embed pages as the page's translations), and `noindex`.
 */
export function embedHead(
	head: HeadEntry[],
	page: { title: string; canonical: string; lang: string; siteTitle: string; delimiter: string }
): HeadEntry[] {
	const kept = head
		.filter(
			({ tag, attrs }) => !(tag === 'link' && attrs?.['rel'] === 'alternate' && attrs['hreflang'])
		)
		.filter(({ tag, attrs }) => !(tag === 'meta' && attrs?.['name'] === 'robots'))
		.map((entry): HeadEntry => {
			const { tag, attrs } = entry;
			if (tag === 'title')
				return { ...entry, content: `${page.title} ${page.delimiter} ${page.siteTitle}` };
			if (tag === 'link' && attrs?.['rel'] === 'canonical')
				return { ...entry, attrs: { ...attrs, href: page.canonical } };
			if (tag === 'meta' && attrs?.['property'] === 'og:url')
				return { ...entry, attrs: { ...attrs, content: page.canonical } };
			if (tag === 'meta' && attrs?.['property'] === 'og:locale')
				return { ...entry, attrs: { ...attrs, content: page.lang } };
			if (tag === 'meta' && attrs?.['property'] === 'og:site_name')
				return { ...entry, attrs: { ...attrs, content: page.siteTitle } };
			return entry;
		});
	return [...kept, { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }];
}
