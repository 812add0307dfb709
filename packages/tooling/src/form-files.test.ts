/**
 * Issue 13 item 11: form files that are links, unreadable folders, UTF-16 and binary files, and files
 * too big to read — each one clear diagnostic, the rest still checked.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkForms } from './check.js';
import { CHECK_RULES } from './check-rules.js';
import { MAX_FILE_BYTES } from './check.js';
import { readFormFile, sniff } from './form-files.js';
import { formText, writeForms } from './test-support/forms.js';
import { repoRoot } from './test-support/scratch.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    chmodRecursive(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
function chmodRecursive(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) chmodRecursive(path.join(dir, entry.name));
  } catch {
    // already gone
  }
}
const forms = (files: Record<string, string>) => {
  const dir = writeForms(files);
  made.push(dir);
  return dir;
};
const valid = (category = 'Categoria', title = 'Assunto', id = 'cat/subject') =>
  formText('"a": { "type": "string", "maxLength": 10 }', {
    category,
    title,
    id: `https://schemaforms.example/schemas/${id}.schema.json`,
  });
const codes = (result: Awaited<ReturnType<typeof checkForms>>) => result.diagnostics.map((d) => `${d.file}: ${d.code}`);

/** Whether this process can read a folder with no permissions (root can): then EACCES cannot be tested. */
const permissionsBypassed = (() => {
  const dir = forms({ 'probe/x.txt': '' });
  chmodSync(path.join(dir, 'probe'), 0);
  try {
    readdirSync(path.join(dir, 'probe'));
    return true;
  } catch {
    return false;
  }
})();

describe('schemaforms check: files and folders (item 11)', () => {
  it('follows a form file that is a symbolic link and checks it under the link’s name', async () => {
    const dir = forms({
      'cat/subject.schema.json': valid(),
      'elsewhere/real.json': formText('"b": { "type": "strin" }', { title: 'Outro', id: 'cat/outro' }),
    });
    symlinkSync(path.join(dir, 'elsewhere/real.json'), path.join(dir, 'cat/outro.schema.json'));
    const result = await checkForms(dir, { cwd: dir });
    expect(result.forms.map((f) => f.displayFile)).toEqual(['cat/outro.schema.json', 'cat/subject.schema.json']);
    expect(codes(result)).toContain('cat/outro.schema.json: unknown-type');
  });

  it('reports a broken link and a link to a folder instead of skipping them silently', async () => {
    const dir = forms({ 'cat/subject.schema.json': valid() });
    const other = forms({ 'x.schema.json': valid('Categoria', 'X', 'cat/x') });
    symlinkSync(path.join(dir, 'nowhere.json'), path.join(dir, 'cat/gone.schema.json'));
    symlinkSync(other, path.join(dir, 'cat/linked'));
    const result = await checkForms(dir, { cwd: dir });
    expect(codes(result)).toEqual(['cat/gone.schema.json: broken-link', 'cat/linked: linked-folder']);
    expect(result.diagnostics[0]!.message).toMatch(/symbolic link that cannot be followed \(it does not exist\)/);
    expect(result.errorCount).toBe(1);
  });

  it.skipIf(permissionsBypassed)(
    `an unreadable folder is one diagnostic and the other folders are still checked${permissionsBypassed ? ' (skipped: this process reads folders without permission, e.g. root, so EACCES cannot happen)' : ''}`,
    async () => {
      const dir = forms({
        'cat/subject.schema.json': valid(),
        'locked/x.schema.json': valid('Trancada', 'X', 'locked/x'),
      });
      chmodSync(path.join(dir, 'locked'), 0);
      const result = await checkForms(dir, { cwd: dir });
      expect(codes(result)).toEqual(['locked: unreadable-folder']);
      expect(result.diagnostics[0]!.message).toMatch(/permission denied/);
      expect(result.forms.map((f) => f.displayFile)).toEqual(['cat/subject.schema.json']);
    },
  );

  it.skipIf(permissionsBypassed)(
    `an unreadable form file is one diagnostic${permissionsBypassed ? ' (skipped: this process reads files without permission, e.g. root)' : ''}`,
    async () => {
      const dir = forms({ 'cat/subject.schema.json': valid() });
      chmodSync(path.join(dir, 'cat/subject.schema.json'), 0);
      expect(codes(await checkForms(dir, { cwd: dir }))).toEqual(['cat/subject.schema.json: unreadable-file']);
    },
  );

  // As root, EACCES never happens in-process: the same check runs as the unprivileged user nobody
  // (tooling's dist/, which `npm test` builds first).
  it.runIf(permissionsBypassed && process.getuid?.() === 0)(
    'as root: an unreadable folder and file, checked as the user nobody, are one diagnostic each',
    async () => {
      const dir = forms({
        'cat/subject.schema.json': valid(),
        'locked/x.schema.json': valid('Trancada', 'X', 'locked/x'),
        'shut/y.schema.json': valid('Fechada', 'Y', 'shut/y'),
      });
      chmodSync(dir, 0o755);
      for (const folder of ['cat', 'locked', 'shut']) chmodSync(path.join(dir, folder), 0o755);
      chmodSync(path.join(dir, 'locked'), 0);
      chmodSync(path.join(dir, 'shut/y.schema.json'), 0);
      const check = path.join(repoRoot, 'packages/tooling/dist/check.js');
      const script = `const { checkForms } = await import(${JSON.stringify(check)}); const r = await checkForms(${JSON.stringify(dir)}, { cwd: ${JSON.stringify(dir)} });
      console.log(JSON.stringify({ forms: r.forms.map((f) => f.displayFile), diagnostics: r.diagnostics.map((d) => [d.file, d.code, d.message]) }));`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        uid: 65534,
        gid: 65534,
        cwd: '/',
      });
      const result = JSON.parse(stdout) as { forms: string[]; diagnostics: [string, string, string][] };
      expect(result.diagnostics.map(([file, code]) => `${file}: ${code}`)).toEqual([
        'locked: unreadable-folder',
        'shut/y.schema.json: unreadable-file',
      ]);
      expect(result.diagnostics[0]![2]).toMatch(/permission denied/);
      expect(result.forms).toEqual(['cat/subject.schema.json', 'shut/y.schema.json']);
    },
  );

  it('a UTF-16 file, with or without a byte-order mark, gets one diagnostic saying to save it as UTF-8', async () => {
    const dir = forms({});
    mkdirSync(path.join(dir, 'cat'));
    writeFileSync(path.join(dir, 'cat/bom.schema.json'), Buffer.from('\ufeff' + valid(), 'utf16le'));
    writeFileSync(
      path.join(dir, 'cat/plain.schema.json'),
      Buffer.from(valid('Categoria', 'Outro', 'cat/plain'), 'utf16le'),
    );
    writeFileSync(path.join(dir, 'cat/big-endian.schema.json'), Buffer.from([0xfe, 0xff, 0, 0x7b, 0, 0x7d]));
    const result = await checkForms(dir, { cwd: dir });
    expect(codes(result)).toEqual([
      'cat/big-endian.schema.json: file-encoding',
      'cat/bom.schema.json: file-encoding',
      'cat/plain.schema.json: file-encoding',
    ]);
    for (const d of result.diagnostics) expect(d.message).toMatch(/UTF-16 text .* save it as UTF-8/);
  });

  it('a binary file is reported with its real size', async () => {
    const dir = forms({});
    mkdirSync(path.join(dir, 'cat'));
    const small = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), randomBytes(10_000)]);
    writeFileSync(path.join(dir, 'cat/image.schema.json'), small);
    writeFileSync(path.join(dir, 'cat/mib.schema.json'), randomBytes(1 << 20));
    const result = await checkForms(dir, { cwd: dir });
    expect(result.diagnostics.map((d) => [d.file, d.code, /(\d+) bytes/.exec(d.message)?.[1]])).toEqual([
      ['cat/image.schema.json', 'binary-file', String(small.length)],
      ['cat/mib.schema.json', 'file-too-large', String(1 << 20)],
    ]);
  });

  it('a 200 MB file is refused by its stat size, without reading it (no 200 MB buffer)', async () => {
    const dir = forms({ 'cat/subject.schema.json': valid() });
    const file = path.join(dir, 'cat/huge.schema.json');
    writeFileSync(file, '');
    truncateSync(file, 200_000_000); // sparse: costs no disk
    const before = process.memoryUsage().rss;
    const read = await readFormFile(file, 'cat/huge.schema.json', MAX_FILE_BYTES);
    const grew = process.memoryUsage().rss - before;
    expect(read.diagnostic).toMatchObject({
      code: 'file-too-large',
      message: expect.stringMatching(/is 200000000 bytes/),
    });
    expect(grew).toBeLessThan(50_000_000);
    const result = await checkForms(dir, { cwd: dir });
    expect(codes(result)).toEqual(['cat/huge.schema.json: file-too-large']);
    expect(result.forms).toHaveLength(2);
  });

  it('tells UTF-8 text, UTF-16 and binary apart from the first bytes', () => {
    expect(sniff(Buffer.from('{"a": "ção"}'))).toBe('text');
    expect(sniff(Buffer.from('{"a": "b"}', 'utf16le'))).toBe('utf-16');
    expect(sniff(Buffer.from([0xff, 0xfe]))).toBe('utf-16');
    expect(sniff(Buffer.from([1, 2, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9]))).toBe('binary');
  });

  it('documents every new code in CHECK_RULES', () => {
    for (const code of [
      'unreadable-folder',
      'unreadable-file',
      'broken-link',
      'linked-folder',
      'file-encoding',
      'binary-file',
      'file-too-large',
    ])
      expect(CHECK_RULES[code], code).toBeDefined();
  });
});
