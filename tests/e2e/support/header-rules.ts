// The `_headers` file as Netlify and Cloudflare Pages read it: blocks of a path pattern (`*` matches
// anything, `:name` one path segment) and indented `Name: value` lines. Used by the local server
// (serve.ts) and by the tests that check which headers a path gets.

export interface HeaderRule {
	path: string;
	pattern: RegExp;
	headers: [string, string][];
}

export function parseHeaderRules(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			const escaped = path
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:[A-Za-z]\w*/g, '[^/]+');
			rules.push({ path, pattern: new RegExp(`^${escaped}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * Every header a request path gets, with every value each matching rule gives it (lower-case names).
 * A header with two values is one the hosts disagree on: Cloudflare Pages joins them with a comma,
 * Netlify keeps one. The site's rules never do that (tests/e2e/embed.spec.ts checks it).
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string[]> {
	const headers = new Map<string, string[]>();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers)
			headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
	}
	return headers;
}

/**
 * The addresses, relative to the base, at which Netlify and Cloudflare Pages serve one built HTML file:
 * `a/index.html` as `a/`, `a/index.html` and `a/index`; `a/x.html` as `a/x.html` and `a/x` (both serve
 * a file's path without `.html`; Cloudflare redirects the longer forms to it).
 */
export function requestPaths(file: string): string[] {
	const bare = file.replace(/\.html$/, '');
	if (bare === 'index' || bare.endsWith('/index'))
		return [bare.slice(0, -'index'.length), file, bare];
	return [file, bare];
}
