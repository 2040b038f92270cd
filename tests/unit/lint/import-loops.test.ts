import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Imports run one way: no module of src/ may reach itself again through its imports (type-only
// imports included: they show a pair that points both ways). .astro files count by their frontmatter
// and <script> imports.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const src = join(root, 'src');

const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
	.filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'))
	.map((f) => join(src, f));

const specifier =
	/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The src/ files `file` imports (relative and `~/` specifiers that resolve to a file). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(specifier)) {
		const spec = (m[1] ?? m[2] ?? m[3])!.split('?')[0]!;
		const base = spec.startsWith('~/')
			? join(src, spec.slice(2))
			: spec.startsWith('.')
				? resolve(dirname(file), spec)
				: undefined;
		if (!base) continue;
		const hit = ['', '.ts', '.astro', '/index.ts']
			.map((e) => base + e)
			.find((p) => existsSync(p) && /\.(ts|astro)$/.test(p));
		if (hit) out.push(hit);
	}
	return out;
}

/** Every cycle found by depth-first search, as a list of paths relative to the repository. */
export function cycles(graph: Map<string, string[]>): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).concat(next));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of graph.keys()) if (!state.has(node)) visit(node);
	return found.map((c) => c.map((p) => relative(root, p)));
}

describe('imports', () => {
	test('the cycle finder finds a loop (so the next test can fail)', () => {
		const a = join(src, 'a.ts');
		const b = join(src, 'b.ts');
		expect(
			cycles(
				new Map([
					[a, [b]],
					[b, [a]],
				])
			)
		).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
		expect(importsOf(join(src, 'site/strings.ts'))).toContain(
			join(src, 'site/ui-strings-schema.ts')
		);
	});

	test('no module in src/ imports itself through others', () => {
		const graph = new Map(files.map((f) => [f, importsOf(f)]));
		expect(graph.size).toBeGreaterThan(100);
		expect(cycles(graph)).toEqual([]);
	});
});
