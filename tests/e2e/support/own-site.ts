// A copy of the site on a server of the test's own (tests/e2e/support/serve.ts in a child process), on
// its own port: a service worker belongs to one origin, so a test that registers one keeps it from
// every other test, and going offline means stopping the server, since Playwright's offline mode
// does not reach the requests a service worker makes itself. Restarted on the same port, it is the
// same origin: the way to serve a new build to a device that kept the old one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

export interface OwnSite {
	/** The site's address, base path included, ending in `/`. */
	readonly url: string;
	/** Serves `dist` (the build by default) until `stop()`. */
	start(dist?: string): Promise<void>;
	/** Stops serving: every request to the site now fails, as with no signal. */
	stop(): Promise<void>;
}

export async function ownSite(): Promise<OwnSite> {
	const port = await freePort();
	let child: ChildProcess | undefined;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		async start(dist) {
			const server = spawn(process.execPath, ['tests/e2e/support/serve.ts'], {
				cwd: root,
				env: {
					...process.env,
					PORT: String(port),
					BASE_PATH: base,
					...(dist ? { DIST: dist } : {}),
				},
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			child = server;
			await new Promise<void>((resolve, reject) => {
				server.stdout!.on('data', (chunk: Buffer) => {
					if (chunk.toString().includes('Serving')) resolve();
				});
				server.on('exit', (code) => reject(new Error(`The site's server stopped (${code}).`)));
			});
		},
		async stop() {
			const server = child;
			child = undefined;
			if (!server || server.exitCode !== null) return;
			await new Promise<void>((resolve) => {
				server.on('exit', () => resolve());
				server.kill();
			});
		},
	};
}
