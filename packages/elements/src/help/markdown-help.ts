/**
 * What help with Markdown syntax needs (the parser and its template), as one chunk: most help is one
 * plain sentence, which `FieldHelp` renders without either, so a form loads this only when a text
 * has a list, a link, emphasis or code (issue #18).
 */
export { parseHelp } from '@schemaforms/core';
export { renderHelp } from './help-template.js';
