// The servers' view of a forms folder with a shared file (issue #14 item 6): the dev intake
// (`createSchemaForms`) and the production server's `LiveForms` validate a form through the shared file
// its `$ref`s name, list no subject for the shared file, and an edit of the shared file makes a new
// revision of the form while the old one still validates as the seller saw it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeForm, IntakeRefusal } from '../demo/server/intake-handler.js';
import { LiveForms } from '../demo/server/live-forms.js';
import { createSchemaForms } from '../demo/server/schema-forms.js';

const BASE = 'https://schemaforms.example/schemas/';
const SUBJECT = 'financeiro/estorno-de-pedido';

/** The shared file: a bank account's branch code of `digits` digits. */
const shared = (digits: number) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}_shared/banco.schema.json`,
  $defs: { agencia: { type: 'string', title: 'Agência', pattern: `^[0-9]{${digits}}$`, maxLength: digits } },
});

const estorno = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}${SUBJECT}.schema.json`,
  title: 'Estorno de pedido',
  'x-category': 'Financeiro',
  type: 'object',
  properties: {
    pedido: { type: 'string', title: 'Número do pedido', minLength: 1, maxLength: 40 },
    agencia: { $ref: '../_shared/banco.schema.json#/$defs/agencia' },
  },
  required: ['pedido', 'agencia'],
  additionalProperties: false,
};

let dir: string;

async function put(relative: string, content: unknown): Promise<void> {
  const file = join(dir, relative);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
}

function validator(found: IntakeForm | IntakeRefusal | undefined): IntakeForm {
  if (!found || 'refused' in found) throw new Error(`expected a form, got ${JSON.stringify(found)}`);
  return found;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sf-shared-files-'));
  await put('_shared/banco.schema.json', shared(4));
  await put(`${SUBJECT}.schema.json`, estorno);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a forms folder with a shared file', () => {
  it('the dev intake validates through the shared file and lists only the form', async () => {
    const forms = createSchemaForms({ dir });
    expect((await forms.catalog()).subjects.map((s) => s.id)).toEqual([SUBJECT]);
    const form = (await forms.get(SUBJECT))!;
    expect(form.validate({ pedido: 'P-1', agencia: '12' }, 'pt-BR').valid).toBe(false);
    expect(form.validate({ pedido: 'P-1', agencia: '1234' }, 'pt-BR').valid).toBe(true);
  });

  it('LiveForms makes a new revision when the shared file changes, and the old one still validates as it was', async () => {
    const silent = { info: () => {}, error: () => {} };
    const forms = new LiveForms({ dir, retiredGraceMs: 60_000, log: silent });
    await forms.scan();
    expect(forms.catalog().subjects.map((s) => s.id)).toEqual([SUBJECT]);
    expect(forms.status().forms.map((f) => f.subject)).toEqual([SUBJECT]);
    const first = forms.catalog().subjects[0]!.revision;

    await put('_shared/banco.schema.json', shared(5));
    await forms.scan();
    const second = forms.catalog().subjects[0]!.revision;
    expect(second).not.toBe(first);
    expect(validator(await forms.get(SUBJECT, first)).validate({ pedido: 'P', agencia: '1234' }, 'pt-BR').valid).toBe(
      true,
    );
    expect(validator(await forms.get(SUBJECT, second)).validate({ pedido: 'P', agencia: '1234' }, 'pt-BR').valid).toBe(
      false,
    );
    expect(validator(await forms.get(SUBJECT, second)).validate({ pedido: 'P', agencia: '12345' }, 'pt-BR').valid).toBe(
      true,
    );
  });
});
