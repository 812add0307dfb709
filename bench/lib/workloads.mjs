// The benchmark's schemas, generated (deterministic, no randomness) so every contender gets the same input.

/** Kinds of the flat fields, by index modulo 10. */
const FLAT_PATTERN = ['min3', 'plain', 'min3max40', 'email', 'plain', 'min3', 'uri', 'plain', 'enum', 'boolean'];

const ENUM_OPTIONS = ['Norte', 'Nordeste', 'Centro-Oeste', 'Sudeste', 'Sul', 'Exterior'];

function pad(i, width = 4) {
  return String(i).padStart(width, '0');
}

/** The property schema of flat field `i`. */
function flatField(i) {
  const kind = FLAT_PATTERN[i % 10];
  const base = { title: `Field ${i}`, description: `Help text for field ${i}.` };
  switch (kind) {
    case 'min3':
      return { type: 'string', ...base, minLength: 3 };
    case 'min3max40':
      return { type: 'string', ...base, minLength: 3, maxLength: 40 };
    case 'email':
      return { type: 'string', ...base, format: 'email' };
    case 'uri':
      return { type: 'string', ...base, format: 'uri' };
    case 'enum':
      return { type: 'string', ...base, enum: ENUM_OPTIONS };
    case 'boolean':
      return { type: 'boolean', ...base };
    default:
      return { type: 'string', ...base };
  }
}

/**
 * A flat object schema of `n` fields: strings (some minLength, some maxLength), some format email/uri,
 * some 6-option enums (a select everywhere), some booleans (a checkbox). No `$schema`: the keywords used
 * mean the same in draft-07 (rjsf's and JSON Forms' default Ajv) and 2020-12 (schemaforms' default).
 */
export function flatSchema(n) {
  const properties = {};
  for (let i = 0; i < n; i++) properties[`f${pad(i)}`] = flatField(i);
  return { type: 'object', title: `Flat form of ${n} fields`, properties };
}

/** The key typed into: the middle field (a string with minLength 3 for every n used here). */
export function middleKey(n) {
  const i = Math.floor(n / 2);
  if (!FLAT_PATTERN[i % 10].startsWith('min3')) throw new Error(`field ${i} has no minLength`);
  return `f${pad(i)}`;
}

/**
 * The conditional schema: 50 boolean switches s00…s49, each with an if/then/else in the root `allOf`:
 * on → `a` (string, minLength 3) and `b` (email) appear; off/unset → `c` (string) appears.
 * 200 fields declared; 100 controls shown at first (every switch off).
 */
export function conditionalSchema(switches = 50) {
  const properties = {};
  const allOf = [];
  for (let i = 0; i < switches; i++) {
    const s = `s${pad(i, 2)}`;
    properties[s] = { type: 'boolean', title: `Switch ${i}`, description: `Turns block ${i} on.` };
    allOf.push({
      if: { properties: { [s]: { const: true } }, required: [s] },
      then: {
        properties: {
          [`a${pad(i, 2)}`]: {
            type: 'string',
            title: `Block ${i} name`,
            description: `Shown while switch ${i} is on.`,
            minLength: 3,
          },
          [`b${pad(i, 2)}`]: { type: 'string', title: `Block ${i} email`, format: 'email' },
        },
      },
      else: {
        properties: {
          [`c${pad(i, 2)}`]: {
            type: 'string',
            title: `Block ${i} reason`,
            description: `Shown while switch ${i} is off.`,
          },
        },
      },
    });
  }
  return { type: 'object', title: 'Conditional form: 50 switches', properties, allOf };
}

/**
 * JSON Forms renders only root `properties` and shows/hides with UI-schema rules, not with if/then/else:
 * its idiomatic equivalent declares all 200 properties and gives each block a SHOW/HIDE rule.
 */
export function conditionalForJsonForms(switches = 50) {
  const schema = conditionalSchema(switches);
  const properties = { ...schema.properties };
  const elements = [];
  for (let i = 0; i < switches; i++) {
    const s = `s${pad(i, 2)}`;
    const block = schema.allOf[i];
    const condition = { scope: `#/properties/${s}`, schema: { const: true } };
    elements.push({ type: 'Control', scope: `#/properties/${s}` });
    for (const [key, sub] of Object.entries(block.then.properties)) {
      properties[key] = sub;
      elements.push({ type: 'Control', scope: `#/properties/${key}`, rule: { effect: 'SHOW', condition } });
    }
    for (const [key, sub] of Object.entries(block.else.properties)) {
      properties[key] = sub;
      elements.push({ type: 'Control', scope: `#/properties/${key}`, rule: { effect: 'HIDE', condition } });
    }
  }
  return {
    schema: { type: 'object', title: schema.title, properties },
    uischema: { type: 'VerticalLayout', elements },
  };
}

/** Every workload: its name, schema, the controls a mount shows, and what is typed or toggled. */
export function workloads() {
  const flat = [10, 100, 500, 1000].map((n) => ({
    name: `flat-${n}`,
    kind: 'flat',
    fields: n,
    schema: flatSchema(n),
    controls: n,
    keystrokeKey: middleKey(n),
  }));
  const cond = {
    name: 'cond-200',
    kind: 'conditional',
    fields: 200,
    schema: conditionalSchema(50),
    jsonforms: conditionalForJsonForms(50),
    controls: 100,
    keystrokeKey: null,
    // Toggled on then off (measured each way): block 24 and block 25.
    toggles: [
      { key: 's24', on: ['a24', 'b24'], off: ['c24'] },
      { key: 's25', on: ['a25', 'b25'], off: ['c25'] },
    ],
  };
  return [...flat, cond];
}
