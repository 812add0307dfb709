/**
 * Logic mistakes in conditions that JSON Schema accepts but that break the form people see: a branch
 * field the root refuses, an `if` that holds before its question is answered, an `if` value the
 * question can never take, two branches fighting over one help text, and a dependent question that
 * shows at the end of the form instead of beside its trigger.
 */
import { checkMessage } from '../check-messages.js';
import { joinPointer } from '../json-pointer.js';
import { closest } from '../did-you-mean.js';
import { isObject } from '../schema-walk.js';
import { declarations, exclusive, objectGroups, type Declaration, type ObjectGroup } from './object-groups.js';
import { resolveLocalRef, sameJson, type RuleContext } from './rule-context.js';

/** Runs every conditional-field rule on the document. */
export function lintConditionalFields(context: RuleContext): void {
  for (const group of objectGroups(context.root, context.dialect)) {
    if (group.members.length < 2 && !isObject(group.schema.if)) continue;
    const declared = declarations(group);
    branchFieldsBlocked(group, declared, context);
    ifTests(group, declared, context);
    annotationConflicts(declared, context);
    dependentFieldsFar(group, declared, context);
  }
}

/** `additionalProperties: false` only sees its sibling `properties`: a field declared elsewhere is always refused. */
function branchFieldsBlocked(group: ObjectGroup, declared: readonly Declaration[], context: RuleContext): void {
  if (group.schema.additionalProperties !== false) return;
  const own = isObject(group.schema.properties) ? group.schema.properties : {};
  const reported = new Set<string>();
  for (const d of declared) {
    if (d.member.pointer === group.pointer || d.schema === false || Object.hasOwn(own, d.name) || reported.has(d.name))
      continue;
    reported.add(d.name);
    const line = context.lineOf(joinPointer(group.pointer, 'additionalProperties'));
    context.report(
      d.pointer,
      'branch-field-blocked',
      'error',
      checkMessage('branch-field-blocked', { field: d.name, branch: d.member.branch ?? 'allOf', line }, context.locale),
      { key: true },
    );
  }
}

/** The values a field can take, when it is a closed list (options, `enum`, `const`, a boolean). */
function valuesOf(root: unknown, schema: unknown): unknown[] | undefined {
  const field = resolveLocalRef(root, schema);
  if (!isObject(field)) return undefined;
  if (Array.isArray(field.enum)) return field.enum;
  if ('const' in field) return [field.const];
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = field[keyword];
    if (!Array.isArray(options) || options.length === 0) continue;
    const resolved = options.map((option) => resolveLocalRef(root, option));
    if (resolved.every((option) => isObject(option) && 'const' in option))
      return resolved.map((option) => (option as Record<string, unknown>).const);
  }
  if (field.type === 'boolean') return [true, false];
  return undefined;
}

/** The closest value a typo meant: same text ignoring case and quotes, else a near spelling. */
function meant(value: unknown, options: readonly unknown[]): unknown {
  const text = String(value).trim().toLowerCase();
  const same = options.find((option) => String(option).toLowerCase() === text);
  if (same !== undefined) return same;
  if (typeof value !== 'string') return undefined;
  const near = closest(
    value,
    options.filter((o): o is string => typeof o === 'string'),
  );
  return near;
}

function ifTests(group: ObjectGroup, declared: readonly Declaration[], context: RuleContext): void {
  const fieldSchema = new Map<string, unknown>();
  for (const d of declared)
    if (d.member.conditions.length === 0 && !fieldSchema.has(d.name)) fieldSchema.set(d.name, d.schema);
  for (const member of group.members) {
    const test = member.schema.if;
    if (!isObject(test) || !isObject(test.properties) || !('then' in member.schema || 'else' in member.schema))
      continue;
    const ifPointer = joinPointer(member.pointer, 'if');
    const required = Array.isArray(test.required) ? test.required.map(String) : [];
    const missing = Object.keys(test.properties).filter((name) => {
      const value = (test.properties as Record<string, unknown>)[name];
      return !required.includes(name) && value !== true && !(isObject(value) && Object.keys(value).length === 0);
    });
    for (const name of missing) {
      context.report(
        joinPointer(ifPointer, 'properties', name),
        'if-not-required',
        'warning',
        checkMessage('if-not-required', { field: name, required: [...required, ...missing] }, context.locale),
        { key: true },
      );
    }
    for (const [name, value] of Object.entries(test.properties)) {
      if (!isObject(value)) continue;
      const options = valuesOf(context.root, fieldSchema.get(name));
      if (!options) continue;
      const tested: { value: unknown; pointer: string }[] = [];
      if ('const' in value)
        tested.push({ value: value.const, pointer: joinPointer(ifPointer, 'properties', name, 'const') });
      if (Array.isArray(value.enum))
        value.enum.forEach((v, i) =>
          tested.push({ value: v, pointer: joinPointer(ifPointer, 'properties', name, 'enum', i) }),
        );
      for (const t of tested) {
        if (options.some((option) => sameJson(option, t.value))) continue;
        const suggestion = meant(t.value, options);
        context.report(
          t.pointer,
          'if-impossible-value',
          'error',
          checkMessage(
            'if-impossible-value',
            { field: name, value: t.value, options, ...(suggestion === undefined ? {} : { suggestion }) },
            context.locale,
          ),
        );
      }
    }
  }
}

const BRANCH_ANNOTATIONS = ['title', 'description'];

/** Two branches that can both apply and set the same text of one field: the later silently wins. */
function annotationConflicts(declared: readonly Declaration[], context: RuleContext): void {
  const conditional = declared.filter((d) => d.member.conditions.length > 0 && isObject(d.schema));
  for (let i = 0; i < conditional.length; i++) {
    const later = conditional[i]!;
    for (const keyword of BRANCH_ANNOTATIONS) {
      const value = (later.schema as Record<string, unknown>)[keyword];
      if (typeof value !== 'string') continue;
      const earlier = conditional
        .slice(0, i)
        .find(
          (d) =>
            d.name === later.name &&
            !exclusive(d.member, later.member) &&
            typeof (d.schema as Record<string, unknown>)[keyword] === 'string' &&
            (d.schema as Record<string, unknown>)[keyword] !== value,
        );
      if (!earlier) continue;
      const hidden = (earlier.schema as Record<string, unknown>)[keyword] as string;
      const line = context.lineOf(joinPointer(earlier.pointer, keyword));
      context.report(
        joinPointer(later.pointer, keyword),
        'branch-annotation-conflict',
        'warning',
        checkMessage(
          'branch-annotation-conflict',
          { field: later.name, keyword, shown: value, hidden, line },
          context.locale,
        ),
      );
    }
  }
}

/** A field declared only in a branch renders after every field of the object, far from its trigger. */
function dependentFieldsFar(group: ObjectGroup, declared: readonly Declaration[], context: RuleContext): void {
  const order = isObject(group.schema.properties) ? Object.keys(group.schema.properties) : [];
  const always = new Set(declared.filter((d) => d.member.conditions.length === 0).map((d) => d.name));
  const last = order[order.length - 1];
  const reported = new Set<string>();
  for (const d of declared) {
    if (always.has(d.name) || d.schema === false || reported.has(d.name) || last === undefined) continue;
    const triggers = d.member.conditions.flatMap((c) => c.triggers).filter((name) => order.includes(name));
    if (triggers.length === 0) continue;
    const trigger = triggers.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a));
    if (trigger === last) continue;
    reported.add(d.name);
    context.report(
      d.pointer,
      'dependent-field-far',
      'warning',
      checkMessage(
        'dependent-field-far',
        { field: d.name, trigger, last, branch: d.member.branch ?? 'allOf' },
        context.locale,
      ),
      { key: true },
    );
  }
}
