// The visual builder's document model (demo/playground/builder): every form and sample opens and, with
// nothing changed, stays byte for byte the same; each edit changes only what it concerns, keeps the JSON
// valid, and a form built from nothing passes the check with no warnings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchemaText } from '@schemaforms/tooling/check';
import { describe, expect, it } from 'vitest';
import { keyFromLabel, slugFromText } from '../demo/playground/builder/field-key.js';
import { keywordsFromSettings, settingsValue } from '../demo/playground/builder/field-settings.js';
import {
  addField,
  addRule,
  addShowRule,
  moveField,
  moveFieldTo,
  removeField,
  removeRule,
  setFieldKeywords,
  setFormSettings,
  setRequired,
} from '../demo/playground/builder/form-edits.js';
import { readForm } from '../demo/playground/builder/form-model.js';
import { REPO } from './support/demo-server.js';

/** Every schema file of a folder tree. */
function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith('.schema.json') ? [path] : [];
  });
}

const files = [...schemaFiles(join(REPO, 'schemas')), ...schemaFiles(join(REPO, 'demo/samples'))];
const EMPTY = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemaforms.example/schemas/categoria/assunto.schema.json",
  "title": "Novo assunto",
  "x-category": "Categoria",
  "type": "object",
  "properties": {},
  "unevaluatedProperties": false
}
`;

describe('the builder opens every form and saves it back unchanged', () => {
  it('finds the forms and samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  // As written, and as the playground opens a catalog form (its JSON printed with two spaces).
  const cases = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const relative = file.slice(REPO.length);
    return [
      [relative, text],
      [`${relative} (as the playground prints it)`, `${JSON.stringify(JSON.parse(text), null, 2)}\n`],
    ];
  });

  it.each(cases)('%s', (_name, text) => {
    const model = readForm(text);
    expect(model.fields.length).toBeGreaterThan(0);
    // Applying every field's own settings, and the form's, changes nothing.
    let out = text;
    for (const field of model.fields) {
      out = setFieldKeywords(out, field.key, field.kind ? keywordsFromSettings(field, settingsValue(field)) : {});
      out = setRequired(out, field.key, field.required);
    }
    out = setFormSettings(out, { title: model.title, category: model.category, description: model.description });
    expect(out).toBe(text);
    // Moving a field down and back up, or adding a field and removing it, gives the same bytes.
    const first = model.fields[0]!.key;
    expect(moveField(moveField(text, first, 1), first, -1)).toBe(text);
    const added = addField(text, 'longText', 'Campo novo');
    expect(JSON.parse(added.text).properties[added.key].title).toBe('Campo novo');
    expect(removeField(added.text, added.key)).toBe(text);
  });
});

describe('keys from labels', () => {
  it('drops accents and punctuation into camelCase, unique in the form', () => {
    expect(keyFromLabel('Quais pedidos?', new Set())).toBe('quaisPedidos');
    expect(keyFromLabel('Possui pedidos em andamento?', new Set())).toBe('possuiPedidosEmAndamento');
    expect(keyFromLabel('Informação Adicional', new Set(['informacaoAdicional']))).toBe('informacaoAdicional2');
    expect(keyFromLabel('1º pedido', new Set())).toBe('campo1Pedido');
    expect(keyFromLabel('???', new Set())).toBe('campo');
    expect(slugFromText('Revogação de Token')).toBe('revogacao-de-token');
  });

  it('keeps the key when the label changes', () => {
    const { text, key } = addField(EMPTY, 'text', 'Nome da loja');
    const renamed = setFieldKeywords(text, key, { title: 'Loja' });
    expect(Object.keys(JSON.parse(renamed).properties)).toEqual(['nomeDaLoja']);
    expect(JSON.parse(renamed).properties.nomeDaLoja.title).toBe('Loja');
  });
});

describe('each edit is a small change of valid JSON', () => {
  const token = readFileSync(join(REPO, 'schemas/token/revogacao-de-token.schema.json'), 'utf8');

  it('changes a help text in place and nothing else', () => {
    const out = setFieldKeywords(token, 'mensagem', { description: 'Outra ajuda.' });
    expect(out).toBe(
      token.replace('"Se precisar deixar alguma informação adicional, utilize esse campo."', '"Outra ajuda."'),
    );
  });

  it('adds and removes a keyword, in the file’s indentation', () => {
    const out = setFieldKeywords(token, 'mensagem', { minLength: 5 });
    expect(out).toBe(token.replace('"maxLength": 2000\n', '"maxLength": 2000,\n      "minLength": 5\n'));
    expect(setFieldKeywords(out, 'mensagem', { minLength: undefined })).toBe(token);
  });

  it('requires a field and makes it optional again', () => {
    const out = setRequired(token, 'mensagem', true);
    expect(JSON.parse(out).required).toEqual(['loja', 'integradoraAtual', 'token', 'pedidosEmAndamento', 'mensagem']);
    expect(setRequired(out, 'mensagem', false)).toBe(token);
  });

  it('moves a field by swapping the two members’ text', () => {
    const out = moveField(token, 'mensagem', -1);
    expect(Object.keys(JSON.parse(out).properties)).toEqual([
      'loja',
      'integradoraAtual',
      'token',
      'mensagem',
      'pedidosEmAndamento',
    ]);
    expect(moveField(out, 'mensagem', 1)).toBe(token);
    expect(moveField(token, 'loja', -1)).toBe(token);
    // Drag and drop: several places at once, and back.
    const dropped = moveFieldTo(token, 'mensagem', 0);
    expect(Object.keys(JSON.parse(dropped).properties)).toEqual([
      'mensagem',
      'loja',
      'integradoraAtual',
      'token',
      'pedidosEmAndamento',
    ]);
    expect(moveFieldTo(dropped, 'mensagem', 4)).toBe(token);
  });

  it('adds a yes/no help per option and reads it back', () => {
    const field = readForm(token).fields.find((f) => f.key === 'pedidosEmAndamento')!;
    const out = setFieldKeywords(
      token,
      field.key,
      keywordsFromSettings(field, { ...settingsValue(field), yesHelp: 'Há pedidos.' }),
    );
    const oneOf = JSON.parse(out).properties.pedidosEmAndamento.oneOf;
    expect(oneOf[0]).toEqual({ const: true, title: 'Sim', description: 'Há pedidos.' });
    expect(oneOf[1]).toEqual({ const: false, title: 'Não' });
  });

  it('writes a "show when" rule the way the guide does, and removes it', () => {
    const { text } = addField(token, 'longText', 'Quais pedidos?', true);
    const moved = moveField(text, 'quaisPedidos', -1);
    const out = addShowRule(moved, 'quaisPedidos', 'pedidosEmAndamento', true);
    const schema = JSON.parse(out);
    expect(schema.required).not.toContain('quaisPedidos');
    expect(schema.allOf).toEqual([
      {
        if: { properties: { pedidosEmAndamento: { const: true } }, required: ['pedidosEmAndamento'] },
        then: { properties: { quaisPedidos: {} }, required: ['quaisPedidos'] },
        else: { properties: { quaisPedidos: false } },
      },
    ]);
    // allOf goes before the closing additionalProperties, as in the guide.
    expect(Object.keys(schema).slice(-2)).toEqual(['allOf', 'additionalProperties']);
    const model = readForm(out);
    expect(model.rules).toEqual([
      { index: 0, kind: 'show', target: 'quaisPedidos', trigger: 'pedidosEmAndamento', value: true, requires: true },
    ]);
    expect(Object.keys(model.advanced)).toEqual(['$comment', 'x-layout']);
    expect(
      checkSchemaText(out, { file: 'x', path: 'token/revogacao-de-token.schema.json' }).filter(
        (d) => d.code !== 'layout-mismatch',
      ),
    ).toEqual([]);
    // Optional when shown, then required again; removing the rule puts it back among the required fields.
    expect(JSON.parse(setRequired(out, 'quaisPedidos', false)).allOf[0].then).toBeUndefined();
    expect(removeRule(out, 0)).toBe(moved);
    // Removing the triggering field removes its rule too; the field it showed stays required.
    const withoutTrigger = JSON.parse(removeField(out, 'pedidosEmAndamento'));
    expect(withoutTrigger.allOf).toBeUndefined();
    expect(withoutTrigger.required).toEqual(['loja', 'integradoraAtual', 'token', 'quaisPedidos']);
  });

  it('writes "required when" and "help text when" rules the check accepts, and reads them back', () => {
    let out = addRule(token, { kind: 'require', target: 'mensagem', trigger: 'pedidosEmAndamento', value: true });
    out = addRule(out, {
      kind: 'help',
      target: 'mensagem',
      trigger: 'pedidosEmAndamento',
      value: false,
      help: 'Conte por que não há pedidos.',
    });
    expect(JSON.parse(out).allOf).toEqual([
      {
        if: { properties: { pedidosEmAndamento: { const: true } }, required: ['pedidosEmAndamento'] },
        then: { properties: { mensagem: {} }, required: ['mensagem'] },
      },
      {
        if: { properties: { pedidosEmAndamento: { const: false } }, required: ['pedidosEmAndamento'] },
        then: { properties: { mensagem: { description: 'Conte por que não há pedidos.' } } },
      },
    ]);
    expect(readForm(out).rules.map((r) => [r.kind, r.target, r.value, r.help])).toEqual([
      ['require', 'mensagem', true, undefined],
      ['help', 'mensagem', false, 'Conte por que não há pedidos.'],
    ]);
    expect(checkSchemaText(out, { file: 'x', path: 'token/revogacao-de-token.schema.json' })).toEqual([]);
    expect(removeRule(removeRule(out, 1), 0)).toBe(token);
  });

  it('builds a form from nothing that the check passes with no warnings', () => {
    let text = setFormSettings(EMPTY, {
      title: 'Revogação de Token',
      category: 'Token',
      description: '',
      id: 'https://schemaforms.example/schemas/token/revogacao-de-token.schema.json',
    });
    for (const [kind, label] of [
      ['text', 'Chamado para a loja'],
      ['longText', 'Quais pedidos?'],
      ['date', 'Data do pedido'],
      ['yesNo', 'Possui pedidos em andamento?'],
      ['choice', 'Motivo'],
      ['choices', 'Quais canais?'],
      ['group', 'Endereço'],
      ['list', 'Pedidos'],
    ] as const)
      text = addField(text, kind, label, true).text;
    text = moveField(text, 'quaisPedidos', 1);
    text = moveField(text, 'quaisPedidos', 1);
    text = addShowRule(text, 'quaisPedidos', 'possuiPedidosEmAndamento', true);
    expect(checkSchemaText(text, { file: 'x', path: 'token/revogacao-de-token.schema.json' })).toEqual([]);
    const model = readForm(text);
    expect(model.fields.map((f) => f.kind)).toEqual([
      'text',
      'date',
      'yesNo',
      'longText',
      'choice',
      'choices',
      'group',
      'list',
    ]);
    expect(model.advanced).toEqual({});
    // Group members are not editable here: shown as advanced JSON, never dropped.
    expect(model.fields.find((f) => f.kind === 'group')!.advanced).toEqual({ properties: {} });
  });
});
