// Build side of offline copies: from a built site (`dist/`), the map of the build's `_astro/` files,
// and what each "Save for offline" keeps, with its size. The offline integration bakes both into the
// worker; the bench prints the sizes (scripts/bench/run.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toolPages } from '../features/educators/handout-html.ts';
import type { Pack } from '../features/offline/data.ts';
import { offlinePagePath } from '../features/offline/paths.ts';
import { closure, pageRefs } from '../features/offline/page-refs.ts';
import { places } from '../features/place/places.ts';
import { localeIds, modules, type Locale } from '../site/locales.ts';

/**
 * Every file in `_astro/` → the `_astro/` files it loads (imports, lazy imports and stylesheets it
 * adds). The search element's chunk keeps only its static imports and the dialog's own styles
 * (search-dialog.css, which the dialog needs to say search needs a connection): what it loads when
 * the dialog opens (the Pagefind UI and its styles) is left out, because search needs a connection.
 */
export function assetGraph(dist: string): Record<string, string[]> {
	const folder = join(dist, '_astro');
	const names = existsSync(folder) ? readdirSync(folder).sort() : [];
	const graph: Record<string, string[]> = {};
	for (const name of names) {
		if (!name.endsWith('.js')) {
			graph[name] = [];
			continue;
		}
		const code = readFileSync(join(folder, name), 'utf8');
		const loads = names.filter((other) => other !== name && code.includes(other));
		graph[name] = name.startsWith('bw-search.')
			? loads.filter(
					(other) =>
						other.startsWith('search-dialog.') ||
						new RegExp(`(from|import)\\s*["'\`]\\./${escape(other)}`).test(code)
				)
			: loads;
	}
	return graph;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page path under the base (`en/borrowing/`) → its HTML file in `dist`. */
const htmlFile = (dist: string, page: string) => join(dist, page, 'index.html');

/** Folders of `dist/<dir>` that hold a page, as page paths (`en/borrowing/check/`). */
function pagesIn(dist: string, dir: string): string[] {
	if (!existsSync(join(dist, dir))) return [];
	return readdirSync(join(dist, dir), { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(dist, dir, e.name, 'index.html')))
		.map((e) => `${dir}/${e.name}/`)
		.sort();
}

/**
 * The pages of one saved set: a module (overview, lessons, check, the tools its lessons embed) or the
 * tools; none when the build has no such module.
 */
export function packPages(dist: string, locale: Locale, pack: string): string[] {
	const home = `${locale}/${pack}/`;
	if (!existsSync(htmlFile(dist, home))) return [];
	const shared = [`${locale}/glossary/`, `${locale}/help/`, offlinePagePath(locale)].filter(
		(page) => existsSync(htmlFile(dist, page))
	);
	if (pack === 'tools') return [home, ...pagesIn(dist, `${locale}/tools`), ...shared];
	const own = [home, ...pagesIn(dist, `${locale}/${pack}`)];
	const embedded = new Set<string>();
	for (const page of own) {
		const html = readFileSync(htmlFile(dist, page), 'utf8');
		for (const [tag, tool] of Object.entries(toolPages))
			if (new RegExp(`<${tag}[\\s>]`).test(html)) embedded.add(`${locale}/${tool}`);
	}
	return [...own, ...[...embedded].sort(), ...shared];
}

/** Every file a set of pages needs, pages included, as paths under the base. */
export function filesOf(
	dist: string,
	base: string,
	pages: readonly string[],
	graph: Record<string, string[]>
): string[] {
	const files = new Set<string>(pages);
	for (const page of pages) {
		const refs = pageRefs(readFileSync(htmlFile(dist, page), 'utf8'), base);
		for (const name of closure(refs.assets, graph)) files.add(`_astro/${name}`);
		for (const path of refs.other) files.add(path.slice(base.length));
	}
	return [...files];
}

/** A file under the base (a page path is its index.html) as `dist` serves it. */
function fileBytes(dist: string, path: string): { raw: number; gzip: number } {
	const body = readFileSync(path.endsWith('/') ? htmlFile(dist, path) : join(dist, path));
	return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Every saved set of every locale: its pages, the pages' versions per place, and its size. */
export function offlinePacks(
	dist: string,
	base: string,
	graph = assetGraph(dist)
): Record<Locale, Record<string, Pack>> {
	const sizes = new Map<string, { raw: number; gzip: number }>();
	const size = (path: string) =>
		sizes.get(path) ?? sizes.set(path, fileBytes(dist, path)).get(path)!;
	const result = {} as Record<Locale, Record<string, Pack>>;
	for (const locale of localeIds) {
		result[locale] = {};
		for (const pack of [...modules, 'tools']) {
			const pages = packPages(dist, locale, pack);
			if (pages.length === 0) continue;
			const versions: Record<string, string[]> = {};
			for (const place of places) {
				const found = pages
					.map((page) => `${locale}/place/${place}/${page.slice(locale.length + 1)}`)
					.filter((page) => existsSync(htmlFile(dist, page)));
				if (found.length) versions[place] = found;
			}
			const files = filesOf(dist, base, pages, graph);
			result[locale][pack] = {
				pages,
				places: versions,
				files: files.length,
				download: files.reduce((n, f) => n + size(f).gzip, 0),
				stored: files.reduce((n, f) => n + size(f).raw, 0),
			};
		}
	}
	return result;
}
