import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// A file past 300 lines is usually doing several jobs: split it by job (see docs/architecture.md).
const MAX_LINES = 300;
const src = fileURLToPath(new URL('../../../src', import.meta.url));

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
	const lengths = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((f) => /\.(ts|astro|css)$/.test(f))
		.map((f) => [f, readFileSync(join(src, f), 'utf8').split('\n').length] as const);
	expect(lengths.length).toBeGreaterThan(100);
	expect(lengths.filter(([, n]) => n > MAX_LINES)).toEqual([]);
});
