/**
 * `oneOf`/`anyOf`: either a list of constants (a choice the person makes: its options become the
 * field's options) or alternatives of which one applies, chosen from the answers (the choosing itself
 * is in `choose-alternative.ts`, loaded only by schemas with alternatives).
 */
import type { RawOption } from '../../field-info.js';
import { isObject } from '../../json-pointer.js';
import type { JsonPointer, JsonSchemaObject } from '../../types.js';
import type { ConditionResults } from '../condition-results.js';
import { loadedFeatures } from '../features/engine-features.js';
import type { SchemaCache } from '../schema-cache.js';

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

/** The one empty list of alternatives (frozen; not json-values' NONE, which lazy chunks would then share). */
const NO_OPTION_LISTS: readonly OptionList[] = Object.freeze([]);

/** The lists of alternatives (not of constants) that `schema`, found at `pointer`, declares. */
export function optionListsOf(
  schemas: SchemaCache,
  schema: JsonSchemaObject,
  pointer: JsonPointer,
): readonly OptionList[] {
  const lists: OptionList[] = [];
  for (const keyword of CHOICE_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list) && list.length > 0 && !constOptions(schemas, pointer, keyword))
      lists.push({
        keyword,
        count: list.length,
        // Alternatives are derived only once their code is here (features-used.ts); `conditionPointers`,
        // which reads no choice, is the one planner without it: no choice of objects is assumed there.
        choiceOfObjects:
          loadedFeatures.alternatives?.isChoiceOfObjects(schemas, `${pointer}/${keyword}`, list.length) ?? false,
      });
  }
  // Most subschemas have none, and their plans keep this list: one shared empty list for them all.
  return lists.length ? lists : NO_OPTION_LISTS;
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
