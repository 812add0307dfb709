/**
 * Helpers for tooling tests: write form files into a temporary folder and find where text sits.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A valid form file's text with `properties` (JSON text of the members) and extra root members. */
export function formText(
  properties: string,
  options: { extraRoot?: string; id?: string; title?: string; category?: string } = {},
): string {
  const id = options.id ?? 'https://schemaforms.example/schemas/cat/subject.schema.json';
  return `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": ${JSON.stringify(id)},
  "title": ${JSON.stringify(options.title ?? 'Assunto')},
  "x-category": ${JSON.stringify(options.category ?? 'Categoria')},
  "type": "object",
  "properties": {
    ${properties}
  }${options.extraRoot ? `,\n  ${options.extraRoot}` : ''}
}
`;
}

/** Writes `files` (relative path → text) into a new temporary folder and returns its path. */
export function writeForms(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'schemaforms-'));
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/** The 1-based line and column of the `occurrence`-th appearance of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(needle)} not found ${occurrence} times`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
