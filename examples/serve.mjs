// Serves the embed examples the way a host site would: its own pages, the schemaforms embed bundle
// under /schemaforms/, and a stand-in ticket endpoint (POST /api/tickets → 201) on 127.0.0.1.
//
//   npm run build                # at the root: builds packages/elements/dist/schemaforms.embed.js
//   node examples/serve.mjs      # builds the React and Vue apps, prints the three URLs
//
// The embed tests (test/embed.test.ts) start the same server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');

/** Where the embed bundle is built (`vite build --config packages/elements/vite.embed.config.ts`). */
export const EMBED_DIR = join(repo, 'packages/elements/dist');
/** The file a host page loads with one `<script type="module">`. */
export const EMBED_FILE = 'schemaforms.embed.js';
/** The examples; `react` and `vue` are served from their Vite build (`dist/`). */
export const EXAMPLES = ['html', 'react', 'vue'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Builds the React and Vue examples into `examples/<name>/dist` with the repository's Vite, no
 * framework plugin: their render functions are plain JavaScript. `outRoot` moves the output elsewhere.
 */
export async function buildFrameworkExamples({ outRoot } = {}) {
  const { build } = await import('vite');
  const outDirs = {};
  for (const name of ['react', 'vue']) {
    const root = join(here, name);
    const outDir = outRoot ? join(outRoot, name) : join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      // Served under /react/ and /vue/; the embed <script vite-ignore> stays as written.
      base: './',
      define: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      resolve: { dedupe: ['react', 'react-dom', 'vue'] },
      server: { fs: { allow: [here] } },
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    outDirs[name] = outDir;
  }
  return outDirs;
}

/**
 * Starts the examples' server on 127.0.0.1 (`port` 0 picks a free one). `dirs` maps each example to
 * the folder served at `/<name>/`; `onTicket` sees every accepted submission.
 */
export function startExamplesServer({ port = 0, dirs = {}, embedDir = EMBED_DIR, onTicket } = {}) {
  const roots = {
    html: join(here, 'html'),
    react: join(here, 'react/dist'),
    vue: join(here, 'vue/dist'),
    shared: join(here, 'shared'),
    schemaforms: embedDir,
    ...dirs,
  };
  let tickets = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/tickets') {
      if (request.method !== 'POST') return send(response, 405, 'Method Not Allowed');
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        body += chunk;
        if (body.length > 1_000_000) request.destroy();
      });
      request.on('end', () => {
        let value;
        try {
          value = JSON.parse(body);
        } catch {
          return send(response, 400, JSON.stringify({ message: 'O corpo não é JSON.' }), 'application/json');
        }
        tickets += 1;
        const id = `EX-${String(tickets).padStart(4, '0')}`;
        onTicket?.({ id, value, headers: request.headers });
        send(response, 201, JSON.stringify({ id }), 'application/json', { Location: `/api/tickets/${id}` });
      });
      return undefined;
    }
    if (url.pathname === '/') {
      const links = EXAMPLES.map((name) => `<li><a href="/${name}/">${name}</a></li>`).join('');
      return send(response, 200, `<!doctype html><title>schemaforms examples</title><ul>${links}</ul>`, 'text/html');
    }
    const [, first = '', ...rest] = url.pathname.split('/');
    const root = roots[first];
    if (!root) return send(response, 404, 'Not Found');
    let path = normalize(join(root, decodeURIComponent(rest.join('/'))));
    if (path !== root && !path.startsWith(root + sep)) return send(response, 403, 'Forbidden');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return send(response, 404, 'Not Found');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(response);
    return undefined;
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function send(response, status, body, type = 'text/plain', headers = {}) {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, ...headers });
  response.end(body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(EMBED_DIR, EMBED_FILE))) {
    console.error(`No ${join(EMBED_DIR, EMBED_FILE)}: run \`npm run build\` at the repository root first.`);
    process.exit(1);
  }
  await buildFrameworkExamples();
  const { url } = await startExamplesServer({ port: Number(process.env.PORT ?? 5180) });
  console.log(`schemaforms examples on ${url}/ :`);
  for (const name of EXAMPLES) console.log(`  ${url}/${name}/`);
}
