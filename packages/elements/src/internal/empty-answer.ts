/**
 * Whether an answer is still empty: nothing chosen (`undefined`), nothing typed (`''` or only spaces)
 * or an empty list. GOV.UK checks emptiness when the form is sent, never when a field is left: tabbing
 * past an empty required field, or across a radio group, must not turn it red.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}
