/**
 * Choosing the alternative of a `oneOf`/`anyOf` list that applies to the answers: part of the object
 * alternatives feature, loaded only by schemas that have such a list (see `features/engine-features.ts`).
 */
import { isObject, own } from '../../json-pointer.js';
import type { JsonPointer } from '../../types.js';
import { jsonEqual } from '../json-values.js';
import { discriminatedOption } from './discriminator.js';
import { singleValueOf, type ChoiceContext, type OptionList } from './option-choice.js';

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
      const answer = own(answers, name);
      if (answer === undefined) continue;
      const fixed = singleValueOf(properties[name]);
      if (fixed !== undefined) score += jsonEqual(fixed, answer) ? 10 : -10;
      else score += 1;
    }
  return score;
}
