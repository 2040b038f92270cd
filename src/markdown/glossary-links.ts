import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { modules } from '../site/locales.ts';
import { findTerm, linkableWords } from '../features/glossary/schema.ts';

/** Elements whose text is never linked: headings, links, code, and the quiz and lesson frame. */
const SKIP = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'kbd',
	'summary',
	'button',
	'label',
]);

/** `content/docs/<locale>/<module>/<slug>.md(x)` → locale, for lesson files only (not overviews or checks). */
export function lessonLocale(path: string, locales: readonly string[]): string | undefined {
	const match = new RegExp(`content/docs/([^/]+)/(?:${modules.join('|')})/([^/]+)\\.mdx?$`).exec(
		path.replaceAll('\\', '/')
	);
	if (!match || ['index', 'check'].includes(match[2]!) || !locales.includes(match[1]!))
		return undefined;
	return match[1];
}

/**
 * Links the first use of each glossary term in a lesson to its entry on the locale's glossary page
 * (`/<locale>/glossary/#<id>`). Terms come from content/glossary/<locale>.yaml, read once per build.
 */
export function glossaryLinks(root: URL, locales: readonly string[]): HastPluginEntry {
	const cache = new Map<string, { word: string; id: string }[]>();
	const wordsFor = (locale: string) => {
		if (!cache.has(locale)) {
			const file = fileURLToPath(new URL(`content/glossary/${locale}.yaml`, root));
			const data = yaml.load(readFileSync(file, 'utf8')) as {
				terms?: { id: string; term: string; aliases?: string[] }[];
			};
			cache.set(
				locale,
				linkableWords((data.terms ?? []).map((t) => ({ ...t, aliases: t.aliases ?? [] })))
			);
		}
		return cache.get(locale)!;
	};

	return ({ fileURL }) => {
		const locale = fileURL ? lessonLocale(fileURLToPath(fileURL), locales) : undefined;
		if (!locale) return null;
		const words = wordsFor(locale);
		const linked = new Set<string>();
		return defineHastPlugin({
			name: 'borrow-wisely:glossary-links',
			text(node, ctx) {
				for (
					let p: ReturnType<typeof ctx.parent> | undefined = ctx.parent(node);
					p && p.type !== 'root';
					p = ctx.parent(p)
				) {
					if (p.type === 'element' && SKIP.has(p.tagName)) return;
				}
				const text = node.value;
				for (const { word, id } of words) {
					if (linked.has(id)) continue;
					const at = findTerm(text, word);
					if (at < 0) continue;
					linked.add(id);
					const found = text.slice(at, at + word.length);
					ctx.replaceNode(node, [
						...(at > 0 ? [{ type: 'text' as const, value: text.slice(0, at) }] : []),
						{
							type: 'element' as const,
							tagName: 'a',
							properties: { href: `/${locale}/glossary/#${id}`, className: ['glossary-link'] },
							children: [{ type: 'text' as const, value: found }],
						},
						...(at + word.length < text.length
							? [{ type: 'text' as const, value: text.slice(at + word.length) }]
							: []),
					]);
					// One link per text node; the rest of this node is not searched again in this pass.
					return;
				}
			},
		});
	};
}
