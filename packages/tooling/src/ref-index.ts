/**
 * The `$ref` index of one document being checked: where its `$id`s and `$anchor`s are, so each `$ref`
 * is reported as invalid, remote or dangling with a suggestion, and `$ref` chains that loop are found.
 *
 * It stays apart from core's `indexSchema`/`resolveRef` (`packages/core/src/schema-index.ts`) on
 * purpose: that one is not exported from a subpath, resolves against another base URI (which the
 * `ref-remote` message shows), keeps the first of two equal `$id`s where this keeps the last, folds
 * "not a URI" into "missing", and records no edges for the cycle check. Swapping would change messages.
 *
 * With the other files of the forms folder (`documents`), a `$ref` to one of them is checked in that
 * file: a pointer or anchor it lacks is reported naming the file. Cycles across files are found by
 * core's shape check on the form's bundle (`check-text.ts`).
 */
import type { Dialect } from '@schemaforms/core';
import { IN_PLACE_APPLICATORS } from '@schemaforms/core/schema-keywords';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { closest } from './did-you-mean.js';
import { getAtPointer, joinPointer } from './json-pointer.js';
import type { Reporter } from './lint-context.js';
import type { FolderDocument, FolderDocuments } from './folder-documents.js';
import { isObject, walkSchemas, childSchemas, ANONYMOUS_BASE } from './schema-walk.js';

/** Where `$id`s and `$anchor`s are, to resolve `$ref`s inside the document and find cycles. */
export class RefIndex {
  private readonly ids = new Map<string, string>();
  private readonly anchors = new Map<string, string>();
  private readonly schemaPointers = new Set<string>();
  private readonly edges = new Map<string, { to: string; via: string }[]>();
  /** The indexes of the other files `$ref`s name, made on first use. */
  private readonly otherIndexes = new Map<string, RefIndex>();

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly dialect: Dialect,
    private readonly documents?: FolderDocuments,
  ) {
    walkSchemas(root, dialect, ({ schema, pointer, base }) => {
      this.schemaPointers.add(pointer);
      if (typeof schema.$id === 'string' || pointer === '') this.ids.set(base, pointer);
      if (pointer === '' && base !== ANONYMOUS_BASE) this.ids.set(ANONYMOUS_BASE, '');
      for (const keyword of ['$anchor', '$dynamicAnchor']) {
        if (typeof schema[keyword] === 'string') this.anchors.set(`${base}#${schema[keyword] as string}`, pointer);
      }
      // draft-07 anchors are "$id": "#name".
      if (dialect === 'draft-07' && typeof schema.$id === 'string' && schema.$id.startsWith('#')) {
        this.anchors.set(`${base}${schema.$id}`, pointer);
      }
      for (const child of childSchemas(schema, dialect)) {
        if (IN_PLACE_APPLICATORS.includes(child.keyword) && isObject(child.schema)) {
          const to = joinPointer(pointer, ...child.tokens);
          this.edge(pointer, to, to);
        }
      }
    });
  }

  private edge(from: string, to: string, via: string): void {
    let list = this.edges.get(from);
    if (!list) this.edges.set(from, (list = []));
    list.push({ to, via });
  }

  /** Checks one `$ref` (dangling, remote) and records it for the cycle check. */
  check(ref: string, base: string, pointer: string, report: Reporter, locale: CheckLocale): void {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      report(pointer, 'missing-ref', 'error', checkMessage('ref-invalid', { ref }, locale));
      return;
    }
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragment = url.hash.slice(1);
    }
    url.hash = '';
    const documentPointer = this.ids.get(url.href);
    const other = documentPointer === undefined ? this.documents?.get(url.href) : undefined;
    if (other) return this.checkInOtherFile({ ref, url: url.href, fragment, other, pointer }, report, locale);
    if (documentPointer === undefined) {
      const message = this.documents
        ? checkMessage('ref-no-file', { ref, url: url.href }, locale)
        : checkMessage('ref-remote', { ref, url: url.href }, locale);
      report(pointer, 'remote-ref', 'error', message);
      return;
    }
    let target: string | undefined;
    if (fragment === '' || fragment.startsWith('/')) {
      target = documentPointer + fragment;
      if (getAtPointer(this.root, target) === undefined) target = undefined;
    } else {
      target = this.anchors.get(`${url.href}#${fragment}`);
    }
    if (target === undefined) {
      const defs = this.dialect === 'draft-07' ? 'definitions' : '$defs';
      const available = Object.keys(isObject(this.root[defs]) ? this.root[defs] : {});
      const suggestion = closest(fragment.split('/').pop() ?? '', available);
      report(
        pointer,
        'missing-ref',
        'error',
        checkMessage('ref-missing', { ref, defs, ...(suggestion ? { suggestion } : {}) }, locale),
      );
      return;
    }
    const from = pointer.slice(0, -'/$ref'.length);
    if (this.schemaPointers.has(target)) this.edge(from, target, pointer);
  }

  /** Whether `fragment` (a pointer or an anchor) of the document `url` names something in this file. */
  resolves(url: string, fragment: string): boolean {
    const documentPointer = this.ids.get(url);
    if (documentPointer === undefined) return false;
    if (fragment === '' || fragment.startsWith('/'))
      return getAtPointer(this.root, documentPointer + fragment) !== undefined;
    return this.anchors.has(`${url}#${fragment}`);
  }

  /** Checks a `$ref` into another file of the folder: its pointer or anchor must be there. */
  private checkInOtherFile(
    found: { ref: string; url: string; fragment: string; other: FolderDocument; pointer: string },
    report: Reporter,
    locale: CheckLocale,
  ): void {
    const { ref, url, fragment, other, pointer } = found;
    let index = this.otherIndexes.get(url);
    if (!index)
      this.otherIndexes.set(url, (index = new RefIndex(other.schema as Record<string, unknown>, this.dialect)));
    if (index.resolves(url, fragment)) return;
    const defs = this.dialect === 'draft-07' ? 'definitions' : '$defs';
    const available = Object.keys(isObject(other.schema[defs]) ? other.schema[defs] : {});
    const suggestion = closest(fragment.split('/').pop() ?? '', available);
    const params = {
      ref,
      file: other.displayFile,
      target: `#${fragment}`,
      defs,
      ...(suggestion ? { suggestion } : {}),
    };
    report(pointer, 'missing-ref', 'error', checkMessage('ref-missing-in-file', params, locale));
  }

  /** Reports `$ref` chains that come back to where they started without reading deeper into the data. */
  reportCycles(report: Reporter, locale: CheckLocale): void {
    const state = new Map<string, 1 | 2>();
    const reported = new Set<string>();
    for (const start of this.edges.keys()) {
      if (state.has(start)) continue;
      const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
      // path[i] is a node on the current route and vias[i] the edge that entered it.
      const path: string[] = [start];
      const vias: string[] = [''];
      state.set(start, 1);
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const out = this.edges.get(frame.node) ?? [];
        if (frame.next >= out.length) {
          state.set(frame.node, 2);
          stack.pop();
          path.pop();
          vias.pop();
          continue;
        }
        const { to, via } = out[frame.next++]!;
        const s = state.get(to);
        if (s === 1) {
          const from = path.indexOf(to);
          const cycleVias = [...vias.slice(from + 1), via];
          const refVia = [...cycleVias].reverse().find((v) => v.endsWith('/$ref')) ?? via;
          if (!reported.has(refVia)) {
            reported.add(refVia);
            const cycle = [...path.slice(from), to].map((p) => `#${p}`).join(' → ');
            report(refVia, 'ref-cycle', 'error', checkMessage('ref-cycle', { cycle }, locale));
          }
        } else if (s === undefined) {
          state.set(to, 1);
          stack.push({ node: to, next: 0 });
          path.push(to);
          vias.push(via);
        }
      }
    }
  }
}
