import { compileSchema, createForm } from '@schemaforms/core';
import { describe, expect, it } from 'vitest';
import { checkFormText } from '../check.js';
import { CHECK_RULES } from '../check-rules.js';
import { positionOf } from '../test-support/forms.js';
import { LOGIC_CASES } from '../test-support/logic-cases.js';

const FILE = 'cat/subject.schema.json';
const check = (text: string, locale: 'pt-BR' | 'en') =>
  checkFormText(text, { displayFile: `schemas/${FILE}`, relativePath: FILE, locale }).diagnostics;

describe('schemaforms check: logic mistakes (issue 16)', () => {
  it.each(LOGIC_CASES)('$name → $code, worded in en and pt-BR', (c) => {
    for (const [locale, message] of [
      ['en', c.en],
      ['pt-BR', c.pt],
    ] as const) {
      const diagnostics = check(c.text, locale);
      const found = diagnostics.find((d) => d.code === c.code && d.pointer === c.pointer);
      expect(found, JSON.stringify(diagnostics, null, 2)).toBeDefined();
      expect(found).toEqual({
        file: `schemas/${FILE}`,
        ...positionOf(c.text, c.at, c.occurrence),
        pointer: c.pointer,
        severity: c.severity,
        code: c.code,
        message,
      });
      expect(CHECK_RULES[c.code]?.severity).toBe(c.severity);
    }
  });

  it.each(LOGIC_CASES)('$name: the suggested fix leaves no error and no $code', (c) => {
    const diagnostics = check(c.fixed, 'en');
    expect(diagnostics.filter((d) => d.code === c.code || d.severity === 'error')).toEqual([]);
  });

  it('says each problem once: no generic "unknown keyword" for an option\'s label, no second regex message', () => {
    const codes = (name: string) => check(LOGIC_CASES.find((c) => c.name === name)!.text, 'en').map((d) => d.code);
    expect(codes('"label" in an option')).toEqual(['option-label']);
    expect(codes('a pattern with an unclosed repetition')).toEqual(['invalid-regex']);
  });

  it("tells the truth about the form: the later branch's help wins, and a branch field renders last", async () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'boolean' },
        b: { type: 'boolean' },
        tipo: { enum: ['Atraso', 'Outro'] },
        mensagem: { type: 'string' },
      },
      allOf: [
        {
          if: { properties: { a: { const: true } }, required: ['a'] },
          then: { properties: { mensagem: { description: 'A' } } },
        },
        {
          if: { properties: { b: { const: true } }, required: ['b'] },
          then: { properties: { mensagem: { description: 'B' } } },
        },
        {
          if: { properties: { tipo: { const: 'Outro' } }, required: ['tipo'] },
          then: { properties: { detalhe: { type: 'string' } } },
        },
      ],
    } as const;
    const form = createForm(await compileSchema(schema), { value: { a: true, b: true, tipo: 'Outro' } });
    expect(form.field('/mensagem')?.help).toBe('B');
    expect(form.root.children?.map((f) => f.key)).toEqual(['a', 'b', 'tipo', 'mensagem', 'detalhe']);
  });

  it('the fix for a far dependent field puts it right after its trigger, shown only when the condition holds', async () => {
    const fixed = LOGIC_CASES.find((c) => c.code === 'dependent-field-far')!.fixed;
    const compiled = await compileSchema(JSON.parse(fixed) as Record<string, unknown>);
    const keys = (value: Record<string, unknown>) => createForm(compiled, { value }).root.children?.map((f) => f.key);
    expect(keys({ tipo: 'Outro' })).toEqual(['tipo', 'detalhe', 'mensagem']);
    expect(keys({ tipo: 'Atraso' })).toEqual(['tipo', 'mensagem']);
    expect(keys({})).toEqual(['tipo', 'mensagem']);
  });

  it('leaves then and else of one "if" alone: they never apply together', () => {
    const text = LOGIC_CASES.find((c) => c.code === 'branch-annotation-conflict')!.text.replace(
      /"allOf": \[[\s\S]*\]/,
      '"if": { "properties": { "a": { "const": true } }, "required": ["a"] }, "then": { "properties": { "mensagem": { "description": "A" } } }, "else": { "properties": { "mensagem": { "description": "não A" } } }',
    );
    expect(check(text, 'en').map((d) => d.code)).toEqual([]);
  });
});
