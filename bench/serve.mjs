/**
 * A tiny static server on 127.0.0.1, used for both sides of the side-by-side benchmark so that
 * serving conditions match: brotli (or gzip) for text files when the browser accepts it, no cache
 * headers, clean URLs (/a/b serves /a/b.html or /a/b/index.html), /404.html for unknown paths.
 *
 *   node bench/serve.mjs DIR [PORT]     prints http://127.0.0.1:PORT once listening (0 = free port)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Serves `dir`; resolves to the base URL and a close function. */
export function serve(dir, port = 0) {
	const root = resolve(dir);
	const find = (urlPath) => {
		const path = join(root, decodeURIComponent(urlPath.split('?')[0]));
		if (path !== root && !path.startsWith(root + sep)) return undefined;
		return [path, `${path}.html`, join(path, 'index.html')].find(
			(candidate) => existsSync(candidate) && statSync(candidate).isFile()
		);
	};
	// Compressed once per file and encoding, as a static host or CDN serves it: compressing on
	// every request (brotli at its default quality 11 takes a third of a second for the database
	// library) made the server, not the page, the slow part of a load.
	const compressed = new Map();
	const compress = (path, encoding, body) => {
		const key = `${encoding} ${path}`;
		if (!compressed.has(key))
			compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
		return compressed.get(key);
	};
	const server = createServer((req, res) => {
		const file = find(req.url ?? '/');
		const shown = file ?? find('/404.html');
		let body = shown ? readFileSync(shown) : Buffer.from('Not found');
		const type = TYPES[extname(shown ?? '.txt')] ?? 'application/octet-stream';
		const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
		const accepts = req.headers['accept-encoding'] ?? '';
		if (COMPRESSIBLE.test(type) && body.length > 1024) {
			if (/\bbr\b/.test(accepts)) {
				body = compress(shown, 'br', body);
				headers['Content-Encoding'] = 'br';
			} else if (/\bgzip\b/.test(accepts)) {
				body = compress(shown, 'gzip', body);
				headers['Content-Encoding'] = 'gzip';
			}
			headers.Vary = 'Accept-Encoding';
		}
		headers['Content-Length'] = body.length;
		res.writeHead(file ? 200 : 404, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) =>
		server.listen(port, '127.0.0.1', () =>
			done({
				url: `http://127.0.0.1:${server.address().port}`,
				close: () => new Promise((closed) => server.close(closed))
			})
		)
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = '.', port = '0'] = process.argv.slice(2);
	const { url } = await serve(dir, Number(port));
	console.log(url);
}
