// A static server for the built site: serves dist/ under the configured base path, with the
// headers from public/_headers when it exists, the way a static host would.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.env['DIST'] ? join(process.env['DIST'], '/') : fileURLToPath(new URL('../../dist/', import.meta.url));
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

/** `_headers` rules: a path pattern (`*` matches anything) and the headers it adds. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return [];
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

const rules = readHeaderRules();

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
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
	for (const rule of rules) {
		if (rule.pattern.test(`/${rel.replace(/^\//, '')}`)) for (const [k, v] of rule.headers) res.setHeader(k, v);
	}
	res.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file)
		.on('error', () => res.destroy())
		.pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dist} at http://127.0.0.1:${port}${base}`);
});
