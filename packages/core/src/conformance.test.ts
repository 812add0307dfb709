/**
 * JSON-Schema-Test-Suite (draft 2020-12, required tests) through the core's Ajv configuration,
 * both as runtime-compiled validators and as standalone code (the precompiled path).
 *
 * Configuration: `createAjv('2020-12', …)` — exactly AJV_OPTIONS (allErrors, ownProperties,
 * strictNumbers, no $data/coerceTypes/useDefaults, unicodeRegExp, ajv-formats in full mode, the
 * x- vocabulary) with `strict`, `strictSchema`, `strictTuples`, `strictRequired` and `strictTypes`
 * off, because suite schemas rely on what strict mode rejects (unknown keywords such as `$anchor`,
 * `if` without `then`, `required` without `properties`, open tuples, unknown formats).
 *
 * Skipped, with the reason in the test name: cases that need remote references (the core never
 * fetches: RELIABILITY A10), schemas using `$dynamicRef` (deliberately unsupported: A24) and
 * `format` cases that expect format to be an annotation only (the core asserts formats on purpose). Cases where Ajv 8.20 itself deviates from the
 * suite are kept as `it.fails` with "known Ajv deviation" in the name, so an Ajv upgrade that fixes
 * them turns the test red and the list gets updated. The summary pins how many cases run, how many
 * are skipped for each reason and how many deviate, and fails on a deviation entry that names no case.
 */
import standaloneCode from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.js';
import { parseUrl } from './url.js';

interface SuiteCase {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}
interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteCase[];
}
interface Fs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}
type Require = (id: string) => unknown;

// Dynamic specifiers keep Node's types out of a DOM-free, Node-free tsconfig; Vitest runs in Node.
const nodeModule = (name: string) => import(/* @vite-ignore */ 'node:' + name);
const fs = (await nodeModule('fs')) as Fs;
const { createRequire } = (await nodeModule('module')) as { createRequire(from: string): Require };
const here = (import.meta as unknown as { url: string }).url;
const dir = decodeURIComponent(
  parseUrl('../../../vendor/json-schema-test-suite/tests/draft2020-12/', here)!.href.replace(/^file:\/\//, ''),
);
const requireFromHere = createRequire(here);

const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The only reasons a case may be skipped. */
const REMOTE_REFS = 'needs remote references, which are never fetched';
const DYNAMIC_REF = '$dynamicRef is deliberately unsupported by forms';
const FORMAT_ANNOTATION = 'expects format as annotation only; the core asserts formats';

/** Why a whole group is skipped, or undefined to run it. */
function skipReason(file: string, group: SuiteGroup): string | undefined {
  const text = JSON.stringify(group.schema);
  if (file === 'refRemote.json' || /localhost:1234/.test(text)) return REMOTE_REFS;
  if (/"\$dynamicRef"/.test(text)) return DYNAMIC_REF;
  return undefined;
}

/** Why one case is skipped. */
function caseSkipReason(file: string, _group: SuiteGroup, test: SuiteCase): string | undefined {
  if (file === 'format.json' && /only an annotation by default/.test(test.description)) return FORMAT_ANNOTATION;
  return undefined;
}

/**
 * Where Ajv 8.20 disagrees with the suite, by `file / group / case` (`*` for a whole group whose
 * schema Ajv cannot compile). Kept as `it.fails` so a fixing Ajv upgrade shows up.
 */
const KNOWN_AJV_DEVIATIONS = new Set<string>([
  // Ajv rejects `enum: []` at compile time instead of failing every instance.
  'enum.json / empty enum / *',
  // Ajv's compiler overflows the stack on these $id/$ref combinations.
  'ref.json / refs with relative uris and defs / *',
  'ref.json / relative refs with absolute uris and defs / *',
  'ref.json / URN ref with nested pointer ref / *',
  // Ajv treats a declared "__proto__" property like the prototype (RELIABILITY A20: forms reject the name).
  'properties.json / properties whose names are Javascript object property names / __proto__ not valid',
  // unevaluatedItems / unevaluatedProperties annotation collection gaps in Ajv.
  'unevaluatedItems.json / unevaluatedItems with nested items / with no additional items',
  'unevaluatedItems.json / unevaluatedItems with nested items / with invalid additional item',
  'unevaluatedItems.json / unevaluatedItems depends on adjacent contains / contains passes, second item is not evaluated',
  'unevaluatedItems.json / unevaluatedItems depends on multiple nested contains / 7 not evaluated, fails unevaluatedItems',
  "unevaluatedItems.json / unevaluatedItems and contains interact to control item dependency relationship / only b's are invalid",
  "unevaluatedItems.json / unevaluatedItems and contains interact to control item dependency relationship / only c's are invalid",
  "unevaluatedItems.json / unevaluatedItems and contains interact to control item dependency relationship / only b's and c's are invalid",
  "unevaluatedItems.json / unevaluatedItems and contains interact to control item dependency relationship / only a's and c's are invalid",
  'unevaluatedItems.json / unevaluatedItems with minContains = 0 / all items evaluated by contains',
  'unevaluatedItems.json / unevaluatedItems can see annotations from if without then and else / valid in case if is evaluated',
  'unevaluatedProperties.json / unevaluatedProperties with if/then/else, then not defined / when if is true and has no unevaluated properties',
  'unevaluatedProperties.json / unevaluatedProperties with if/then/else, then not defined / when if is false and has unevaluated properties',
  'unevaluatedProperties.json / unevaluatedProperties can see annotations from if without then and else / valid in case if is evaluated',
]);

/** The deviation entries that named at least one case of the suite. */
const deviationsFound = new Set<string>();

function isKnownDeviation(file: string, group: SuiteGroup, test: SuiteCase): boolean {
  for (const entry of [`${file} / ${group.description} / *`, `${file} / ${group.description} / ${test.description}`])
    if (KNOWN_AJV_DEVIATIONS.has(entry)) {
      deviationsFound.add(entry);
      return true;
    }
  return false;
}

interface Compiled {
  runtime: (data: unknown) => boolean;
  standalone: (data: unknown) => boolean;
}

function compile(schema: unknown): Compiled {
  // AJV_OPTIONS with every strict flag off (the suite relies on non-strict schemas); a silent
  // logger because unknown formats (idn-email, iri…) are then ignored with a warning.
  const ajv = createAjv('2020-12', {
    strict: false,
    strictSchema: false,
    strictTuples: false,
    strictRequired: false,
    strictTypes: false,
    logger: false,
    // Code optimisation passes change speed only, not semantics; off to keep this suite fast.
    code: { source: true, optimize: false },
  });
  const runtime = ajv.compile(schema as object);
  const code = standaloneCode.default(ajv, runtime);
  const mod: { exports: Record<string, unknown> } = { exports: {} };
  // Standalone output is CommonJS requiring ajv's runtime helpers and ajv-formats.
  new Function('module', 'exports', 'require', code)(mod, mod.exports, requireFromHere);
  const standalone = (mod.exports.default ?? mod.exports) as (data: unknown) => boolean;
  return { runtime: (d) => runtime(d) as boolean, standalone };
}

const counts = { total: 0, run: 0, skipped: 0, knownDeviation: 0 };
/** Skipped cases by reason. */
const skippedBecause = new Map<string, number>();

for (const file of files) {
  const groups = JSON.parse(fs.readFileSync(dir + file, 'utf8')) as SuiteGroup[];
  describe(file, () => {
    for (const group of groups) {
      const groupSkip = skipReason(file, group);
      describe(group.description, () => {
        let compiled: Compiled | undefined;
        let compileError: unknown;
        const get = () => {
          if (!compiled && compileError === undefined)
            try {
              compiled = compile(group.schema);
            } catch (e) {
              compileError = e;
            }
          if (compileError !== undefined) throw compileError;
          return compiled!;
        };
        for (const test of group.tests) {
          counts.total++;
          const reason = groupSkip ?? caseSkipReason(file, group, test);
          const name = `${test.description} (${test.valid ? 'valid' : 'invalid'})`;
          if (reason) {
            counts.skipped++;
            skippedBecause.set(reason, (skippedBecause.get(reason) ?? 0) + 1);
            it.skip(`${name} — skipped: ${reason}`, () => {});
            continue;
          }
          const known = isKnownDeviation(file, group, test);
          if (known) counts.knownDeviation++;
          else counts.run++;
          const run = known ? it.fails : it;
          run(`${name}${known ? ' — known Ajv deviation' : ''}`, () => {
            const c = get();
            expect(c.runtime(test.data)).toBe(test.valid);
            expect(c.standalone(test.data)).toBe(test.valid);
          });
        }
      });
    }
  });
}

/**
 * What this suite version and configuration cover, pinned: a change in the vendored suite, a skip
 * rule that starts catching more cases, or a deviation entry that no longer names a case shows up
 * here as a failure, to be looked at and the figures updated on purpose.
 */
const EXPECTED = {
  run: 1162,
  knownDeviations: 28,
  skipped: { [REMOTE_REFS]: 57, [DYNAMIC_REF]: 33, [FORMAT_ANNOTATION]: 19 },
};

describe('conformance summary', () => {
  it('runs the pinned number of draft 2020-12 cases, skipping only for the stated reasons', () => {
    (globalThis as unknown as { console: { log(text: string): void } }).console.log(
      `JSON-Schema-Test-Suite draft2020-12: ${counts.total} cases, ${counts.run} run (runtime + standalone), ` +
        `${counts.skipped} skipped (remote refs / format annotation), ${counts.knownDeviation} known Ajv deviations`,
    );
    expect(counts.run).toBe(EXPECTED.run);
    expect(Object.fromEntries(skippedBecause)).toEqual(EXPECTED.skipped);
    expect(counts.knownDeviation).toBe(EXPECTED.knownDeviations);
  });

  it('names only cases that exist in its list of known Ajv deviations', () => {
    expect([...KNOWN_AJV_DEVIATIONS].filter((entry) => !deviationsFound.has(entry))).toEqual([]);
  });
});
