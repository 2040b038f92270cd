import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/support/browser';

const port = Number(process.env['PORT'] ?? 4329);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

export default defineConfig({
	testDir: './e2e',
	forbidOnly: !!process.env['CI'],
	// Every test has its own browser context, so the per-page specs can share both workers.
	fullyParallel: true,
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? [['list'], ['line']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		trace: 'off',
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
