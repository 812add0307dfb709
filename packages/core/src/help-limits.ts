/**
 * The help length limit on its own, so an element can tell plain help from text to parse without
 * loading the parser (issue #18: the parser is a lazy chunk of `<sf-form>`).
 */

/** Help text longer than this is cut before parsing (RELIABILITY.md B10). */
export const MAX_HELP_LENGTH = 10_000;
