// Build side of "only the CSS a page uses" (issue 18): drops the rules of a stylesheet that cannot
// match anything on a set of built pages, and the custom properties nothing reads any more. Used by
// the page-CSS integration (./page-css.ts) on the stylesheets Starlight puts on every page.
//
// It keeps a rule unless it is sure the rule is dead: a selector is dead only when it needs a class,
// an id or an element that no page of the set has in its HTML and no script of the site could add.
// Any word in any script counts as a class or an id, and a word ending in `-` (`'quiz-' + state`)
// keeps every class it could start; this site's scripts build no class from a fixed end. Attribute
// selectors, states (:hover, [open]) and :not()/:has() never make a selector dead.
import postcss, { type Root } from 'postcss';
import selectorParser, { type Container, type Selector } from 'postcss-selector-parser';

interface Lookup {
	has(value: string): boolean;
}
/** One lookup over several sets, so the scripts' big ones are shared, not copied per page. */
const either = (...sets: ReadonlySet<string>[]): Lookup => ({
	has: (value) => sets.some((set) => set.has(value)),
});

/** What a set of pages and the site's scripts can put in the document. */
export interface Usage {
	/** Classes they have, or may build from a word of a script that ends in `-` (`'quiz-' + state`). */
	classes: Lookup;
	ids: Lookup;
	tags: Lookup;
	/** Custom properties named outside the purged sheet: by the pages, the scripts, other sheets. */
	namedElsewhere: Lookup;
}

/** What some code could add: every word of it may be a class or an id. */
export interface ScriptUsage {
	words: Set<string>;
	tags: Set<string>;
	classStarts: string[];
	/** Custom properties it names. */
	properties: Set<string>;
}

/** What one built page holds in its markup and its inline scripts. */
export interface PageUsage {
	classes: Set<string>;
	ids: Set<string>;
	tags: Set<string>;
	scripts: ScriptUsage;
	properties: Set<string>;
}

const words = (text: string) => text.match(/[\w-]+/g) ?? [];

/** Every custom property (`--name`) the texts name. */
export const propertiesIn = (texts: string[]) =>
	new Set(texts.flatMap((text) => text.match(/--[\w-]+/g) ?? []));

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

export function pageUsage(html: string): PageUsage {
	const classes = new Set<string>();
	const ids = new Set<string>();
	const tags = new Set<string>();
	const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
	for (const [, a, b, c] of markup.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g))
		for (const name of (a ?? b ?? c ?? '').split(/\s+/)) if (name) classes.add(decode(name));
	for (const [, id = ''] of markup.matchAll(/\sid=["']?([^"'\s>]+)/g)) ids.add(decode(id));
	for (const [, tag = ''] of markup.matchAll(/<([a-zA-Z][\w-]*)/g)) tags.add(tag.toLowerCase());
	const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(
		([, code = '']) => code
	);
	return { classes, ids, tags, scripts: scriptUsage(inline), properties: propertiesIn([html]) };
}

/**
 * What `pages` (built HTML, or `pageUsage` of it) hold, plus what the site's scripts could add;
 * `otherSheets` are the custom properties named by stylesheets loaded later (`propertiesIn`).
 */
export function usageOf(
	pages: (string | PageUsage)[],
	scripts: ScriptUsage,
	otherSheets: Set<string> = new Set()
): Usage {
	const used = pages.map((page) => (typeof page === 'string' ? pageUsage(page) : page));
	const merge = (pick: (page: PageUsage) => Iterable<string>) =>
		new Set(used.flatMap((page) => [...pick(page)]));
	const inlineWords = merge((page) => page.scripts.words);
	const classes = either(
		scripts.words,
		inlineWords,
		merge((page) => page.classes)
	);
	const starts = [
		...new Set([...scripts.classStarts, ...used.flatMap((page) => page.scripts.classStarts)]),
	];
	return {
		classes: {
			has: (name) => classes.has(name) || starts.some((start) => name.startsWith(start)),
		},
		ids: either(
			scripts.words,
			inlineWords,
			merge((page) => page.ids)
		),
		tags: either(
			scripts.tags,
			merge((page) => [...page.tags, ...page.scripts.tags])
		),
		namedElsewhere: either(
			scripts.properties,
			otherSheets,
			merge((page) => page.properties)
		),
	};
}

const decode = (text: string) =>
	text.includes('&')
		? text
				.replaceAll('&quot;', '"')
				.replaceAll('&#39;', "'")
				.replaceAll('&lt;', '<')
				.replaceAll('&gt;', '>')
				.replaceAll('&amp;', '&')
		: text;

/** Element names every document has, or that only occur inside another selector's parts. */
const alwaysThere = new Set(['html', 'body', 'head']);

/** False only when some part of the compound chain needs something no page or script has. */
function canMatch(selector: Container, usage: Usage): boolean {
	for (const node of selector.nodes) {
		if (node.type === 'class' && !usage.classes.has(node.value)) return false;
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
function dropUnreadProperties(root: Root, elsewhere: Lookup) {
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

type Question = [keyof Usage, string];

/**
 * `purgeCss` for many pages with the same stylesheets (Astro inlines the same component styles on
 * every page): a sheet purged for one page is reused for another whose usage answers every question
 * the purge asked the same way, which gives the same result. Most pages then cost no parse at all.
 */
export function cachedPurge(): (css: string, usage: Usage) => string {
	const done = new Map<string, { asked: Question[]; answers: boolean[]; result: string }[]>();
	return (css, usage) => {
		const earlier = done.get(css) ?? [];
		const same = earlier.find(({ asked, answers }) =>
			asked.every(([kind, value], i) => usage[kind].has(value) === answers[i])
		);
		if (same) return same.result;
		const asked: Question[] = [];
		const answers: boolean[] = [];
		const recorded = (kind: keyof Usage): Lookup => ({
			has: (value) => {
				const answer = usage[kind].has(value);
				asked.push([kind, value]);
				answers.push(answer);
				return answer;
			},
		});
		const result = purgeCss(css, {
			classes: recorded('classes'),
			ids: recorded('ids'),
			tags: recorded('tags'),
			namedElsewhere: recorded('namedElsewhere'),
		});
		done.set(css, [...earlier, { asked, answers, result }]);
		return result;
	};
}
