import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts tests/e2e/support/serve.ts for dist/ on a port, gzip on, and resolves once it answers. */
export async function startServer(
	port: number,
	dist?: string
): Promise<{ url: string; stop: () => void }> {
	const script = fileURLToPath(new URL('../../tests/e2e/support/serve.ts', import.meta.url));
	const child: ChildProcess = spawn(process.execPath, [script], {
		// Compressed as a static host sends it, so Lighthouse simulates the bytes a reader receives.
		env: { ...process.env, PORT: String(port), GZIP: '1', ...(dist ? { DIST: dist } : {}) },
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`The bench server did not start on port ${port}.`);
}
