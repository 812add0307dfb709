/**
 * Mistakes in the options of a choice (`oneOf`/`anyOf` of `{ const, title }`): an option without
 * `const` turns the radios into a text box that accepts anything; `label` is not how an option is
 * named (`title` is).
 */
import { checkMessage } from '../check-messages.js';
import { joinPointer } from '../json-pointer.js';
import { isObject, walkSchemas } from '../schema-walk.js';
import { fieldNameAt, resolveLocalRef, type RuleContext } from './rule-context.js';

/** Keys an option of a choice has: anything else means the entry is an alternative, not an option. */
const OPTION_KEYS = new Set(['const', 'title', 'description', 'label', '$comment', 'examples', 'deprecated']);

/** Reports options without `const` and options named with `label`; returns the pointers of the `label`s reported. */
export function lintChoiceOptions(context: RuleContext): Set<string> {
  const labels = new Set<string>();
  walkSchemas(context.root, context.dialect, ({ schema, pointer }) => {
    for (const keyword of ['oneOf', 'anyOf']) {
      const options = schema[keyword];
      if (!Array.isArray(options) || options.length === 0) continue;
      const resolved = options.map((option) => resolveLocalRef(context.root, option));
      const looksLikeOption = (option: unknown): option is Record<string, unknown> =>
        isObject(option) && Object.keys(option).every((key) => OPTION_KEYS.has(key));
      const someConst = resolved.some((option) => isObject(option) && 'const' in option);
      const field = fieldNameAt(pointer) || keyword;
      resolved.forEach((option, i) => {
        if (!isObject(option)) return;
        const at = joinPointer(pointer, keyword, i);
        if (
          typeof option.label === 'string' &&
          looksLikeOption(option) &&
          isObject(options[i]) &&
          'label' in (options[i] as object)
        ) {
          labels.add(joinPointer(at, 'label'));
          context.report(
            joinPointer(at, 'label'),
            'option-label',
            'error',
            checkMessage(
              'option-label',
              { field, label: option.label, hasTitle: typeof option.title === 'string' },
              context.locale,
            ),
            { key: true },
          );
        }
        if (
          'const' in option ||
          !looksLikeOption(option) ||
          !(someConst || typeof option.title === 'string' || typeof option.label === 'string')
        )
          return;
        const name =
          typeof option.title === 'string'
            ? option.title
            : typeof option.label === 'string'
              ? option.label
              : `#${i + 1}`;
        const constType = resolved
          .map((o) => (isObject(o) && 'const' in o ? typeof o.const : undefined))
          .find((t) => t !== undefined);
        const example =
          constType === undefined || constType === 'string'
            ? JSON.stringify(name.startsWith('#') ? 'valor' : name)
            : constType === 'boolean'
              ? 'true'
              : '3';
        context.report(
          at,
          'option-without-const',
          'error',
          checkMessage('option-without-const', { field, option: name, example }, context.locale),
        );
      });
    }
  });
  return labels;
}
