/**
 * The production server's configuration, from environment variables only (twelve-factor): every
 * variable, its default and its meaning are listed in `ENVIRONMENT`, which the README repeats.
 */
import { resolve } from 'node:path';

/** The production server's settings. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (the log says which). */
  readonly port: number;
  /** Interface to listen on. */
  readonly host: string;
  /** The forms folder, watched while the server runs. */
  readonly schemasDir: string;
  /** The built portal (`npm run build` output). */
  readonly staticDir: string;
  /** The embed bundle's folder (`schemaforms.embed.js` and its chunks), served under `/embed/`. */
  readonly embedDir: string;
  /** The embedded store's folder, when no `DATABASE_URL` is set; undefined for the store's default. */
  readonly dataDir: string | undefined;
  /** PostgreSQL connection string; undefined for the embedded store. */
  readonly databaseUrl: string | undefined;
  /** The bearer token that reads tickets; undefined disables reading them. */
  readonly adminToken: string | undefined;
  /** How long a deleted form's open pages can still send, in milliseconds. */
  readonly retiredGraceMs: number;
  /** How long shutdown waits for requests in flight, in milliseconds. */
  readonly shutdownGraceMs: number;
  /** How often the forms folder is compared for changes the watcher missed, in milliseconds (0: never). */
  readonly rescanMs: number;
}

/** One environment variable the server reads. */
export interface EnvironmentVariable {
  readonly name: string;
  readonly default: string;
  readonly meaning: string;
}

/** Every variable the production server reads, for the README and `--help`. */
export const ENVIRONMENT: readonly EnvironmentVariable[] = [
  { name: 'PORT', default: '8080', meaning: 'TCP port to listen on (0 picks a free one).' },
  { name: 'HOST', default: '0.0.0.0', meaning: 'Interface to listen on (`127.0.0.1` for local only).' },
  {
    name: 'SCHEMAFORMS_SCHEMAS_DIR',
    default: 'schemas',
    meaning: 'The forms folder; watched, so edits go live without a restart.',
  },
  { name: 'SCHEMAFORMS_STATIC_DIR', default: 'dist/demo', meaning: 'The built portal (`npm run build`).' },
  {
    name: 'SCHEMAFORMS_EMBED_DIR',
    default: 'packages/elements/dist',
    meaning: 'Where `schemaforms.embed.js` is, served under `/embed/`.',
  },
  { name: 'DATABASE_URL', default: '(unset)', meaning: 'PostgreSQL connection string; unset uses the embedded store.' },
  {
    name: 'SCHEMAFORMS_DATA_DIR',
    default: '$XDG_STATE_HOME/schemaforms, else ~/.local/state/schemaforms',
    meaning:
      'Folder of the embedded store (tickets and form revisions) when no `DATABASE_URL`; outside the served folders.',
  },
  {
    name: 'SCHEMAFORMS_ADMIN_TOKEN',
    default: '(unset)',
    meaning: 'Bearer token that lists and reads tickets; unset, nobody can.',
  },
  {
    name: 'SCHEMAFORMS_RETIRED_GRACE_SECONDS',
    default: '86400',
    meaning: 'How long forms of a deleted schema, already open, can still be sent.',
  },
  {
    name: 'SCHEMAFORMS_SHUTDOWN_GRACE_SECONDS',
    default: '10',
    meaning: 'How long SIGTERM/SIGINT wait for requests in flight before closing connections.',
  },
  {
    name: 'SCHEMAFORMS_RESCAN_SECONDS',
    default: '5',
    meaning: 'How often the forms folder is re-read in case the file watcher missed a change (0: never).',
  },
];

/** A setting that cannot be used, named with the variable and what is expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the settings from `env`, resolving folders against `cwd`. Throws `ConfigError` for a bad value. */
export function readServerConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const number = (name: string, fallback: number, max: number): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(parsed) || parsed > max) {
      throw new ConfigError(`${name}=${JSON.stringify(value)} is not a number from 0 to ${max}.`);
    }
    return parsed;
  };
  const port = number('PORT', 8080, 65535);
  if (!Number.isInteger(port)) throw new ConfigError(`PORT=${JSON.stringify(text('PORT'))} is not a whole number.`);
  const dataDir = text('SCHEMAFORMS_DATA_DIR');
  return {
    port,
    host: text('HOST') ?? '0.0.0.0',
    schemasDir: resolve(cwd, text('SCHEMAFORMS_SCHEMAS_DIR') ?? 'schemas'),
    staticDir: resolve(cwd, text('SCHEMAFORMS_STATIC_DIR') ?? 'dist/demo'),
    embedDir: resolve(cwd, text('SCHEMAFORMS_EMBED_DIR') ?? 'packages/elements/dist'),
    dataDir: dataDir === undefined ? undefined : resolve(cwd, dataDir),
    databaseUrl: text('DATABASE_URL'),
    adminToken: text('SCHEMAFORMS_ADMIN_TOKEN'),
    retiredGraceMs: number('SCHEMAFORMS_RETIRED_GRACE_SECONDS', 86_400, 10 * 365 * 86_400) * 1000,
    shutdownGraceMs: number('SCHEMAFORMS_SHUTDOWN_GRACE_SECONDS', 10, 3600) * 1000,
    rescanMs: number('SCHEMAFORMS_RESCAN_SECONDS', 5, 86_400) * 1000,
  };
}
