import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, validateSubmission } from '../index.js';
import { acceptsFile, acceptWords } from './accept-list.js';
import { parseDataUrl, toDataUrl } from './data-url.js';
import { dataUrlAccepted, dataUrlByteSize } from './file-answer-checks.js';
import { fileRequirements, tooLargeMessage, wrongTypeMessage } from './file-requirements.js';
import { parseFileSize } from './file-size.js';
import { formatFileSize } from './file-size-words.js';

/** Base64 of `bytes` bytes of 0x07 ("Bwc…"), written out: core's tests type-check without DOM or Node types. */
const base64Of = (bytes: number) => {
  const groups = 'BwcH'.repeat(Math.floor(bytes / 3));
  const rest = bytes % 3;
  return groups + (rest === 1 ? 'Bw==' : rest === 2 ? 'Bwc=' : '');
};
const pdf = (bytes: number, name = 'nota fiscal.pdf') => toDataUrl('application/pdf', name, base64Of(bytes));

const schema = {
  type: 'object',
  properties: {
    comprovante: {
      type: 'string',
      title: 'Comprovante',
      format: 'data-url',
      'x-accept': ['application/pdf', 'image/*'],
      'x-maxSize': '2 MB',
    },
  },
  required: ['comprovante'],
};

describe('file sizes', () => {
  it('parses what editors write, 1 KB = 1024 bytes', () => {
    expect(parseFileSize('2 MB')).toBe(2 * 1024 * 1024);
    expect(parseFileSize('500 KB')).toBe(500 * 1024);
    expect(parseFileSize('1,5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseFileSize('10B')).toBe(10);
    expect(parseFileSize('2 megas')).toBeUndefined();
    expect(parseFileSize(2)).toBeUndefined();
  });
  it('writes sizes as people read them', () => {
    expect(formatFileSize(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'pt-BR')).toBe('1,5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatFileSize(900 * 1024)).toBe('900 KB');
    expect(formatFileSize(512)).toBe('512 bytes');
  });
});

describe('accept lists', () => {
  it('reads as words in both languages', () => {
    expect(acceptWords(['application/pdf', 'image/*'], 'pt-BR')).toBe('PDF ou imagem');
    expect(acceptWords(['application/pdf', 'image/*'], 'en')).toBe('PDF or image');
    expect(acceptWords(['.pdf', 'application/pdf', '.jpg', 'image/jpeg', 'image/webp'], 'pt-BR')).toBe(
      'PDF, JPEG ou WEBP',
    );
    expect(acceptWords(['.xlsx'], 'en')).toBe('Excel spreadsheet');
  });
  it('matches media types, wildcards and extensions, and agrees with the validator check', () => {
    const cases: [string[], string, string, boolean][] = [
      [['application/pdf', 'image/*'], 'image/png', 'a.png', true],
      [['application/pdf', 'image/*'], 'text/plain', 'a.txt', false],
      [['.pdf'], 'application/octet-stream', 'Scan.PDF', true],
      [['.pdf'], 'application/pdf', 'scan.txt', false],
      [['*/*'], 'text/plain', 'a.txt', true],
    ];
    for (const [accept, type, name, expected] of cases) {
      expect(acceptsFile(accept, type, name)).toBe(expected);
      expect(dataUrlAccepted(toDataUrl(type, name, 'QQ=='), accept)).toBe(expected);
    }
  });
  it('says what a field takes before anything is picked, and refuses a file by name', () => {
    const limits = { accept: ['application/pdf', 'image/*'], maxSize: 2 * 1024 * 1024 };
    expect(fileRequirements(limits, 'pt-BR')).toBe('PDF ou imagem, até 2 MB');
    expect(fileRequirements(limits, 'en')).toBe('PDF or image, up to 2 MB');
    expect(fileRequirements({ maxSize: 1024 }, 'pt-BR')).toBe('Até 1 KB');
    expect(fileRequirements({}, 'pt-BR')).toBe('');
    expect(wrongTypeMessage('nota.txt', limits.accept)).toBe(
      'O arquivo “nota.txt” não é PDF ou imagem. Escolha outro arquivo.',
    );
    expect(tooLargeMessage('scan.pdf', 3.1 * 1024 * 1024, limits.maxSize, 'en')).toBe(
      'The file “scan.pdf” is 3.1 MB; it must be 2 MB or smaller.',
    );
  });
});

describe('data URLs', () => {
  it('parses the rjsf shape, with the name percent-decoded and the decoded size', () => {
    const parts = parseDataUrl(pdf(1000, 'nota; fiscal,1.pdf'));
    expect(parts).toMatchObject({ mediaType: 'application/pdf', name: 'nota; fiscal,1.pdf', size: 1000 });
    for (const bytes of [0, 1, 2, 3, 4, 5]) expect(dataUrlByteSize(pdf(bytes))).toBe(bytes);
    expect(parseDataUrl('data:text/plain,hello')).toBeUndefined();
    expect(parseDataUrl('not a file')).toBeUndefined();
  });
});

describe('format data-url, x-accept and x-maxSize validate', () => {
  it('accepts a PDF within the limit', async () => {
    const compiled = await compileSchema(schema);
    expect(validateSubmission(compiled, { comprovante: pdf(2 * 1024 * 1024) }).valid).toBe(true);
  });
  it('refuses a text file with the accept list in words, by JSON Pointer', async () => {
    const compiled = await compileSchema(schema);
    const answers = { comprovante: toDataUrl('text/plain', 'nota.txt', base64Of(10)) };
    const pt = validateSubmission(compiled, answers, { locale: 'pt-BR' });
    expect(pt.valid).toBe(false);
    expect(pt.errors).toEqual([
      expect.objectContaining({ instancePath: '/comprovante', message: 'O arquivo deve ser PDF ou imagem' }),
    ]);
    const en = validateSubmission(compiled, answers, { locale: 'en' });
    expect(en.errors[0]?.message).toBe('The file must be PDF or image');
  });
  it('refuses a file over the limit with the limit in words', async () => {
    const compiled = await compileSchema(schema);
    const result = validateSubmission(compiled, { comprovante: pdf(2 * 1024 * 1024 + 1) }, { locale: 'pt-BR' });
    expect(result.errors.map((error) => [error.instancePath, error.message])).toEqual([
      ['/comprovante', 'O arquivo deve ter até 2 MB'],
    ]);
  });
  it('refuses a string that is not a data URL as a file to attach', async () => {
    const compiled = await compileSchema(schema);
    const result = validateSubmission(compiled, { comprovante: 'C:\\nota.pdf' }, { locale: 'pt-BR' });
    expect(result.errors.map((error) => error.message)).toEqual(['Anexe um arquivo válido em Comprovante']);
  });
  it('refuses a malformed limit or accept entry as a schema error naming the keyword', async () => {
    const withFile = (file: object) => ({ type: 'object', properties: { file: { type: 'string', ...file } } });
    await expect(compileSchema(withFile({ format: 'data-url', 'x-maxSize': 'two megas' }))).rejects.toThrow(
      /x-maxSize/,
    );
    await expect(compileSchema(withFile({ format: 'data-url', 'x-accept': ['pdf'] }))).rejects.toThrow(/x-accept/);
  });
  it('gives the field model a file widget with its accept list and size limit', async () => {
    const form = createForm(await compileSchema(schema));
    const field = form.root.children![0]!;
    expect(field.widget).toBe('file');
    expect(field.constraints.accept).toEqual(['application/pdf', 'image/*']);
    expect(field.constraints.maxSize).toBe(2 * 1024 * 1024);
  });
});
