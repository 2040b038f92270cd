import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build-level tests run `astro sync` on a fixture and need more than the default 5 s.
		testTimeout: 60_000,
	},
});
