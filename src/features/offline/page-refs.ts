// What a built page needs besides itself, read from its HTML: the build's scripts and stylesheets, the
// site icon and the words its calculators fetch. Pure; the worker and the build both use it, so what
// the bench counts is what a reader's device keeps.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PageRefs {
	/** File names in `_astro/` the HTML names (scripts, stylesheets). */
	assets: string[];
	/**
	 * Other paths the page loads: the icon (`.svg`) and the calculators' words (`data-strings-src`).
	 * Not other `data-src` JSON: the progress page's questions (about 45 KB) load only for a learner
	 * with questions to review, and are kept when they do.
	 */
	other: string[];
}

export function pageRefs(html: string, base: string): PageRefs {
	const b = escape(base);
	const assets = new Set<string>();
	for (const [, name] of html.matchAll(new RegExp(`${b}_astro/([\\w.-]+\\.(?:js|css))`, 'g')))
		assets.add(name!);
	const other = new Set<string>();
	for (const [, path] of html.matchAll(new RegExp(`\\shref="(${b}[^"#?]*\\.svg)"`, 'g')))
		other.add(path!);
	for (const [, path] of html.matchAll(new RegExp(`\\sdata-strings-src="(${b}[^"#?]*)"`, 'g')))
		other.add(path!);
	return { assets: [...assets].sort(), other: [...other].sort() };
}

/** `names` and every `_astro/` file they load, directly or not, by `graph` (name → names it loads). */
export function closure(
	names: readonly string[],
	graph: Record<string, readonly string[]>
): string[] {
	const seen = new Set<string>();
	const walk = (name: string) => {
		if (seen.has(name)) return;
		seen.add(name);
		for (const next of graph[name] ?? []) walk(next);
	};
	names.forEach(walk);
	return [...seen].sort();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The page's `<title>`, without the site name Starlight adds after ` | `. */
export function titleOf(html: string): string {
	const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
	const text = raw.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
		if (name[0] === '#')
			return String.fromCodePoint(
				name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
			);
		return entities[name.toLowerCase()] ?? whole;
	});
	const cut = text.lastIndexOf(' | ');
	return (cut > 0 ? text.slice(0, cut) : text).trim();
}
