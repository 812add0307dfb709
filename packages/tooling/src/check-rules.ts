/**
 * Every rule `schemaforms check` reports, by code: its severity, the RELIABILITY.md row it enforces
 * and a one-line summary — for the authoring guide and for tools reading `--format json`.
 */

/** One rule of the check. */
export interface CheckRule {
  readonly severity: 'error' | 'warning';
  /** The RELIABILITY.md row (`A4`, `B8`, …), `convention` for the form-file conventions, `logic` for form-logic mistakes. */
  readonly row: string;
  readonly summary: string;
}

/** The rules by code. Codes of core's `checkSchemaShape` pass through unchanged (see core's `SchemaErrorCode`). */
export const CHECK_RULES: Readonly<Record<string, CheckRule>> = Object.freeze({
  'json-syntax': {
    severity: 'error',
    row: 'A1',
    summary: 'Not strict JSON: trailing comma, comment, truncated file, single quotes…',
  },
  'root-not-object': { severity: 'error', row: 'A2', summary: 'The file is empty or its root is not an object.' },
  'duplicate-key': {
    severity: 'error',
    row: 'A3',
    summary: 'The same key twice in one object (JSON.parse would keep the last silently).',
  },
  'unknown-type': { severity: 'error', row: 'A4', summary: '"type" names something other than the seven JSON types.' },
  'meta-schema': {
    severity: 'error',
    row: 'A4',
    summary: "A keyword's value does not match the dialect's meta-schema.",
  },
  'unknown-keyword': {
    severity: 'error',
    row: 'A5',
    summary: 'A keyword (or x- annotation) the validator does not know; usually a typo.',
  },
  'invalid-annotation': {
    severity: 'error',
    row: 'A5',
    summary: "An x- annotation's value does not match its meta-schema.",
  },
  'unknown-format': { severity: 'error', row: 'A6', summary: '"format" names a format the validator does not know.' },
  'if-without-branch': { severity: 'error', row: 'A7', summary: '"if" without "then" or "else".' },
  'branch-without-if': { severity: 'error', row: 'A7', summary: '"then" or "else" without "if".' },
  'contains-missing': { severity: 'error', row: 'A7', summary: '"minContains"/"maxContains" without "contains".' },
  'union-type': {
    severity: 'error',
    row: 'A8',
    summary: 'A union type such as ["string", "number"]: the answer\'s type is hard to predict.',
  },
  'nullable-type': { severity: 'warning', row: 'A8', summary: 'A type with "null": rendered as the other type.' },
  'missing-ref': { severity: 'error', row: 'A9', summary: 'A "$ref" that points to nothing in the file.' },
  'remote-ref': {
    severity: 'error',
    row: 'A10',
    summary: 'A "$ref" to another file or URL (never fetched; bundle it in "$defs").',
  },
  'ref-cycle': {
    severity: 'error',
    row: 'A11',
    summary: 'A "$ref" chain that returns to itself without descending into the data.',
  },
  'invalid-regex': { severity: 'error', row: 'A13', summary: 'A "pattern" that is not a valid regular expression.' },
  'regex-not-unicode': {
    severity: 'error',
    row: 'A14',
    summary: 'A "pattern" valid only without the "u" flag; the message gives the Unicode-mode spelling.',
  },
  'regex-not-linear': {
    severity: 'error',
    row: 'E9',
    summary: 'A "pattern" the linear-time engine cannot run (backreference, lookaround); the message says which.',
  },
  redos: { severity: 'error', row: 'A15', summary: 'A "pattern" with catastrophic (exponential) backtracking.' },
  'slow-regex': {
    severity: 'warning',
    row: 'A15',
    summary: 'A "pattern" that may backtrack polynomially; keep "maxLength" small.',
  },
  'unbounded-string': {
    severity: 'error',
    row: 'A16',
    summary: '"pattern"/"format"/"patternProperties" without a length cap (json-schema-secure).',
  },
  'unbounded-string-linear': {
    severity: 'warning',
    row: 'A16',
    summary: '"pattern"/"format" proven linear-time, without a length cap: harmless, but a cap is still advised.',
  },
  'invalid-default': { severity: 'error', row: 'A17', summary: '"default" does not satisfy its own field.' },
  'invalid-const': { severity: 'error', row: 'A17', summary: '"const" does not satisfy its own field.' },
  'invalid-enum': { severity: 'error', row: 'A17', summary: 'An "enum" value does not satisfy its own field.' },
  'invalid-example': { severity: 'error', row: 'A17', summary: 'An "examples" value does not satisfy its own field.' },
  'never-valid': {
    severity: 'error',
    row: 'A18',
    summary: 'A field no answer can satisfy (minLength > maxLength, enum: [], …).',
  },
  'strict-required': {
    severity: 'error',
    row: 'A19',
    summary: '"required" names a property its object does not declare.',
  },
  'strict-mode': { severity: 'error', row: 'A5', summary: "Another of Ajv's strict-mode findings, with Ajv's words." },
  'ajv-warning': { severity: 'warning', row: 'A5', summary: 'A warning Ajv logs while compiling.' },
  'compile-error': {
    severity: 'error',
    row: 'A5',
    summary: 'Ajv cannot compile the schema (only reported when no other error explains it).',
  },
  'poisoned-name': { severity: 'error', row: 'A20', summary: 'A name such as __proto__, constructor or toString.' },
  'duplicate-id': { severity: 'error', row: 'A21', summary: 'Two forms with the same "$id".' },
  'file-too-large': {
    severity: 'error',
    row: 'A22',
    summary: 'A file over 1 MB (its size from stat; it is not read).',
  },
  'file-encoding': {
    severity: 'error',
    row: 'A1',
    summary: 'A UTF-16 file (byte-order mark or NUL bytes); the hint says to save it as UTF-8.',
  },
  'binary-file': { severity: 'error', row: 'A1', summary: 'A file that is not text, with its real size.' },
  'unreadable-file': { severity: 'error', row: 'A1', summary: 'A form file that cannot be read (permission).' },
  'unreadable-folder': {
    severity: 'error',
    row: 'A1',
    summary: 'A folder that cannot be read; the rest is still checked.',
  },
  'broken-link': { severity: 'error', row: 'A1', summary: 'A form file that is a symbolic link to nothing.' },
  'linked-folder': {
    severity: 'warning',
    row: 'A1',
    summary: 'A symbolic link to a folder: not followed (links can loop), so its forms are not checked.',
  },
  'too-many-properties': { severity: 'error', row: 'A22', summary: 'More than 2,000 properties in one form.' },
  'enum-too-large': { severity: 'error', row: 'A22', summary: 'An "enum" with more than 1,000 values.' },
  'too-deep': { severity: 'error', row: 'A23', summary: 'Nesting deeper than 32 levels.' },
  'unsupported-feature': {
    severity: 'warning',
    row: 'A24',
    summary: 'Validates, but the renderer cannot display it ($dynamicRef, patternProperties).',
  },
  'unsupported-dialect': { severity: 'error', row: 'A25', summary: '"$schema" other than 2020-12 or draft-07.' },
  'raw-html': { severity: 'warning', row: 'B2', summary: 'HTML in help text (never rendered).' },
  'unsafe-link': {
    severity: 'error',
    row: 'B3',
    summary: 'A help link the renderer would drop (javascript:, data:, scheme tricks, http:).',
  },
  'bidi-control': {
    severity: 'error',
    row: 'B8',
    summary: 'An invisible bidirectional control character (Trojan Source).',
  },
  'duplicate-label': {
    severity: 'warning',
    row: 'B9',
    summary: 'Two labels that look the same after Unicode normalisation.',
  },
  'text-too-long': { severity: 'error', row: 'B10', summary: 'A text over 10,000 characters.' },
  'integer-id': { severity: 'warning', row: 'C5', summary: 'An identifier-like field typed as a number.' },
  'code-unmarked': {
    severity: 'warning',
    row: 'C17',
    summary: 'An identifier-like text field without "x-code": pasted spaces would make it fail.',
  },
  'code-not-text': {
    severity: 'warning',
    row: 'C17',
    summary: '"x-code" on a choice or a non-string field, where it does nothing.',
  },
  'layout-mismatch': {
    severity: 'error',
    row: 'convention',
    summary: '"x-layout" columns must list every property once, in the properties\' order.',
  },
  'option-without-const': {
    severity: 'error',
    row: 'logic',
    summary: 'An option of a choice without "const": the radios become a text box that accepts anything.',
  },
  'option-label': { severity: 'error', row: 'logic', summary: '"label" in an option: forms read "title".' },
  'branch-field-blocked': {
    severity: 'error',
    row: 'logic',
    summary:
      'A field declared only in a branch of an object with "additionalProperties": false: the form can never be sent.',
  },
  'if-not-required': {
    severity: 'warning',
    row: 'logic',
    summary: 'An "if" testing a field it does not require: true while the field is unanswered.',
  },
  'if-impossible-value': {
    severity: 'error',
    row: 'logic',
    summary: 'An "if" value the field can never take (not among its options; a case typo).',
  },
  'branch-annotation-conflict': {
    severity: 'warning',
    row: 'logic',
    summary: 'Two branches that can apply together set the same title/description of a field; one silently wins.',
  },
  'dependent-field-far': {
    severity: 'warning',
    row: 'logic',
    summary: 'A field declared only in a branch renders at the end of the form, far from its trigger.',
  },
  'money-not-number': {
    severity: 'error',
    row: 'logic',
    summary: '"x-widget": "money" on a field that is not "type": "number" (the preset would be ignored).',
  },
  'money-without-cents': {
    severity: 'error',
    row: 'logic',
    summary: '"x-widget": "money" without "multipleOf": 0.01 (or a step in whole cents): fractions of a cent accepted.',
  },
  'code-not-string': {
    severity: 'error',
    row: 'logic',
    summary: '"x-widget": "code" on a field that is not "type": "string" (the preset would be ignored).',
  },
  'file-accept-entry': {
    severity: 'error',
    row: 'E13',
    summary: 'An "x-accept" entry that is not a media type, a group ("image/*") or an extension (".pdf").',
  },
  'file-max-size': {
    severity: 'error',
    row: 'E13',
    summary: '"x-maxSize" not written as a size such as "2 MB" or "500 KB".',
  },
  'file-without-max-size': {
    severity: 'warning',
    row: 'E13',
    summary: 'An attachment ("format": "data-url") without "x-maxSize": the limit shows only when the form is sent.',
  },
  'unknown-widget': {
    severity: 'error',
    row: 'logic',
    summary: '"x-widget" names no field kind (it would be ignored).',
  },
  'title-in-two-categories': {
    severity: 'warning',
    row: 'convention',
    summary: 'The same subject title in two categories.',
  },
  'form-convention': {
    severity: 'error',
    row: 'convention',
    summary: 'A form needs "$id", "title", "x-category" and "type": "object".',
  },
  'file-location': {
    severity: 'error',
    row: 'convention',
    summary: 'The file is not at <category>/<subject>.schema.json with kebab-case names.',
  },
  'id-mismatch': { severity: 'warning', row: 'convention', summary: '"$id" does not end with the file path.' },
  'duplicate-subject': { severity: 'error', row: 'convention', summary: 'Two forms with the same category and title.' },
  'category-mismatch': {
    severity: 'error',
    row: 'convention',
    summary: 'A folder with two categories, or a category in two folders.',
  },
  'translation-missing': {
    severity: 'warning',
    row: 'convention',
    summary:
      'A text (title, description, option label, x-errorMessage) without its translation in a locale the form declares.',
  },
  'translation-not-locale': {
    severity: 'error',
    row: 'convention',
    summary: 'An "x-i18n" key that is not a language code.',
  },
  'translation-not-text': {
    severity: 'error',
    row: 'convention',
    summary: 'A key inside an "x-i18n" locale that is not a translatable text (title, description, x-errorMessage).',
  },
  'translation-value': { severity: 'error', row: 'convention', summary: 'A translated text that is not a text.' },
  'translation-undeclared': {
    severity: 'warning',
    row: 'convention',
    summary: 'A translation in a locale the root "x-i18n" does not declare (it never shows).',
  },
  'invalid-lang': { severity: 'error', row: 'convention', summary: '"x-lang" is not a language code.' },
  // Core's checkSchemaShape codes, reported when tooling's own rules did not already say the same.
  'invalid-root': { severity: 'error', row: 'A2', summary: 'Core refuses the root (it must be an object schema).' },
  'too-large': {
    severity: 'error',
    row: 'A22',
    summary: 'Core refuses the size (subschemas, properties, enum or options).',
  },
  'invalid-pattern': { severity: 'error', row: 'A13', summary: 'Core refuses a pattern.' },
  strict: { severity: 'error', row: 'A5', summary: "Core's strict-mode finding." },
  'invalid-schema': { severity: 'error', row: 'A4', summary: 'Core refuses the schema.' },
  'core-check': { severity: 'error', row: 'A1', summary: "Core's shape check failed unexpectedly (a bug)." },
});
