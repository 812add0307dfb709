import type { CliIo } from './cli.js';

/** Placeholder until implemented. */
export async function runTypes(_positional: readonly string[], _flags: ReadonlyMap<string, string | true>, io: CliIo): Promise<number> {
  io.err('not implemented yet\n');
  return 2;
}
