import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { gzipSync } from 'node:zlib';
import {
	pageUsage,
	propertiesIn,
	cachedPurge,
	purgeCss,
	scriptUsage,
	usageOf,
	type PageUsage,
	type ScriptUsage,
	type Usage,
} from './css-purge.ts';

/**
 * Only the CSS a page uses (issue 18). Starlight's routes give every page one stylesheet with the
 * styles of every component any page renders (the hero, the table of contents, cards…), a print
 * sheet beside it, and the small component styles Astro inlines. After the build, pages that render
 * the same components (the same Astro scope classes) get one sheet made of their stylesheets, the
 * print one inside `@media print`, without the rules none of them can match (./css-purge.ts); each
 * page's inline styles lose the rules that page cannot match. A page and its versions for other
 * places share a sheet, since the place switch swaps parts of one into the other.
 */
export function pageCss(): AstroIntegration {
	let base = '/';
	return {
		name: 'borrow-wisely:page-css',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const report = await purgePages(dist, base);
				logger.info(
					`Page CSS: ${report.pages} pages in ${report.groups} groups; sheets ${kb(report.before)} → ${kb(report.after)} gzip (biggest group)`
				);
			},
		},
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One `<link rel="stylesheet">` of a page, to one of the build's `_astro/` sheets. */
interface SheetLink {
	tag: string;
	file: string;
	media: string;
}

/**
 * The sheets a page links. Not those inside <noscript>: they load only when scripts do not run (a
 * lesson's quiz styles, which scripts load as the reader nears the quiz), so they stay where they are.
 */
const sheetLinks = (html: string, base: string): SheetLink[] =>
	[
		...html
			.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '')
			.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi),
	].flatMap(([tag]) => {
		const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
		if (!href.startsWith(`${base}_astro/`) || !href.endsWith('.css')) return [];
		const media = /\bmedia=["']?([^"'>]+)/i.exec(tag)?.[1]?.trim() ?? 'all';
		return [{ tag, file: href.slice(base.length), media }];
	});

/** The Astro components a page renders, by their scope classes. */
const components = (page: PageUsage) =>
	[...page.classes]
		.filter((name) => /^astro-[a-z0-9]{8}$/.test(name))
		.sort()
		.join(' ');

/** A page's versions for other places live at `<locale>/place/<place>/<rest>`; their family is `<locale>/<rest>`. */
const family = (path: string) => path.replace(/^((?:embed\/)?[^/]+\/)place\/[^/]+\//, '$1');

export async function purgePages(dist: string, base: string) {
	const entries = await readdir(dist, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((e) => e.isFile())
		.map((e) => relative(dist, join(e.parentPath, e.name)).replaceAll('\\', '/'));
	const read = (path: string) => readFile(join(dist, path), 'utf8');
	const scriptFiles = files.filter((f) => /\.m?js$/.test(f));
	const scriptTexts = await Promise.all(scriptFiles.map(read));
	const canRun = scriptGraph(new Map(scriptFiles.map((f, i) => [f, scriptTexts[i]!])));
	const pages = new Map<string, string>();
	for (const path of files.filter((f) => f.endsWith('.html'))) pages.set(path, await read(path));

	// Group pages by their sheets and components; a page's place versions join its group.
	const groupOf = new Map<string, string>();
	const parent = new Map<string, string>();
	const find = (key: string): string => {
		const up = parent.get(key) ?? key;
		return up === key ? key : find(up);
	};
	const firstOfFamily = new Map<string, string>();
	// Each page's markup is read once, for its group and for its own inline styles.
	const usages = new Map([...pages].map(([path, html]) => [path, pageUsage(html)]));
	for (const [path, html] of pages) {
		const links = sheetLinks(html, base);
		if (links.length === 0) continue;
		const key = `${links.map((l) => `${l.file}@${l.media}`).join(' ')}|${components(usages.get(path)!)}`;
		groupOf.set(path, key);
		const other = firstOfFamily.get(family(path));
		if (other === undefined) firstOfFamily.set(family(path), key);
		else if (find(other) !== find(key)) parent.set(find(key), find(other));
	}
	const groups = new Map<string, string[]>();
	for (const [path, key] of groupOf)
		groups.set(find(key), [...(groups.get(find(key)) ?? []), path]);

	const sheets = new Map<string, string>();
	const sheet = async (file: string) =>
		sheets.get(file) ?? sheets.set(file, await read(file)).get(file)!;
	const linked = new Set<string>();
	for (const path of groupOf.keys())
		sheetLinks(pages.get(path)!, base).forEach((l) => linked.add(l.file));
	const cssFiles = files.filter((f) => f.endsWith('.css'));
	// Each sheet read once (`sheet` keeps it for the groups that link it).
	await Promise.all(cssFiles.map(sheet));
	const lazySheets = cssFiles.filter((f) => !linked.has(f)).map((f) => sheets.get(f)!);
	// The custom properties each sheet names: a group's sheet keeps those that any sheet it does not
	// link names, since its pages may load that one later (the quiz's styles on a lesson, linked
	// from the start by a module check).
	const namedBy = new Map(cssFiles.map((f) => [f, propertiesIn([sheets.get(f)!])] as const));
	const namedOutside = (own: Set<string>) =>
		new Set([...namedBy].flatMap(([file, names]) => (own.has(file) ? [] : [...names])));

	let before = 0;
	let after = 0;
	const inlinePurge = cachedPurge();
	for (const members of groups.values()) {
		const used = members.map((path) => usages.get(path)!);
		const scripts = canRun(members.map((path) => pages.get(path)!));
		// Every sheet any member links, in page order: a family's versions may link different ones.
		const links = [
			...new Map(
				members
					.flatMap((path) => sheetLinks(pages.get(path)!, base))
					.map((link) => [`${link.file}@${link.media}`, link])
			).values(),
		];
		let css = '';
		for (const link of links) {
			const text = await sheet(link.file);
			css +=
				link.media === 'all' || link.media === 'screen' ? text : `@media ${link.media}{${text}}`;
		}
		const outside = namedOutside(new Set(links.map((link) => link.file)));
		const purged = purgeCss(css, usageOf(used, scripts, outside));
		const name = `_astro/page.${createHash('sha256').update(purged).digest('hex').slice(0, 8)}.css`;
		await writeFile(join(dist, name), purged);
		const size = gzipSize(css);
		if (size > before) [before, after] = [size, gzipSize(purged)];
		const tag = `<link rel="stylesheet" href="${base}${name}">`;
		for (const [i, path] of members.entries()) {
			let page = pages.get(path)!;
			const own = sheetLinks(page, base);
			page = page.replace(own[0]!.tag, () => tag);
			for (const link of own.slice(1)) page = page.replace(link.tag, '');
			pages.set(path, purgeInlineStyles(page, usageOf([used[i]!], scripts, outside), inlinePurge));
		}
	}
	for (const path of groupOf.keys()) await writeFile(join(dist, path), pages.get(path)!);

	// The sheets every page used to link are gone from the pages; remove them unless something else names them.
	const texts = [...pages.values(), ...scriptTexts, ...lazySheets];
	for (const file of linked) {
		const name = file.slice('_astro/'.length);
		if (!texts.some((text) => text.includes(name))) await rm(join(dist, file));
	}

	return { pages: groupOf.size, groups: groups.size, before, after };
}

/**
 * What the scripts some pages can run could add to them: the scripts their markup names, the ones
 * those name (imports, dynamic imports, Vite's lists of a chunk's dependencies), and so on. Scripts
 * no page of the set can load (Expressive Code's, which only pages with code load; Pagefind's own UI,
 * which this site does not use) cannot add a class or an element to it.
 */
function scriptGraph(scripts: Map<string, string>) {
	const byName = new Map([...scripts.keys()].map((file) => [file.replace(/^.*\//, ''), file]));
	const named = (text: string) =>
		(text.match(/[\w.-]+\.m?js\b/g) ?? []).flatMap((name) => byName.get(name) ?? []);
	const links = new Map([...scripts].map(([file, text]) => [file, named(text)]));
	const usages = new Map<string, ScriptUsage>();
	return (pages: string[]): ScriptUsage => {
		const reached = new Set(pages.flatMap(named));
		for (const file of reached) for (const next of links.get(file) ?? []) reached.add(next);
		const key = [...reached].sort().join(' ');
		if (!usages.has(key)) usages.set(key, scriptUsage([...reached].map((f) => scripts.get(f)!)));
		return usages.get(key)!;
	};
}

/** A page's inline `<style>` elements without the rules it cannot match; an emptied one goes. */
function purgeInlineStyles(
	html: string,
	usage: Usage,
	purge: ReturnType<typeof cachedPurge>
): string {
	if (!/<style\b/i.test(html)) return html;
	return html.replace(
		/<style\b([^>]*)>([\s\S]*?)<\/style>/gi,
		(_, attributes: string, css: string) => {
			const purged = purge(css, usage).trim();
			return purged ? `<style${attributes}>${purged}</style>` : '';
		}
	);
}

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
