/**
 * schema-keywords defines its keyword lists itself rather than importing the engine's keyword modules
 * (an import edge from it split a consumer's entry; see the module's comment): the two must agree.
 */
import { describe, expect, it } from 'vitest';
import { ALL_OF_KEYWORDS as allOf } from './engine/keywords/all-of.js';
import { DEPENDENT_REQUIRED_KEYWORDS as dependentRequired } from './engine/keywords/dependent-required.js';
import { DEPENDENT_SCHEMAS_KEYWORDS as dependentSchemas } from './engine/keywords/dependent-schemas.js';
import { CONDITIONAL_KEYWORDS as conditional } from './engine/keywords/if-then-else.js';
import { CHOICE_KEYWORDS as choice } from './engine/keywords/option-choice.js';
import {
  ALL_OF_KEYWORDS,
  CHOICE_KEYWORDS,
  CONDITIONAL_KEYWORDS,
  DEPENDENT_REQUIRED_KEYWORDS,
  DEPENDENT_SCHEMAS_KEYWORDS,
  IN_PLACE_APPLICATORS,
} from './schema-keywords.js';

describe('schema-keywords', () => {
  it('lists the same keywords as the engine modules of each family', () => {
    expect(ALL_OF_KEYWORDS).toEqual(allOf);
    expect(CHOICE_KEYWORDS).toEqual(choice);
    expect(CONDITIONAL_KEYWORDS).toEqual(conditional);
    expect(DEPENDENT_SCHEMAS_KEYWORDS).toEqual(dependentSchemas);
    expect(DEPENDENT_REQUIRED_KEYWORDS).toBe(dependentRequired);
  });

  it('counts every in-place family among the in-place applicators', () => {
    expect(IN_PLACE_APPLICATORS).toEqual([
      'allOf',
      'oneOf',
      'anyOf',
      'not',
      'if',
      'then',
      'else',
      'dependentSchemas',
      'dependencies',
    ]);
  });
});
