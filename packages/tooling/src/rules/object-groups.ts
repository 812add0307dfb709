/**
 * Groups the subschemas that apply to one object in the answers: the object's own schema plus every
 * `allOf`/`oneOf`/`anyOf` member, `then`/`else` and `dependentSchemas` entry beneath it (without going
 * into `properties` or `items`), each with the conditions under which it applies. The logic rules ask
 * of a group what the form will do: which fields exist always, which only in a branch, what tests them.
 */
import type { Dialect } from '@schemaforms/core';
import { joinPointer } from '../json-pointer.js';
import { IN_PLACE_APPLICATORS } from '@schemaforms/core/schema-keywords';
import { isObject, walkSchemas } from '../schema-walk.js';

/** One condition a member depends on: which `if` (or `oneOf`, `dependentSchemas` entry) and which side. */
export interface Condition {
  /** The pointer of what decides (`/allOf/0/if`, `/oneOf`, `/dependentSchemas/cupom`). */
  readonly key: string;
  /** `then`/`else`, or the `oneOf` index; two members with the same key and different sides never both apply. */
  readonly side: string;
  /** The fields the condition reads. */
  readonly triggers: readonly string[];
}

/** A subschema applying to the group's object. */
export interface GroupMember {
  readonly schema: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** Every condition on the way from the object's schema; empty when it always applies. */
  readonly conditions: readonly Condition[];
  /** The keyword of the nearest branch (`then`, `else`, `dependentSchemas`, `oneOf`, `anyOf`), else `allOf` or `undefined`. */
  readonly branch: string | undefined;
}

/** The subschemas of one object location, the object's own schema first, in document order. */
export interface ObjectGroup {
  readonly pointer: string;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly members: readonly GroupMember[];
}

/** One property declaration inside a group. */
export interface Declaration {
  readonly name: string;
  readonly schema: unknown;
  readonly pointer: string;
  readonly member: GroupMember;
}

/** Every object group of the document (each location that is not itself an in-place applicator). */
export function objectGroups(root: unknown, dialect: Dialect): ObjectGroup[] {
  const groups: ObjectGroup[] = [];
  walkSchemas(root, dialect, ({ schema, pointer, keyword }) => {
    if (keyword !== undefined && IN_PLACE_APPLICATORS.includes(keyword)) return;
    const members: GroupMember[] = [];
    collect(schema, pointer, [], undefined, members, dialect);
    groups.push({ pointer, schema, members });
  });
  return groups;
}

function collect(
  schema: Readonly<Record<string, unknown>>,
  pointer: string,
  conditions: readonly Condition[],
  branch: string | undefined,
  out: GroupMember[],
  dialect: Dialect,
): void {
  if (out.length > 2_000) return;
  out.push({ schema, pointer, conditions, branch });
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((member, i) => {
      if (isObject(member))
        collect(member, joinPointer(pointer, 'allOf', i), conditions, branch ?? 'allOf', out, dialect);
    });
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = schema[keyword];
    if (!Array.isArray(options)) continue;
    options.forEach((member, i) => {
      if (!isObject(member)) return;
      const condition: Condition = {
        key: joinPointer(pointer, keyword),
        side: keyword === 'oneOf' ? String(i) : `any${i}`,
        triggers: [],
      };
      collect(member, joinPointer(pointer, keyword, i), [...conditions, condition], keyword, out, dialect);
    });
  }
  if (isObject(schema.if) || typeof schema.if === 'boolean') {
    const test = isObject(schema.if) ? schema.if : {};
    const triggers = [
      ...new Set([
        ...Object.keys(isObject(test.properties) ? test.properties : {}),
        ...(Array.isArray(test.required) ? test.required.map(String) : []),
      ]),
    ];
    for (const side of ['then', 'else']) {
      const member = schema[side];
      if (!isObject(member)) continue;
      const condition: Condition = { key: joinPointer(pointer, 'if'), side, triggers };
      collect(member, joinPointer(pointer, side), [...conditions, condition], side, out, dialect);
    }
  }
  const dependentKeyword = dialect === 'draft-07' ? 'dependencies' : 'dependentSchemas';
  const dependent = schema[dependentKeyword];
  if (isObject(dependent)) {
    for (const name of Object.keys(dependent)) {
      const member = dependent[name];
      if (!isObject(member)) continue;
      const condition: Condition = {
        key: joinPointer(pointer, dependentKeyword, name),
        side: 'present',
        triggers: [name],
      };
      collect(
        member,
        joinPointer(pointer, dependentKeyword, name),
        [...conditions, condition],
        dependentKeyword,
        out,
        dialect,
      );
    }
  }
}

/** Every `properties` entry declared by the members of `group`, in document order. */
export function declarations(group: ObjectGroup): Declaration[] {
  const out: Declaration[] = [];
  for (const member of group.members) {
    const properties = member.schema.properties;
    if (!isObject(properties)) continue;
    for (const name of Object.keys(properties))
      out.push({ name, schema: properties[name], pointer: joinPointer(member.pointer, 'properties', name), member });
  }
  return out;
}

/** Whether two members can never apply together (opposite sides of one `if`, or two `oneOf` options). */
export function exclusive(a: GroupMember, b: GroupMember): boolean {
  return a.conditions.some((c) =>
    b.conditions.some((d) => c.key === d.key && c.side !== d.side && !c.side.startsWith('any')),
  );
}
