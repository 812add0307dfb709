// A static server on the loopback interface only. COOP/COEP make the pages cross-origin isolated, so
// performance.now() has 5 µs resolution instead of 100 µs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Serves `/page/*` from pageDir, `/work/<name>.json` from `work`, everything else from distDir. */
export async function startServer({ distDir, pageDir, work }) {
  const server = createServer(async (req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-cache',
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      const m = /^\/work\/([\w-]+)\.json$/.exec(path);
      if (m) {
        const body = work.get(m[1]);
        if (body === undefined) throw Object.assign(new Error('no workload'), { code: 'ENOENT' });
        res.writeHead(200, { ...headers, 'Content-Type': TYPES['.json'] });
        res.end(body);
        return;
      }
      const [base, rest] = path.startsWith('/page/') ? [pageDir, path.slice(6)] : [distDir, path.slice(1)];
      let file = normalize(join(base, rest));
      if (!file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if (file.endsWith(sep)) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, headers);
      res.end(String(e.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
