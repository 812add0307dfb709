/**
 * The `schemaforms` command line: `check`, `types` and `catalog` for content editors and CI.
 */
import { readFileSync } from 'node:fs';
import { checkForms } from './check.js';
import { CHECK_LOCALES, environmentLocale, parseCheckLocale } from './check-locale.js';
import { formatDiagnostic } from './diagnostic.js';
import { COMMAND_HELP, wantsHelp } from './cli-help.js';

const USAGE = `Usage: schemaforms <command> [options]

Commands:
  check [dir]                 Check every <category>/<subject>.schema.json under dir (default: schemas).
      --format human|json     Output for people (default) or tools: a JSON array of
                              {file, line, column, pointer, severity, code, message}.
      --locale pt-BR|en       Language of the messages (default: LC_ALL, LC_MESSAGES or LANG).
      --types <dir>           When the forms have no error, also refresh the generated types there.
  types [dir] --out <dir>     Generate one TypeScript module per form (schema "as const" and its
                              <Name>Payload type) plus an index. --check fails when out of date.
  catalog [dir] --out <file>  Write an ESM catalog module with precompiled validators (no eval),
                              one lazily imported module per form beside it.

Run "schemaforms <command> --help" for one command's help (it writes nothing).
Exit codes: 0 ok (warnings allowed), 1 problems found, 2 usage error.
`;

/** Output streams, replaceable in tests. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get cwd() {
    return process.cwd();
  },
};

interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (valued.includes(name)) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
        i++;
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

class UsageError extends Error {}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code:
 * 0 success (warnings allowed), 1 problems found, 2 usage error.
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Help never runs the command: `types --help` once wrote a generated/ folder.
    if (command !== undefined && Object.hasOwn(COMMAND_HELP, command) && wantsHelp(rest)) {
      io.out(COMMAND_HELP[command]!);
      return 0;
    }
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'types': {
        const { runTypes } = await import('./types-command.js');
        const args = parseArgs(rest, ['out']);
        return await runTypes(args.positional, args.flags, io);
      }
      case 'catalog': {
        const { runCatalog } = await import('./catalog-command.js');
        const args = parseArgs(rest, ['out']);
        return await runCatalog(args.positional, args.flags, io);
      }
      case '--version':
      case '-v':
        io.out(`${version()}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`schemaforms: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`schemaforms: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['format', 'locale', 'types']);
  if (positional.length > 1) throw new UsageError('check takes one folder');
  const format = flags.get('format') ?? 'human';
  if (format !== 'human' && format !== 'json') throw new UsageError('--format is human or json');
  const localeFlag = flags.get('locale');
  const locale = typeof localeFlag === 'string' ? parseCheckLocale(localeFlag) : environmentLocale();
  if (locale === undefined) throw new UsageError(`--locale is ${CHECK_LOCALES.join(' or ')}`);
  const types = flags.get('types');
  const dir = positional[0] ?? 'schemas';
  let result;
  try {
    result = await checkForms(dir, { cwd: io.cwd, locale });
  } catch (error) {
    io.err(`schemaforms check: ${(error as Error).message}\n`);
    return format === 'json' ? (io.out('[]\n'), 1) : 1;
  }
  if (format === 'json') {
    io.out(`${JSON.stringify(result.diagnostics, null, 2)}\n`);
  } else {
    for (const d of result.diagnostics) io.out(`${formatDiagnostic(d)}\n`);
    const files = result.forms.length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.out(
      files === 0
        ? `No form files (*.schema.json) found in ${dir}.\n`
        : `${plural(files, 'form')} checked: ${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}.\n`,
    );
  }
  if (result.errorCount > 0) return 1;
  if (typeof types === 'string') {
    const { refreshTypes } = await import('./types-command.js');
    return refreshTypes(dir, types, format === 'json' ? { ...io, out: io.err } : io);
  }
  return 0;
}
