// A static server on the loopback interface only. COOP/COEP make the pages cross-origin isolated, so
// performance.now() has 5 µs resolution instead of 100 µs. Responses are gzipped when the browser asks,
// as a production server does, so the page-load workload transfers what a real visit transfers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageLoadHtml } from './page-load.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

const gzipped = new Map();

/** `body` gzipped once (level 6, as servers commonly do) and kept for the next request. */
function gzipOnce(key, body) {
  let zipped = gzipped.get(key);
  if (!zipped) {
    zipped = gzipSync(body, { level: 6 });
    gzipped.set(key, zipped);
  }
  return zipped;
}

/**
 * Serves `/page/*` from pageDir, `/work/<name>.json` from `work`, `/load/<dist>/<workload>/<path>` (a
 * page-load page, see page-load.mjs, with the preload tags of `bundles[<dist>]`), everything else from distDir.
 */
export async function startServer({ distDir, pageDir, work, bundles = {} }) {
  const server = createServer(async (req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-cache',
    };
    const send = (type, body, key) => {
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipOnce(key, body));
      } else {
        res.writeHead(200, { ...headers, 'Content-Type': type });
        res.end(body);
      }
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      const m = /^\/work\/([\w-]+)\.json$/.exec(path);
      if (m) {
        const body = work.get(m[1]);
        if (body === undefined) throw Object.assign(new Error('no workload'), { code: 'ENOENT' });
        send(TYPES['.json'], body, path);
        return;
      }
      const load = /^\/load\/([\w-]+)\/([\w-]+)\/(json|precompiled)$/.exec(path);
      if (load) {
        const [, dist, name, loadPath] = load;
        const body = work.get(name);
        if (body === undefined) throw Object.assign(new Error('no workload'), { code: 'ENOENT' });
        send(
          TYPES['.html'],
          pageLoadHtml({ dist, workload: JSON.parse(body), path: loadPath, bundle: bundles[dist] }),
          path,
        );
        return;
      }
      const [base, rest] = path.startsWith('/page/') ? [pageDir, path.slice(6)] : [distDir, path.slice(1)];
      let file = normalize(join(base, rest));
      if (!file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if (file.endsWith(sep)) file = join(file, 'index.html');
      send(TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), file);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, headers);
      res.end(String(e.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
