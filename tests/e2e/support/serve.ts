// A static server for the built site: serves dist/ under the configured base path, with the
// headers from dist/_headers when it exists, the way a static host would (see header-rules.ts).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaderRules, type HeaderRule } from './header-rules.ts';

const dist = process.env['DIST']
	? join(process.env['DIST'], '/')
	: fileURLToPath(new URL('../../../dist/', import.meta.url));
const port = Number(process.env['PORT'] ?? 4329);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
// GZIP=1 compresses text as a static host does, for what measures transfer (Lighthouse in the bench);
// the tests weigh bodies themselves and leave it off.
const gzip = process.env['GZIP'] === '1';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * The `_headers` rules of the build, if it wrote any, read again when the file changes: a server
 * left running (Playwright reuses one outside CI) must not send an earlier build's CSP, which
 * allows none of a new build's inline scripts.
 */
let rules: { mtimeMs: number; list: HeaderRule[] } = { mtimeMs: -1, list: [] };
function headerRules(): HeaderRule[] {
	const file = join(dist, '_headers');
	const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : 0;
	if (mtimeMs !== rules.mtimeMs)
		rules = { mtimeMs, list: mtimeMs ? parseHeaderRules(readFileSync(file, 'utf8')) : [] };
	return rules.list;
}

/**
 * The request's path, decoded once, or undefined for one a real host refuses (400): bad
 * percent-encoding, a NUL, or a segment that decodes to `.` or `..` or holds a `/` or `\\`. The URL
 * parser has already resolved literal `.` and `..` segments; an encoded slash must not let a path
 * match one rule (`/embed/*`) and name the file of another (`/en/progress/`).
 */
function requestPath(pathname: string): string | undefined {
	const segments = pathname.split('/');
	const decoded: string[] = [];
	for (const segment of segments) {
		let value: string;
		try {
			value = decodeURIComponent(segment);
		} catch {
			return undefined;
		}
		if (/[/\\\0]/.test(value) || value === '.' || value === '..') return undefined;
		decoded.push(value);
	}
	return decoded.join('/');
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	// One path for both the header rules and the file, as on a static host.
	const path = requestPath(url.pathname);
	if (path === undefined) {
		res.writeHead(400).end('Bad request');
		return;
	}
	if (!path.startsWith(base)) {
		res.writeHead(404).end('Not found');
		return;
	}
	let file = join(dist, path.slice(base.length));
	if (!file.startsWith(dist)) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	const found = existsSync(file);
	if (!found) file = join(dist, '404.html');
	// Rules match the request's path, base included, as on a static host; a header that several
	// matching rules name gets their values joined with a comma, as Cloudflare Pages does.
	for (const [name, values] of headersFor(headerRules(), path))
		res.setHeader(name, values.join(', '));
	const type = types[extname(file)] ?? 'application/octet-stream';
	const compress =
		gzip &&
		/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
		/\bgzip\b/.test(String(req.headers['accept-encoding']));
	res.writeHead(found ? 200 : 404, {
		'content-type': type,
		...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
	});
	const body = createReadStream(file).on('error', () => res.destroy());
	(compress ? body.pipe(createGzip()) : body).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dist} at http://127.0.0.1:${port}${base}`);
});
