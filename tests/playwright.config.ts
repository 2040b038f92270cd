import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/support/browser';

const port = Number(process.env['PORT'] ?? 4329);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

export default defineConfig({
	testDir: './e2e',
	forbidOnly: !!process.env['CI'],
	// Tests are independent (each starts in a tab as new: a new context, or the last test's tab once
	// e2e/support/test.ts has emptied it; baseline's per-worker page opens every document with empty
	// storage), so the per-page specs can share both workers.
	fullyParallel: true,
	// One worker per core of the 2-core machines this runs on; more only queue for the CPU (a full
	// run with 3 workers took 459 s here, against 400–428 s with 2).
	workers: 2,
	// Generous limits, so a machine busy with a build slows the suite instead of failing it: next
	// to other builds, baseline's long lessons (load, weigh, axe) went past the old 30 s.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	// One retry in CI only: CI's verdict decides whether work lands, and a test that passes on the
	// retry is still listed as flaky; locally every failure shows at once.
	retries: process.env['CI'] ? 1 : 0,
	reporter: process.env['CI'] ? [['list'], ['line']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		trace: 'off',
		// The offline worker is tested by offline.spec.ts, which allows it. Elsewhere it would only
		// register after each first load and fetch the page again to keep it: work no other spec
		// checks, which cost the suite about 40 s here.
		serviceWorkers: 'block',
		navigationTimeout: 60_000,
		actionTimeout: 30_000,
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: launchOptions(),
			},
		},
	],
	webServer: {
		command: `"${process.execPath}" tests/e2e/support/serve.ts`,
		cwd: '..',
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: !process.env['CI'],
		env: { PORT: String(port), BASE_PATH: base },
	},
});
