/**
 * `oneOf`/`anyOf`: either a list of constants (a choice the person makes: its options become the
 * field's options) or alternatives of which one applies, chosen from the answers.
 */
import type { RawOption } from '../../field-info.js';
import { isObject, own } from '../../json-pointer.js';
import type { JsonPointer, JsonSchemaObject } from '../../types.js';
import type { ConditionResults } from '../condition-results.js';
import { jsonEqual } from '../json-values.js';
import type { SchemaCache } from '../schema-cache.js';
import { discriminatedOption } from './discriminator.js';
import { isAnswered } from './dependent-schemas.js';

/** The keywords of this family. */
export const CHOICE_KEYWORDS = ['oneOf', 'anyOf'] as const;

/** `oneOf` or `anyOf`. */
export type ChoiceKeyword = (typeof CHOICE_KEYWORDS)[number];

/** A list of alternatives of which one applies. */
export interface OptionList {
  readonly keyword: ChoiceKeyword;
  readonly count: number;
  /**
   * Its branches are objects not told apart by a `const` of a common property: the person chooses
   * the branch (a discriminated union is chosen through that property's own field).
   */
  readonly choiceOfObjects: boolean;
}

/**
 * The constant options of the `oneOf`/`anyOf` of the subschema at `pointer`, when every option is
 * `{const, title?, description?}` or a one-item `enum` (through `$ref`s); `null` when it is a list of
 * alternatives.
 */
export function constOptions(
  schemas: SchemaCache,
  pointer: JsonPointer,
  keyword: ChoiceKeyword,
): readonly RawOption[] | null {
  const schema = schemas.schemaAt(pointer);
  const list = isObject(schema) ? schema[keyword] : undefined;
  if (!Array.isArray(list) || list.length === 0) return null;
  const options: RawOption[] = [];
  for (let index = 0; index < list.length; index++) {
    const option = schemas.dereference(`${pointer}/${keyword}/${index}`);
    const value = singleValueOf(option);
    if (!isObject(option) || value === undefined) return null;
    options.push(option.const === undefined ? { ...option, const: value } : (option as unknown as RawOption));
  }
  return options;
}

/** The one value a subschema allows by `const` or a one-item `enum`, else `undefined`. */
export function singleValueOf(schema: unknown): unknown {
  if (!isObject(schema)) return undefined;
  if (schema.const !== undefined) return schema.const;
  return Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
}

/** The lists of alternatives (not of constants) that `schema`, found at `pointer`, declares. */
export function optionListsOf(schemas: SchemaCache, schema: JsonSchemaObject, pointer: JsonPointer): OptionList[] {
  const lists: OptionList[] = [];
  for (const keyword of CHOICE_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list) && list.length > 0 && !constOptions(schemas, pointer, keyword))
      lists.push({
        keyword,
        count: list.length,
        choiceOfObjects: isChoiceOfObjects(schemas, `${pointer}/${keyword}`, list.length),
      });
  }
  return lists;
}

/** Whether the `count` branches at `listPointer` are objects to choose between (issue #14, item 1). */
function isChoiceOfObjects(schemas: SchemaCache, listPointer: JsonPointer, count: number): boolean {
  if (count < 2) return false;
  const branches = Array.from({ length: count }, (_, index) => schemas.dereference(`${listPointer}/${index}`));
  const objectLike = branches.some(
    (branch) => isObject(branch) && (branch.type === 'object' || isObject(branch.properties)),
  );
  return objectLike && !isDiscriminated(branches);
}

/** Whether every branch fixes one common property to a single value: a discriminated union. */
function isDiscriminated(branches: readonly unknown[]): boolean {
  const fixedNames = branches.map((branch) => {
    const properties = isObject(branch) && isObject(branch.properties) ? branch.properties : {};
    return Object.keys(properties).filter((name) => singleValueOf(properties[name]) !== undefined);
  });
  return fixedNames[0]?.some((name) => fixedNames.every((names) => names.includes(name))) ?? false;
}

/**
 * The alternative chosen at each data location, per form, so a tie keeps the fields where they are;
 * and the ones the person picked, which win over what the answers suggest.
 */
export class OptionChoices {
  private readonly chosenIndex = new Map<string, number>();
  private readonly pickedIndex = new Map<string, number>();

  /** The index last chosen among the alternatives at `optionsPointer` (`/x/oneOf`) for `dataPointer`. */
  chosen(dataPointer: JsonPointer, optionsPointer: JsonPointer): number | undefined {
    return this.chosenIndex.get(dataPointer + '\0' + optionsPointer);
  }

  /** Records the alternative chosen at `optionsPointer` for `dataPointer`. */
  choose(dataPointer: JsonPointer, optionsPointer: JsonPointer, index: number): number {
    this.chosenIndex.set(dataPointer + '\0' + optionsPointer, index);
    return index;
  }

  /** The index the person picked among the alternatives at `optionsPointer` for `dataPointer`, if any. */
  picked(dataPointer: JsonPointer, optionsPointer: JsonPointer): number | undefined {
    return this.pickedIndex.get(dataPointer + '\0' + optionsPointer);
  }

  /** Records the person's pick: it applies whatever the answers match, until `forgetAll`. */
  pick(dataPointer: JsonPointer, optionsPointer: JsonPointer, index: number): void {
    this.pickedIndex.set(dataPointer + '\0' + optionsPointer, index);
  }

  /** Forgets every pick and choice (a reset: the answers choose again). */
  forgetAll(): void {
    this.pickedIndex.clear();
    this.chosenIndex.clear();
  }
}

/** What choosing an alternative needs from the form. */
export interface ChoiceContext {
  readonly schemas: SchemaCache;
  readonly conditions: ConditionResults;
  readonly choices: OptionChoices;
}

/**
 * The alternative that applies to `answers` at `dataPointer`: the one the person picked; else the one
 * an OpenAPI `discriminator` names; else the one that matches (when several do, as branches without
 * `required` or `additionalProperties: false` often all match, the one that declares most answered
 * properties); when none does yet (a required answer is missing), the one whose constants and
 * properties fit the answers best. On a tie, the previous choice, so the fields stay put.
 */
export function chooseOption(
  context: ChoiceContext,
  pointer: JsonPointer,
  list: OptionList,
  answers: unknown,
  dataPointer: JsonPointer,
): number {
  const optionsPointer = pointer + '/' + list.keyword;
  const picked = context.choices.picked(dataPointer, optionsPointer);
  if (picked !== undefined && picked < list.count) return context.choices.choose(dataPointer, optionsPointer, picked);
  const named = discriminatedOption(context.schemas, pointer, list, answers);
  if (named !== undefined) return context.choices.choose(dataPointer, optionsPointer, named);
  const previous = context.choices.chosen(dataPointer, optionsPointer);
  const matching = bestMatching(context, optionsPointer, list.count, answers, dataPointer, previous);
  if (matching !== undefined) return context.choices.choose(dataPointer, optionsPointer, matching);
  let best = 0;
  let bestScore = -Infinity;
  for (let index = 0; index < list.count; index++) {
    const score = fitScore(context.schemas.dereference(`${optionsPointer}/${index}`), answers);
    if (score > bestScore || (score === bestScore && index === previous)) {
      best = index;
      bestScore = score;
    }
  }
  return context.choices.choose(dataPointer, optionsPointer, best);
}

/**
 * Among the alternatives the answers match, the one that fits them best, on a tie the `previous`
 * choice (an object is derived from its submitted answers, which hold only the chosen branch's
 * properties: the choice made on import from all of them must stay), else the first; `undefined`
 * when none matches. Past the first match, only an alternative that could win is validated, so
 * scalar answers and discriminated unions cost no more validations than before.
 */
function bestMatching(
  context: ChoiceContext,
  optionsPointer: JsonPointer,
  count: number,
  answers: unknown,
  dataPointer: JsonPointer,
  previous: number | undefined,
): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (let index = 0; index < count; index++) {
    const branch = `${optionsPointer}/${index}`;
    const score = fitScore(context.schemas.dereference(branch), answers);
    const couldWin = score > bestScore || (score === bestScore && index === previous);
    if (!couldWin || !context.conditions.matches(branch, answers, dataPointer)) continue;
    best = index;
    bestScore = score;
  }
  return best;
}

/** How well an alternative fits the answers: each answered property it declares counts, a matching `const` most. */
function fitScore(option: unknown, answers: unknown): number {
  const properties = isObject(option) && isObject(option.properties) ? option.properties : undefined;
  let score = 0;
  if (properties && isObject(answers))
    for (const name of Object.keys(properties)) {
      if (!isAnswered(answers, name)) continue;
      const property = properties[name];
      const fixed = singleValueOf(property);
      if (fixed !== undefined) score += jsonEqual(fixed, own(answers, name)) ? 10 : -10;
      else score += 1;
    }
  return score;
}
