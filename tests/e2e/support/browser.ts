import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to test with: Playwright's own if installed, else a system one. Nothing is downloaded.
 * Returns undefined to let Playwright use its own build.
 */
export function chromiumPath(): string | undefined {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
		return fromEnv;
	}
	if (existsSync(chromium.executablePath())) return undefined;
	const system = [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
	].find((p) => existsSync(p));
	if (system) return system;
	throw new Error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install one of: Debian/Ubuntu `apt-get install -y chromium`, or `npx playwright install chromium` where downloads are allowed,',
			'or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
		].join('\n')
	);
}

/** How the tests and the bench start Chromium: the browser above, kept from calling home. */
export function launchOptions() {
	const executablePath = chromiumPath();
	return {
		...(executablePath ? { executablePath } : {}),
		// The sandbox has no network and the tests watch every request, so background traffic is off.
		// No host but the test server resolves: nothing can leave the machine, and no test has to route
		// (intercept) every request to make sure of it, which cost each page load a round trip per file.
		args: [
			'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			// One renderer process wherever the browser may choose. Without the limit it started
			// renderers the tests never used (then each test opened a new context): the tests other than
			// the baseline took 530 core-seconds and 329 s here, with it 471 and 284 s, and the
			// process that forks renderers went from 17 core-seconds to 4. Each context still gets a
			// process of its own (two open contexts ran in two renderers, checked by hand).
			'--renderer-process-limit=1',
		],
		chromiumSandbox: false,
	};
}
