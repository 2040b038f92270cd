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

const sheetLinks = (html: string, base: string): SheetLink[] =>
	[...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)].flatMap(([tag]) => {
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
	const scriptTexts = await Promise.all(files.filter((f) => /\.m?js$/.test(f)).map(read));
	const scripts = scriptUsage(scriptTexts);
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
	const lazySheets = await Promise.all(
		files.filter((f) => f.endsWith('.css') && !linked.has(f)).map(read)
	);
	const lazyProperties = propertiesIn(lazySheets);

	let before = 0;
	let after = 0;
	const inlinePurge = cachedPurge();
	for (const members of groups.values()) {
		const used = members.map((path) => usages.get(path)!);
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
		const purged = purgeCss(css, usageOf(used, scripts, lazyProperties));
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
			pages.set(
				path,
				purgeInlineStyles(page, usageOf([used[i]!], scripts, lazyProperties), inlinePurge)
			);
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
