/**
 * The help of each `schemaforms` subcommand, printed by `schemaforms <command> --help` (or `-h`)
 * without running the command.
 */

/** Help texts by command name. */
export const COMMAND_HELP: Readonly<Record<string, string>> = Object.freeze({
  check: `Usage: schemaforms check [dir] [--format human|json] [--locale pt-BR|en] [--types <dir>]

Checks every <category>/<subject>.schema.json under dir (default: schemas): each file on its own
(syntax, keywords, conditions, options, patterns…) and the files against each other.

  --format human|json   Output for people (default) or tools: a JSON array of
                        {file, line, column, pointer, severity, code, message}.
  --locale pt-BR|en     Language of the messages. Default: the first of LC_ALL, LC_MESSAGES, LANG
                        (pt_BR.UTF-8 → pt-BR, en_US/C → en), else pt-BR.
  --types <dir>         When there is no error, also refresh the generated TypeScript types in dir
                        (what "schemaforms types" writes), so a new form never leaves them stale.

Exit codes: 0 no error (warnings allowed), 1 errors, 2 usage error.
`,
  types: `Usage: schemaforms types [dir] [--out <dir>] [--check]

Generates one TypeScript module per form under dir (default: schemas): the schema "as const" and its
<Name>Payload type, plus an index.

  --out <dir>   Where to write (default: generated).
  --check       Write nothing; fail (exit 1) when the files in --out are out of date.

Exit codes: 0 ok, 1 errors or out of date, 2 usage error.
`,
  catalog: `Usage: schemaforms catalog [dir] --out <file.js>

Writes an ESM catalog module of the forms under dir (default: schemas) with precompiled validators
(no eval), and one lazily imported module per form beside it; the folder's shared files (in a folder
whose name starts with _) are its schemas list. Refuses forms with errors.

Exit codes: 0 ok, 1 the forms have errors, 2 usage error.
`,
});

/** Whether the arguments of a subcommand ask for its help. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
