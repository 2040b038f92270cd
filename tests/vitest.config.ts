import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build-level tests run `astro sync` or `astro build` on a fixture: seconds when idle, but a
		// machine busy with another build can make them minutes, which must not fail them.
		// Both cores: Vitest's default (cores − 1) is one worker here, which left a core idle once
		// `npm test`'s HTML check beside it ended. With two, that stage took 91–98 s instead of 104 s.
		maxWorkers: 2,
		testTimeout: 300_000,
		hookTimeout: 300_000,
	},
});
