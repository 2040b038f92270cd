import { defineHastPlugin } from 'satteri';

/** Prefixes a site-absolute path (`/en/…`) with the base; leaves other URLs alone. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	if (
		!prefix ||
		!href.startsWith('/') ||
		href.startsWith('//') ||
		href === prefix ||
		href.startsWith(`${prefix}/`)
	)
		return href;
	return `${prefix}${href}`;
}

type JsxNode = { attributes: { type: string; name?: string; value?: unknown }[] };

/** An MDX component such as <LinkCard href="/en/…" /> with its `href` given the base. */
function jsxWithBase<N extends JsxNode>(node: Readonly<N>, base: string): N | undefined {
	let changed = false;
	const attributes = node.attributes.map((attr) => {
		if (attr.type !== 'mdxJsxAttribute' || attr.name !== 'href' || typeof attr.value !== 'string')
			return attr;
		const value = withBase(attr.value, base);
		changed ||= value !== attr.value;
		return { ...attr, value };
	});
	return changed ? ({ ...node, attributes } as N) : undefined;
}

/**
 * Content links are written from the site root (`/en/borrowing/`), which the link validator can
 * check; when the site is hosted under a sub-path, this adds the base to each of them.
 */
export function baseLinks(base: string) {
	return defineHastPlugin({
		name: 'borrow-wisely:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href === 'string' && withBase(href, base) !== href)
					ctx.setProperty(node, 'href', withBase(href, base));
			},
		},
		mdxJsxFlowElement: { filter: [], visit: (node) => jsxWithBase(node, base) },
		mdxJsxTextElement: { filter: [], visit: (node) => jsxWithBase(node, base) },
	});
}
