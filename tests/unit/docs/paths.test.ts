// The docs name files and storage keys that the code owns; these checks fail when the two drift.
//
// A repo path is a word in backticks (or the first word of a line in a plain ```text block, or an
// import in any code block) that starts with one of `prefixes`, with `~/` (the alias for src/), or
// is a top-level config file matched by `topLevel`. Every relative link must point at a file, and
// at a heading it has. In paths, `<name>` and `*` match any characters but `/`, and `{a,b}` either
// word; brackets are literal, since route files are named `[locale]`. Site URLs (`/en/…`) and the
// other words of a command are not paths.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storageKeys } from '~/site/storage-keys';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const prefixes = ['src/', 'tests/', 'scripts/', 'content/', 'public/', 'docs/', '.ci/'];
const topLevel =
	/^(?:[\w-]+\.config\.(?:mjs|cjs|js|ts)|package(?:-lock)?\.json|tsconfig\.json|\.(?:prettierrc\.json|prettierignore|editorconfig|gitignore|git-blame-ignore-revs))$/;
/** Folders never named by the docs and too large or generated to walk. */
const skipped = new Set(['node_modules', 'dist', '.git', '.astro', '.tmp', 'test-results']);

const docs = [
	'README.md',
	'CONTRIBUTING.md',
	...readdirSync(join(root, 'docs'))
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`),
];

/** Every file and folder of the repository (folders with and without a trailing slash). */
function tree(): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
			if (skipped.has(e.name)) continue;
			const path = dir ? `${dir}/${e.name}` : e.name;
			out.add(path);
			if (e.isDirectory()) {
				out.add(`${path}/`);
				walk(path);
			}
		}
	};
	walk('');
	return out;
}
const entries = tree();
const entryList = [...entries];

/** A path from the docs as a regular expression over `entries`. */
function pathPattern(path: string): RegExp {
	let source = '';
	for (let i = 0; i < path.length; i++) {
		const c = path[i]!;
		if (c === '<') {
			const end = path.indexOf('>', i);
			source += '[^/]+';
			i = end < 0 ? path.length : end;
		} else if (c === '*') source += '[^/]*';
		else if (c === '{') {
			const end = path.indexOf('}', i);
			source += `(?:${path
				.slice(i + 1, end)
				.split(',')
				.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
				.join('|')})`;
			i = end;
		} else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}

/** Does a path from the docs name something in the tree? */
function exists(path: string): boolean {
	if (entries.has(path)) return true;
	if (!/[<*{]/.test(path)) return false;
	const pattern = pathPattern(path);
	return entryList.some((e) => pattern.test(e));
}

/** `~/x` → `src/x`; surrounding quotes and punctuation dropped. */
function asRepoPath(word: string): string | undefined {
	const w = word.replace(/^[('"]+|[)'",;:]+$/g, '');
	const path = w.startsWith('~/') ? `src/${w.slice(2)}` : w;
	if (prefixes.some((p) => path.startsWith(p)) || topLevel.test(path)) return path;
	return undefined;
}

interface Mentions {
	/** Repo paths named in code spans and plain code blocks. */
	paths: string[];
	/** Relative link targets, as written. */
	links: string[];
	/** Every code span's text. */
	spans: string[];
	/** Heading anchors, as GitHub makes them. */
	anchors: Set<string>;
}

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
	return heading
		.replace(/`/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.trim()
		.replace(/\s/g, '-');
}

function mentions(markdown: string): Mentions {
	const found: Mentions = { paths: [], links: [], spans: [], anchors: new Set() };
	const counts = new Map<string, number>();
	let fence: string | undefined;
	for (const line of markdown.split('\n')) {
		const opener = /^\s*(```|~~~)\s*(\w*)/.exec(line);
		if (opener) {
			fence = fence === undefined ? opener[2] || 'text' : undefined;
			continue;
		}
		if (fence !== undefined) {
			// A plain block is a listing: its first word may be a path. Any block's imports are paths.
			const first = line.trim().split(/\s+/)[0] ?? '';
			const path = fence === 'text' ? asRepoPath(first) : undefined;
			if (path) found.paths.push(path);
			for (const m of line.matchAll(/['"](~\/[^'"]+)['"]/g)) found.paths.push(asRepoPath(m[1]!)!);
			continue;
		}
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			const base = anchorOf(heading[1]!);
			const n = counts.get(base) ?? 0;
			counts.set(base, n + 1);
			found.anchors.add(n === 0 ? base : `${base}-${n}`);
		}
		for (const m of line.matchAll(/`([^`]+)`/g)) {
			found.spans.push(m[1]!);
			for (const word of m[1]!.split(/\s+/)) {
				const path = asRepoPath(word);
				if (path) found.paths.push(path);
			}
		}
		for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
			if (!/^[a-z]+:/i.test(m[1]!)) found.links.push(m[1]!);
		}
	}
	return found;
}

const read = (doc: string) => readFileSync(join(root, doc), 'utf8');
const parsed = new Map(docs.map((doc) => [doc, mentions(read(doc))]));

describe('the docs', () => {
	it('are one file per reader, beside the README and CONTRIBUTING', () => {
		for (const name of [
			'authoring',
			'translating',
			'educators',
			'platforms',
			'operating',
			'architecture',
		])
			expect(docs).toContain(`docs/${name}.md`);
	});

	it('keep the README at most 12 KB', () => {
		expect(statSync(join(root, 'README.md')).size).toBeLessThanOrEqual(12 * 1024);
	});

	for (const doc of docs) {
		it(`${doc}: every repo path it names exists`, () => {
			const { paths } = parsed.get(doc)!;
			expect(paths.length).toBeGreaterThan(0);
			expect(paths.filter((p) => !exists(p))).toEqual([]);
		});

		it(`${doc}: every relative link points at a file, and at a heading it has`, () => {
			const broken = parsed.get(doc)!.links.filter((link) => {
				const [target = '', anchor] = link.split('#');
				const file = target
					? posix.normalize(
							target.startsWith('/')
								? target.slice(1)
								: relative(root, join(root, dirname(doc), target)).replaceAll('\\', '/')
						)
					: doc;
				if (!entries.has(file) && !entries.has(`${file}/`)) return true;
				if (anchor === undefined || !file.endsWith('.md')) return false;
				return !(parsed.get(file) ?? mentions(read(file))).anchors.has(anchor);
			});
			expect(broken).toEqual([]);
		});
	}

	for (const doc of ['README.md', 'docs/operating.md']) {
		it(`${doc}: its "What is stored in the browser" names every key of the storage registry, and no other`, () => {
			const text = read(doc);
			const section = /^## What is stored in the browser\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(
				text
			)?.[1];
			expect(section, 'a "What is stored in the browser" section').toBeDefined();
			const named = new Set(mentions(section!).spans);
			const keys = Object.keys(storageKeys);
			expect(keys.filter((key) => !named.has(key))).toEqual([]);
			// And name no key the registry lacks.
			const stored = [...named].filter((s) => /^(?:bw:|starlight-|sl-)[\w-]+$/.test(s));
			expect(stored.filter((s) => !keys.includes(s))).toEqual([]);
		});
	}

	it('name no bw: storage key that the registry lacks', () => {
		const keys = Object.keys(storageKeys);
		for (const [doc, { spans }] of parsed) {
			const unknown = spans.filter((s) => /^bw:[\w-]+$/.test(s) && !keys.includes(s));
			expect(unknown, doc).toEqual([]);
		}
	});
});

describe('the path rules of this test', () => {
	it('match placeholders within one segment, and brackets literally', () => {
		expect(pathPattern('content/docs/<locale>/*.mdx').test('content/docs/en/about.mdx')).toBe(true);
		expect(pathPattern('content/docs/<locale>/*.mdx').test('content/docs/en/x/about.mdx')).toBe(
			false
		);
		expect(pathPattern('src/{site,markdown}/').test('src/markdown/')).toBe(true);
		expect(pathPattern('src/routes/[locale]/').test('src/routes/[locale]/')).toBe(true);
		expect(pathPattern('src/routes/[locale]/').test('src/routes/l/')).toBe(false);
	});

	it('find paths in spans, commands, plain blocks and imports, and skip site URLs', () => {
		const m = mentions(
			[
				'# A `title`',
				'See `src/a.ts`, `~/b/c.astro`, `/en/tools/` and `npx vitest tests/x.ts`.',
				'Link [d](../d.md#e) and [web](https://example.org).',
				'```text',
				'scripts/f.ts   what it does',
				'```',
				'```mdx',
				"import X from '~/g.astro';",
				'src/not-a-listing.ts',
				'```',
			].join('\n')
		);
		expect(m.paths).toEqual([
			'src/a.ts',
			'src/b/c.astro',
			'tests/x.ts',
			'scripts/f.ts',
			'src/g.astro',
		]);
		expect(m.links).toEqual(['../d.md#e']);
		expect(m.anchors).toEqual(new Set(['a-title']));
	});
});
