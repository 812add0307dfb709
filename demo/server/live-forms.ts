/**
 * The production server's forms as live, versioned content: each subject's live revision, every
 * revision a seller may still have open, the problems of the files that fail the check, and the
 * subjects whose files were deleted. A broken edit never replaces a good revision. DOM-free, Node only.
 */
import { compareSubjects, checkForms, formatDiagnostic, type Diagnostic } from '@schemaforms/tooling';
import { prepareRevision, REVISION_PATTERN, revisionOf, type FormRevision } from './form-revision.js';
import type { IntakeForm, IntakeForms, IntakeRefusal } from './intake-handler.js';
import { Retirements } from './retirements.js';
import type { TicketStore } from './store/ticket-store.js';

/**
 * Where revisions are kept beyond this process — the ticket store — so a form opened before an edit
 * or a restart stays sendable.
 */
export type RevisionArchive = Pick<TicketStore, 'saveRevision' | 'getRevision'> &
  Partial<Pick<TicketStore, 'latestRevision' | 'retirements' | 'setRetirement'>>;

/** Options of `LiveForms`. */
export interface LiveFormsOptions {
  /** The absolute path of the forms folder. */
  readonly dir: string;
  /** How long a deleted subject still takes tickets from forms opened before, in milliseconds. */
  readonly retiredGraceMs: number;
  /** Where revisions are kept (the ticket store, or a promise of it); none keeps them in this process only. */
  readonly archive?: RevisionArchive | Promise<RevisionArchive>;
  /** Where changes and problems are reported; `console` by default. */
  readonly log?: { info(message: string): void; error(message: string): void };
  /** Directory file names are shown relative to (the check's `cwd`); the working directory by default. */
  readonly cwd?: string;
  /** How many revisions besides the live ones stay in memory; 256 by default. */
  readonly maxKeptRevisions?: number;
  /** The clock, replaceable in tests. */
  readonly now?: () => number;
}

/** One entry of the plain JSON catalog the server answers at `/api/catalog.json`. */
export interface LiveCatalogSubject {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  /** The live revision; `<sf-ticket>` sends it with the ticket. */
  readonly revision: string;
  /** The precompiled module of that revision, from this origin (no eval in the browser). */
  readonly module: string;
  /** The schema itself, for clients that compile at run time. */
  readonly schema: unknown;
}

/** One line of `GET /api/forms/status`. */
export interface FormStatus {
  readonly subject: string;
  /** The schema file, as the check names it. */
  readonly file: string;
  /** The revision sellers get now; null when the file never passed the check. */
  readonly liveRevision: string | null;
  /** Set when the file was deleted: open forms are accepted until `acceptedUntil`. */
  readonly retired?: { readonly at: string; readonly acceptedUntil: string };
  /** The check's errors of the file as it is now (not live until fixed), `file:line:col` first. */
  readonly errors: readonly {
    readonly location: string;
    readonly pointer: string;
    readonly code: string;
    readonly message: string;
  }[];
}

interface SubjectState {
  file: string;
  live?: FormRevision;
  errors: readonly Diagnostic[];
  retiredAt?: number;
  /** The store was asked for the subject's last good revision (a file broken since start): once is enough. */
  askedArchive?: boolean;
}

/**
 * The forms of a folder, kept live: `scan()` re-checks the folder (the file watcher calls it), and
 * the intake asks `get(subject, revision)`.
 */
export class LiveForms implements IntakeForms {
  readonly #options: LiveFormsOptions;
  readonly #subjects = new Map<string, SubjectState>();
  /**
   * Revisions prepared by this process, by `subject@revision`, oldest first; at most
   * `maxKeptRevisions` besides the live ones (an evicted one is prepared again from the archive).
   */
  readonly #revisions = new Map<string, Promise<FormRevision | undefined>>();
  readonly #startedAt: number;
  #scanning: Promise<void> | undefined;
  #scanAgain = false;
  #catalogText: string | undefined;
  /** Retirement times, kept in the store so a restart does not restart a grace period. */
  readonly #retirements: Retirements;

  constructor(options: LiveFormsOptions) {
    this.#options = options;
    this.#startedAt = this.#now();
    this.#retirements = new Retirements(options.archive, () => this.#log());
  }

  /**
   * Re-reads the folder. Scans never overlap: a call during a scan makes one more scan after it, so
   * the last change is always seen.
   */
  scan(): Promise<void> {
    if (this.#scanning) {
      this.#scanAgain = true;
      return this.#scanning;
    }
    const run = async (): Promise<void> => {
      do {
        this.#scanAgain = false;
        await this.#scanOnce();
      } while (this.#scanAgain);
    };
    this.#scanning = run().finally(() => (this.#scanning = undefined));
    return this.#scanning;
  }

  /** Resolves once no scan is running (shutdown waits for it before closing the store). */
  async idle(): Promise<void> {
    while (this.#scanning) await this.#scanning;
  }

  async get(subject: string, revision?: string): Promise<IntakeForm | IntakeRefusal | undefined> {
    const state = this.#subjects.get(subject);
    if (state?.retiredAt !== undefined && !this.#withinGrace(state.retiredAt)) return { refused: 'retired' };
    if (revision === undefined) {
      // A client that names no revision (a plain JSON POST) gets the live one.
      return state?.live?.form ?? (state ? { refused: 'retired' } : undefined);
    }
    if (state?.live?.revision === revision) return state.live.form;
    const found = REVISION_PATTERN.test(revision) ? await this.revision(subject, revision) : undefined;
    if (!found) return state ? { refused: 'revision-unknown' } : undefined;
    // A revision kept in the archive whose file is gone since before this process started: retired when
    // the store says (an earlier process saw it go), else from this start, which the store then keeps.
    if (!state && !this.#withinGrace(await this.#retirements.since(subject, this.#startedAt)))
      return { refused: 'retired' };
    return found.form;
  }

  /** A revision of a subject (live, older, or from the archive), or undefined. */
  revision(subject: string, revision: string): Promise<FormRevision | undefined> {
    const key = `${subject}@${revision}`;
    let pending = this.#revisions.get(key);
    if (!pending) {
      pending = this.#fromArchive(subject, revision);
      this.#keep(key, pending);
      // Not found now may be found later (another process archives it): remember no miss or failure.
      const forget = (): void => void this.#revisions.delete(key);
      pending.then((found) => (found ? undefined : forget()), forget);
    }
    return pending;
  }

  /** The catalog of the live subjects (retired ones left out), in display order. */
  catalog(): { subjects: LiveCatalogSubject[] } {
    const subjects = [...this.#subjects.entries()]
      .filter(([, state]) => state.live && state.retiredAt === undefined)
      .map(([id, state]) => {
        const live = state.live!;
        return {
          id,
          category: live.category,
          title: live.title,
          revision: live.revision,
          module: live.modulePath,
          schema: live.schema,
        };
      })
      .sort(compareSubjects);
    return { subjects };
  }

  /** The catalog as JSON text, made once per change. */
  catalogText(): string {
    return (this.#catalogText ??= JSON.stringify(this.catalog()));
  }

  /** Each subject's live revision, retirement and pending errors, for `GET /api/forms/status`. */
  status(): { forms: FormStatus[] } {
    const forms = [...this.#subjects.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([subject, state]): FormStatus => ({
        subject,
        file: state.file,
        liveRevision: state.live?.revision ?? null,
        ...(state.retiredAt === undefined
          ? {}
          : {
              retired: {
                at: new Date(state.retiredAt).toISOString(),
                acceptedUntil: new Date(state.retiredAt + this.#options.retiredGraceMs).toISOString(),
              },
            }),
        errors: state.errors.map((d) => ({
          location: `${d.file}:${d.line}:${d.column}`,
          pointer: d.pointer,
          code: d.code,
          message: d.message,
        })),
      }));
    return { forms };
  }

  async #scanOnce(): Promise<void> {
    const { dir, cwd } = this.#options;
    let result: Awaited<ReturnType<typeof checkForms>>;
    try {
      result = await checkForms(dir, { cwd: cwd ?? process.cwd() });
    } catch (error) {
      // A missing or unreadable folder takes nothing offline: the last good revisions stay.
      this.#log().error(`[forms] cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const seen = new Set<string>();
    for (const checked of result.forms) {
      // A shared file (in a `_` folder) is no subject: its edits reach the forms through their bundles.
      if (checked.shared) continue;
      seen.add(checked.id);
      let state = this.#subjects.get(checked.id);
      if (!state) {
        state = { file: checked.displayFile, errors: [] };
        this.#subjects.set(checked.id, state);
      }
      state.file = checked.displayFile;
      if (state.retiredAt !== undefined) {
        state.retiredAt = undefined;
        this.#log().info(`[forms] ${checked.id} is back (${checked.displayFile})`);
        this.#changed();
      }
      await this.#retirements.record(checked.id, undefined);
      const errors = checked.diagnostics.filter((d) => d.severity === 'error');
      // The bundle: the shared files the form's `$ref`s name are part of its revision.
      const { category, title } = checked;
      const schema = checked.bundle ?? checked.schema;
      if (errors.length > 0 || !checked.ok || !schema || category === undefined || title === undefined) {
        if (!state.live && !state.askedArchive) await this.#liveFromArchive(checked.id, state);
        this.#setErrors(checked.id, state, errors);
        continue;
      }
      // Unchanged content (a touch, a re-indent, another file's edit): nothing to compile again.
      if (state.live?.revision === revisionOf(schema)) {
        this.#setErrors(checked.id, state, []);
        continue;
      }
      try {
        const revision = await prepareRevision({
          subject: checked.id,
          category,
          title,
          schema,
          source: checked.displayFile,
        });
        this.#setErrors(checked.id, state, []);
        this.#keep(`${checked.id}@${revision.revision}`, Promise.resolve(revision));
        const previous = state.live?.revision;
        state.live = revision;
        this.#changed();
        this.#log().info(
          `[forms] ${checked.id} is live at revision ${revision.revision}${previous ? ` (was ${previous})` : ''}`,
        );
        await this.#archive(revision);
      } catch (error) {
        // The check passed but the precompiler refused: as broken as a check error, and as visible.
        const message = error instanceof Error ? error.message : String(error);
        const pointer = (error as { pointer?: unknown }).pointer;
        this.#setErrors(checked.id, state, [
          {
            file: checked.displayFile,
            line: 1,
            column: 1,
            pointer: typeof pointer === 'string' ? pointer : '',
            severity: 'error',
            code: 'precompile',
            message,
          },
        ]);
      }
    }
    for (const [subject, state] of this.#subjects) {
      if (seen.has(subject)) continue;
      if (!state.live) {
        this.#subjects.delete(subject);
      } else if (state.retiredAt === undefined) {
        state.retiredAt = this.#now();
        state.errors = [];
        this.#changed();
        await this.#retirements.record(subject, state.retiredAt);
        const until = new Date(state.retiredAt + this.#options.retiredGraceMs).toISOString();
        this.#log().info(`[forms] ${subject} retired (${state.file} deleted): open forms are accepted until ${until}`);
      }
    }
  }

  /** Records a file's errors, logging them (with file:line:col) only when they change. */
  #setErrors(subject: string, state: SubjectState, errors: readonly Diagnostic[]): void {
    const before = state.errors.map(formatDiagnostic).join('\n');
    const after = errors.map(formatDiagnostic).join('\n');
    state.errors = errors;
    if (before === after || errors.length === 0) return;
    const keeps = state.live ? `revision ${state.live.revision} stays live` : 'the subject is not offered until fixed';
    this.#log().error(`[forms] ${subject} has errors; ${keeps}:\n${after}`);
  }

  async #archive(revision: FormRevision): Promise<void> {
    if (!this.#options.archive) return;
    try {
      const archive = await this.#options.archive;
      await archive.saveRevision({ hash: revision.revision, subject: revision.subject, schema: revision.schema });
    } catch (error) {
      this.#log().error(
        `[forms] could not keep revision ${revision.revision} of ${revision.subject}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async #fromArchive(subject: string, revision: string): Promise<FormRevision | undefined> {
    if (!this.#options.archive) return undefined;
    const kept = await (await this.#options.archive).getRevision(revision);
    if (!kept || kept.subject !== subject || kept.schema === null || typeof kept.schema !== 'object') return undefined;
    const schema = kept.schema as Record<string, unknown>;
    const title = typeof schema.title === 'string' ? schema.title : subject;
    const category = typeof schema['x-category'] === 'string' ? schema['x-category'] : '';
    return prepareRevision({ subject, category, title, schema, source: `${subject} revision ${revision}` });
  }

  /**
   * A file broken since this process started has no live revision: the store's latest revision of the
   * subject (the last one a process made live) stays live instead, so the subject does not go offline.
   */
  async #liveFromArchive(subject: string, state: SubjectState): Promise<void> {
    state.askedArchive = true;
    try {
      const archive = await this.#options.archive;
      const latest = await archive?.latestRevision?.(subject);
      const revision = latest && (await this.revision(subject, latest.hash));
      if (!revision) return;
      state.live = revision;
      this.#changed();
      this.#log().info(`[forms] ${subject} is live at its last good revision ${revision.revision}, from the store`);
    } catch (error) {
      this.#log().error(
        `[forms] could not read the last good revision of ${subject}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Remembers a revision, forgetting the oldest non-live ones past the cap (an editor may save a file hundreds of times). */
  #keep(key: string, revision: Promise<FormRevision | undefined>): void {
    this.#revisions.set(key, revision);
    const cap = (this.#options.maxKeptRevisions ?? 256) + this.#subjects.size;
    if (this.#revisions.size <= cap) return;
    const live = new Set([...this.#subjects].map(([subject, state]) => `${subject}@${state.live?.revision}`));
    for (const candidate of this.#revisions.keys()) {
      if (this.#revisions.size <= cap) break;
      if (candidate !== key && !live.has(candidate)) this.#revisions.delete(candidate);
    }
  }

  #withinGrace(retiredAt: number): boolean {
    return this.#now() <= retiredAt + this.#options.retiredGraceMs;
  }

  #changed(): void {
    this.#catalogText = undefined;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  #log(): { info(message: string): void; error(message: string): void } {
    return this.#options.log ?? console;
  }
}
