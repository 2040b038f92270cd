// Build side of "only the CSS a page uses" (issue 18): drops the rules of a stylesheet that cannot
// match anything on a set of built pages, and the custom properties nothing reads any more. Used by
// the page-CSS integration (./page-css.ts) on the stylesheets Starlight puts on every page.
//
// It keeps a rule unless it is sure the rule is dead: a selector is dead only when it needs a class,
// an id or an element that no page of the set has in its HTML and no script of the site could add
// (any word in any script counts, and a word ending in `-`, like `quiz-` in `'quiz-' + state`, keeps
// every class it could be the start of; this site's scripts build no class from a fixed end). Attribute selectors, states (:hover, [open]) and :not()/:has() never make
// a selector dead.
import postcss, { type Root } from 'postcss';
import selectorParser, { type Container, type Selector } from 'postcss-selector-parser';

/** What a set of pages and the site's scripts can put in the document. */
export interface Usage {
	classes: Set<string>;
	ids: Set<string>;
	tags: Set<string>;
	/** Words of the scripts that end in `-`: a class may be built from one (`'quiz-' + state`). */
	classStarts: string[];
	/** Custom properties named outside the purged sheet: by the pages, the scripts, other sheets. */
	namedElsewhere: Set<string>;
}

const words = (text: string) => text.match(/[\w-]+/g) ?? [];

/** Every custom property (`--name`) the texts name. */
export const propertiesIn = (texts: string[]) =>
	new Set(texts.flatMap((text) => text.match(/--[\w-]+/g) ?? []));

/** What the site's scripts could add: every word of theirs may be a class or an id. */
export interface ScriptUsage {
	words: Set<string>;
	tags: Set<string>;
	classStarts: string[];
	/** Custom properties the scripts name. */
	properties: Set<string>;
}

export function scriptUsage(scripts: string[]): ScriptUsage {
	const all = new Set(scripts.flatMap(words));
	const tags = new Set<string>();
	for (const script of scripts)
		for (const [, tag, created] of script.matchAll(
			/<([a-zA-Z][\w-]*)|createElement(?:NS)?\([^)]*?["'`]([\w-]+)["'`]\s*\)/g
		))
			tags.add((tag ?? created ?? '').toLowerCase());
	return {
		words: all,
		tags,
		// Not `i--` and the like, which are code, not a class's start.
		classStarts: [...all].filter((w) => /^[a-z][\w-]*[a-z\d]-$/i.test(w) && !w.includes('--')),
		properties: propertiesIn(scripts),
	};
}

/**
 * What `pages` (built HTML) hold, plus what the site's scripts (and the pages' inline ones) could
 * add; `otherSheets` are the custom properties named by stylesheets loaded later (`propertiesIn`).
 */
export function usageOf(
	pages: string[],
	scripts: ScriptUsage,
	otherSheets: Set<string> = new Set()
): Usage {
	const inline = scriptUsage(pages.flatMap(inlineScripts));
	const classes = new Set([...scripts.words, ...inline.words]);
	const ids = new Set(classes);
	const tags = new Set([...scripts.tags, ...inline.tags]);
	for (const html of pages) {
		const markup = withoutInlineCode(html);
		for (const [, a, b, c] of markup.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g))
			for (const name of (a ?? b ?? c ?? '').split(/\s+/)) if (name) classes.add(decode(name));
		for (const [, id = ''] of markup.matchAll(/\sid=["']?([^"'\s>]+)/g)) ids.add(decode(id));
		for (const [, tag = ''] of markup.matchAll(/<([a-zA-Z][\w-]*)/g)) tags.add(tag.toLowerCase());
	}
	return {
		classes,
		ids,
		tags,
		classStarts: [...scripts.classStarts, ...inline.classStarts],
		namedElsewhere: new Set([...scripts.properties, ...otherSheets, ...propertiesIn(pages)]),
	};
}

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(([, code = '']) => code);
const withoutInlineCode = (html: string) =>
	html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
const decode = (text: string) =>
	text
		.replaceAll('&amp;', '&')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');

const hasClass = (usage: Usage, name: string) =>
	usage.classes.has(name) || usage.classStarts.some((start) => name.startsWith(start));

/** Element names every document has, or that only occur inside another selector's parts. */
const alwaysThere = new Set(['html', 'body', 'head']);

/** False only when some part of the compound chain needs something no page or script has. */
function canMatch(selector: Container, usage: Usage): boolean {
	for (const node of selector.nodes) {
		if (node.type === 'class' && !hasClass(usage, node.value)) return false;
		if (node.type === 'id' && !usage.ids.has(node.value)) return false;
		if (node.type === 'tag') {
			const tag = node.value.toLowerCase();
			if (!alwaysThere.has(tag) && !usage.tags.has(tag)) return false;
		}
		if (node.type === 'pseudo' && node.nodes.length > 0) {
			const name = node.value.toLowerCase();
			// :is()/:where() match when one of their selectors can; :not(), :has() and the rest may always.
			if (
				(name === ':is' || name === ':where' || name === ':matches') &&
				!node.nodes.some((s) => canMatch(s, usage))
			)
				return false;
		}
	}
	return true;
}

/** The stylesheet without what cannot match on the pages `usage` describes. */
export function purgeCss(css: string, usage: Usage): string {
	const root = postcss.parse(css);
	root.walkRules((rule) => {
		// Keyframe steps, and rules nested in rules (whose `&` this does not resolve), stay.
		if (rule.parent?.type === 'rule') return;
		if (
			rule.parent?.type === 'atrule' &&
			/keyframes$/i.test((rule.parent as { name: string }).name)
		)
			return;
		let selectors: Selector[];
		try {
			selectors = selectorParser().astSync(rule.selector).nodes;
		} catch {
			return;
		}
		const alive = selectors.filter((s) => canMatch(s, usage));
		if (alive.length === 0) rule.remove();
		else if (alive.length < selectors.length)
			rule.selector = alive.map((s) => s.toString().trim()).join(',');
	});
	dropEmpty(root);
	dropUnreadProperties(root, usage.namedElsewhere);
	dropEmpty(root);
	return root.toString();
}

/** Custom properties that no `var()` of the sheet, and no page, script or other sheet, names. */
function dropUnreadProperties(root: Root, elsewhere: Set<string>) {
	for (;;) {
		const read = new Set<string>();
		root.walkDecls((decl) => {
			for (const [, name = ''] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(name);
		});
		let dropped = 0;
		root.walkDecls(/^--/, (decl) => {
			if (read.has(decl.prop) || elsewhere.has(decl.prop)) return;
			decl.remove();
			dropped++;
		});
		if (dropped === 0) return;
	}
}

/** Rules with no declarations left and blocks with no rules left; `@layer a, b;` statements stay. */
function dropEmpty(root: Root) {
	for (let again = true; again;) {
		again = false;
		root.walk((node) => {
			if (
				(node.type === 'rule' || (node.type === 'atrule' && node.nodes)) &&
				node.nodes?.length === 0
			) {
				node.remove();
				again = true;
			}
		});
	}
}
