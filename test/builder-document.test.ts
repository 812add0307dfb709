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
import {
  addGroupField,
  moveGroupField,
  moveIntoGroup,
  moveOutOfGroup,
  removeGroupField,
  setGroupFieldKeywords,
  setGroupFieldRequired,
} from '../demo/playground/builder/group-edits.js';
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
    // A group's members are its own fields (none yet), not advanced JSON.
    const group = model.fields.find((f) => f.kind === 'group')!;
    expect(group.advanced).toEqual({});
    expect(group.children).toEqual([]);
  });
});

describe('fields inside a group', () => {
  /** A form with a yes/no, a group "Endereço" and a text after it, built by the builder's own edits. */
  function formWithGroup(): string {
    let text = EMPTY;
    text = addField(text, 'yesNo', 'Possui loja física?', true).text;
    text = addField(text, 'group', 'Endereço').text;
    text = addField(text, 'text', 'Observação').text;
    return text;
  }

  it('adds, edits, requires, reorders and removes a group’s fields, each a small change', () => {
    const start = formWithGroup();
    let text = addGroupField(start, 'endereco', 'text', 'Rua').text;
    text = addGroupField(text, 'endereco', 'text', 'Cidade').text;
    expect(Object.keys(JSON.parse(text).properties.endereco.properties)).toEqual(['rua', 'cidade']);
    // The root keeps its fields and its text before the group as it was.
    expect(Object.keys(JSON.parse(text).properties)).toEqual(['possuiLojaFisica', 'endereco', 'observacao']);

    const helped = setGroupFieldKeywords(text, 'endereco', 'cidade', { description: 'Sem abreviar.' });
    expect(JSON.parse(helped).properties.endereco.properties.cidade.description).toBe('Sem abreviar.');
    expect(setGroupFieldKeywords(helped, 'endereco', 'cidade', { description: undefined })).toBe(text);

    const required = setGroupFieldRequired(text, 'endereco', 'cidade', true);
    expect(JSON.parse(required).properties.endereco.required).toEqual(['cidade']);
    expect(setGroupFieldRequired(required, 'endereco', 'cidade', false)).toBe(text);

    const moved = moveGroupField(text, 'endereco', 'cidade', -1);
    expect(Object.keys(JSON.parse(moved).properties.endereco.properties)).toEqual(['cidade', 'rua']);
    expect(moveGroupField(moved, 'endereco', 'cidade', 1)).toBe(text);
    // At the end of the group nothing moves.
    expect(moveGroupField(text, 'endereco', 'cidade', 1)).toBe(text);

    const withRequired = setGroupFieldRequired(text, 'endereco', 'rua', true);
    const removed = removeGroupField(withRequired, 'endereco', 'rua');
    expect(JSON.parse(removed).properties.endereco).toEqual({
      type: 'object',
      title: 'Endereço',
      properties: { cidade: { type: 'string', title: 'Cidade', maxLength: 200 } },
    });
    // The group's fields are read as fields, not as advanced JSON.
    const group = readForm(text).fields.find((f) => f.key === 'endereco')!;
    expect(group.children?.map((child) => [child.key, child.kind, child.label])).toEqual([
      ['rua', 'text', 'Rua'],
      ['cidade', 'text', 'Cidade'],
    ]);
    expect(group.advanced).toEqual({});
  });

  it('moves a field into a group and back out, its requirement with it', () => {
    const start = formWithGroup();
    const inside = moveIntoGroup(start, 'possuiLojaFisica', 'endereco');
    if (!('text' in inside)) throw new Error(inside.refused);
    const schema = JSON.parse(inside.text);
    expect(Object.keys(schema.properties)).toEqual(['endereco', 'observacao']);
    expect(schema.required ?? []).toEqual([]);
    expect(Object.keys(schema.properties.endereco.properties)).toEqual(['possuiLojaFisica']);
    expect(schema.properties.endereco.required).toEqual(['possuiLojaFisica']);

    const outside = moveOutOfGroup(inside.text, 'endereco', 'possuiLojaFisica');
    if (!('text' in outside)) throw new Error(outside.refused);
    const back = JSON.parse(outside.text);
    // Right after the group, required at the root again, the group left empty.
    expect(Object.keys(back.properties)).toEqual(['endereco', 'possuiLojaFisica', 'observacao']);
    expect(back.required).toEqual(['possuiLojaFisica']);
    expect(back.properties.endereco).toEqual({ type: 'object', title: 'Endereço', properties: {} });
    expect(checkSchemaText(outside.text, { file: 'x', path: 'categoria/assunto.schema.json' })).toEqual([]);
  });

  it('refuses to move a field a rule uses, or onto a key the group already has', () => {
    let text = formWithGroup();
    text = addShowRule(text, 'observacao', 'possuiLojaFisica', true);
    expect(moveIntoGroup(text, 'observacao', 'endereco')).toEqual({ refused: 'has-rules' });
    expect(moveIntoGroup(text, 'possuiLojaFisica', 'endereco')).toEqual({ refused: 'has-rules' });
    expect(moveIntoGroup(text, 'observacao', 'possuiLojaFisica')).toEqual({ refused: 'not-a-group' });
    const taken = addGroupField(formWithGroup(), 'endereco', 'text', 'Observação').text;
    expect(moveIntoGroup(taken, 'observacao', 'endereco')).toEqual({ refused: 'key-taken' });
    expect(moveOutOfGroup(taken, 'endereco', 'observacao')).toEqual({ refused: 'key-taken' });
  });
});
