// The production server's file serving: nothing outside the served folder is reachable however the path
// is spelled, hashed files are immutable and the rest revalidated, and gzip only when the client accepts it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticFiles } from '../demo/server/production/static-files.js';

let parent: string;
let server: Server;
let port: number;
const SCRIPT = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'sf-static-'));
  const root = join(parent, 'site');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'tickets');
  await writeFile(join(root, '.env'), 'TOKEN=1');
  await writeFile(join(root, 'index.html'), '<!doctype html><head><title>x</title></head>');
  await writeFile(join(root, 'assets', 'app-Abc123.js'), SCRIPT);
  const files = createStaticFiles({
    root,
    mount: '/',
    immutable: (file) => file.startsWith('assets/'),
    pageHeaders: () => ({ 'Content-Security-Policy': "script-src 'self'" }),
    transformHtml: (html) => html.replace('</head>', '<meta name="m" content="1"></head>'),
  });
  server = createServer((req, res) => {
    void files(req, res).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(parent, { recursive: true, force: true });
});

/** A raw GET: the path goes out exactly as written (fetch would normalise dot segments first). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createStaticFiles', () => {
  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/.env',
    '/%00index.html',
    '/%E0%A4%A',
  ])('serves nothing for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('tickets');
  });

  it('sends pages revalidated, with their headers and transform, and hashed assets immutable', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toBe("script-src 'self'");
    expect(page.body.toString()).toContain('<meta name="m" content="1"></head>');
    const asset = await get('/assets/app-Abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toBeUndefined();
    expect((await get('/assets/app-Abc123.js', { 'If-None-Match': String(asset.headers.etag) })).status).toBe(304);
  });

  it('gzips text only for a client that accepts gzip, with its own ETag', async () => {
    const plain = await get('/assets/app-Abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    const refused = await get('/assets/app-Abc123.js', { 'Accept-Encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const zipped = await get('/assets/app-Abc123.js', { 'Accept-Encoding': 'br, gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(zipped.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);
  });
});
