// A static server for the built site: serves dist/ under the configured base path, with the
// headers from dist/_headers when it exists, the way a static host would (see header-rules.ts).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaderRules, type HeaderRule } from './header-rules.ts';

const dist = process.env['DIST']
	? join(process.env['DIST'], '/')
	: fileURLToPath(new URL('../../../dist/', import.meta.url));
const port = Number(process.env['PORT'] ?? 4329);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

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

/** The `_headers` rules of the build, if it wrote any. */
function readHeaderRules(): HeaderRule[] {
	const file = join(dist, '_headers');
	return existsSync(file) ? parseHeaderRules(readFileSync(file, 'utf8')) : [];
}

const rules = readHeaderRules();

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = decodeURIComponent(url.pathname);
	if (!path.startsWith(base)) {
		res.writeHead(404).end('Not found');
		return;
	}
	const rel = normalize(path.slice(base.length - 1));
	let file = join(dist, rel);
	if (!file.startsWith(dist.replace(/\/$/, ''))) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${path}/${url.search}` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	const found = existsSync(file);
	if (!found) file = join(dist, '404.html');
	// Rules match the request's path, base included, as on a static host; a header that several
	// matching rules name gets their values joined with a comma, as Cloudflare Pages does.
	for (const [name, values] of headersFor(rules, path)) res.setHeader(name, values.join(', '));
	res.writeHead(found ? 200 : 404, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
	});
	createReadStream(file)
		.on('error', () => res.destroy())
		.pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dist} at http://127.0.0.1:${port}${base}`);
});
