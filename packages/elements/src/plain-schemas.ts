/**
 * `@schemaforms/elements/plain-schemas.js`: import it beside `<sf-form>` on a page whose forms are plain
 * JSON schemas (given to `schema` as objects or text, or as `schema-src`), not precompiled by
 * `@schemaforms/tooling`. It puts the code that reads a plain schema (≈8 KB gzip: the shape check, the
 * dialect upgrades, the condition evaluator and its pattern engine) in your bundle's entry, which your
 * bundler preloads with it, instead of lazy chunks a page fetches only once a plain schema arrives —
 * one more sequential round trip before the first field shows. Pages whose forms come precompiled never
 * need that code: do not import this there. The embed bundle (`@schemaforms/elements/embed`) carries it
 * already. Ajv stays a lazy chunk either way.
 */
import '@schemaforms/core/schema-reading';
