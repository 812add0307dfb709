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
import { isAnswered } from './dependent-schemas.js';

/** The keywords of this family. */
export const CHOICE_KEYWORDS = ['oneOf', 'anyOf'] as const;

/** `oneOf` or `anyOf`. */
export type ChoiceKeyword = (typeof CHOICE_KEYWORDS)[number];

/** A list of alternatives of which one applies. */
export interface OptionList {
  readonly keyword: ChoiceKeyword;
  readonly count: number;
}

/**
 * The constant options of the `oneOf`/`anyOf` of the subschema at `pointer`, when every option is
 * `{const, title?, description?}` (through `$ref`s); `null` when it is a list of alternatives.
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
    if (!isObject(option) || option.const === undefined) return null;
    options.push(option as unknown as RawOption);
  }
  return options;
}

/** The lists of alternatives (not of constants) that `schema`, found at `pointer`, declares. */
export function optionListsOf(schemas: SchemaCache, schema: JsonSchemaObject, pointer: JsonPointer): OptionList[] {
  const lists: OptionList[] = [];
  for (const keyword of CHOICE_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list) && list.length > 0 && !constOptions(schemas, pointer, keyword))
      lists.push({ keyword, count: list.length });
  }
  return lists;
}

/** The alternative chosen at each data location, per form, so a tie keeps the fields where they are. */
export class OptionChoices {
  private readonly chosenIndex = new Map<string, number>();

  /** The index last chosen among the alternatives at `optionsPointer` (`/x/oneOf`) for `dataPointer`. */
  chosen(dataPointer: JsonPointer, optionsPointer: JsonPointer): number | undefined {
    return this.chosenIndex.get(dataPointer + '\0' + optionsPointer);
  }

  /** Records the alternative chosen at `optionsPointer` for `dataPointer`. */
  choose(dataPointer: JsonPointer, optionsPointer: JsonPointer, index: number): number {
    this.chosenIndex.set(dataPointer + '\0' + optionsPointer, index);
    return index;
  }
}

/** What choosing an alternative needs from the form. */
export interface ChoiceContext {
  readonly schemas: SchemaCache;
  readonly conditions: ConditionResults;
  readonly choices: OptionChoices;
}

/**
 * The alternative that applies to `answers` at `dataPointer`: the first that matches; when none does
 * yet (a required answer is missing), the one whose constants and properties fit the answers best,
 * and on a tie the previous choice, so the fields stay put.
 */
export function chooseOption(
  context: ChoiceContext,
  pointer: JsonPointer,
  list: OptionList,
  answers: unknown,
  dataPointer: JsonPointer,
): number {
  const optionsPointer = pointer + '/' + list.keyword;
  for (let index = 0; index < list.count; index++)
    if (context.conditions.matches(`${optionsPointer}/${index}`, answers, dataPointer))
      return context.choices.choose(dataPointer, optionsPointer, index);
  const previous = context.choices.chosen(dataPointer, optionsPointer);
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

/** How well an alternative fits the answers: each answered property it declares counts, a matching `const` most. */
function fitScore(option: unknown, answers: unknown): number {
  const properties = isObject(option) && isObject(option.properties) ? option.properties : undefined;
  let score = 0;
  if (properties && isObject(answers))
    for (const name of Object.keys(properties)) {
      if (!isAnswered(answers, name)) continue;
      const property = properties[name];
      if (isObject(property) && property.const !== undefined)
        score += jsonEqual(property.const, own(answers, name)) ? 10 : -10;
      else score += 1;
    }
  return score;
}
