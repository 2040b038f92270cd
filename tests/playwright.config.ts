import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './e2e/browser';

const executablePath = chromiumPath();
const port = Number(process.env['PORT'] ?? 4329);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

export default defineConfig({
	testDir: './e2e',
	forbidOnly: !!process.env['CI'],
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
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					// Keep Chromium from calling home: the sandbox has no network and the tests watch every request.
					args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
					chromiumSandbox: false,
				},
			},
		},
	],
	webServer: {
		command: `"${process.execPath}" tests/e2e/serve.ts`,
		cwd: '..',
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: !process.env['CI'],
		env: { PORT: String(port), BASE_PATH: base },
	},
});
