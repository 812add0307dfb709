import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentLocale, parseCheckLocale } from './check-locale.js';
import { main, type CliIo } from './cli.js';
import { formText, positionOf, writeForms } from './test-support/forms.js';

/** Runs the CLI in this process with captured output. */
async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (text) => void (stdout += text), err: (text) => void (stderr += text), cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const typoText = formText('"a": { "type": "string", "title": "A", "maxLength": 900, "x-widget": "text-area" }');
const typoAt = positionOf(typoText, '"text-area"');
const withWidgetTypo = () => writeForms({ 'cat/subject.schema.json': typoText });

describe("the check's language", () => {
  it('reads locale names as gettext writes them', () => {
    expect(parseCheckLocale('pt_BR.UTF-8')).toBe('pt-BR');
    expect(parseCheckLocale('pt-BR')).toBe('pt-BR');
    expect(parseCheckLocale('en_US.UTF-8')).toBe('en');
    expect(parseCheckLocale('C.UTF-8')).toBe('en');
    expect(parseCheckLocale('fr_FR')).toBeUndefined();
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, and pt-BR when none is set or the language is unknown', () => {
    expect(environmentLocale({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'pt_BR', LANG: 'pt_BR' })).toBe('en');
    expect(environmentLocale({ LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'en_US' })).toBe('pt-BR');
    expect(environmentLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(environmentLocale({ LANG: 'de_DE.UTF-8' })).toBe('pt-BR');
    expect(environmentLocale({})).toBe('pt-BR');
  });
});

describe('schemaforms check --locale', () => {
  it('words the messages in the language asked for', async () => {
    const dir = withWidgetTypo();
    const pt = await run(['check', '.', '--locale', 'pt-BR'], dir);
    expect(pt.code).toBe(1);
    expect(pt.stdout).toContain(
      `cat/subject.schema.json:${typoAt.line}:${typoAt.column} error #/properties/a/x-widget não existe campo do tipo "text-area"`,
    );
    const en = await run(['check', '.', '--locale=en', '--format', 'json'], dir);
    const [diagnostic] = JSON.parse(en.stdout) as { message: string; code: string }[];
    expect(diagnostic).toMatchObject({ code: 'unknown-widget' });
    expect(diagnostic!.message).toMatch(/^there is no field kind "text-area"/);
  });

  it('refuses a language it does not speak, as a usage error', async () => {
    const result = await run(['check', '.', '--locale', 'fr'], withWidgetTypo());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--locale is pt-BR or en');
  });
});

describe('<command> --help', () => {
  it.each(['check', 'types', 'catalog'])("%s --help prints that command's help and writes nothing", async (command) => {
    const dir = writeForms({ 'cat/subject.schema.json': formText('"a": { "type": "string", "maxLength": 9 }') });
    const before = readdirSync(dir, { recursive: true }).sort();
    for (const flag of ['--help', '-h']) {
      const result = await run([command, flag, '--out', 'out.js'], dir);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^Usage: schemaforms ${command} `));
    }
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});

describe('schemaforms check --types', () => {
  it('refreshes stale generated types when the forms have no error, and leaves fresh ones alone', async () => {
    const dir = writeForms({ 'cat/subject.schema.json': formText('"a": { "type": "string", "maxLength": 9 }') });
    const first = await run(['check', '.', '--types', 'generated'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Refreshed the types in generated (cat/subject.ts, index.ts).');
    expect(readFileSync(path.join(dir, 'generated/index.ts'), 'utf8')).toContain('SubjectPayload');
    const again = await run(['check', '.', '--types', 'generated'], dir);
    expect(again.stdout).toContain('Types in generated are up to date.');
    expect((await run(['types', '.', '--out', 'generated', '--check'], dir)).code).toBe(0);
  });

  it('writes no types when the forms have errors', async () => {
    const dir = withWidgetTypo();
    const result = await run(['check', '.', '--types', 'generated'], dir);
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});
