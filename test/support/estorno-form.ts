// The form the live-forms and production tests drop into a forms folder, edit and delete: "Estorno de
// pedido", a subject the seed forms do not have, with the fields made required chosen per edit.

/** Its file inside the forms folder. */
export const ESTORNO_FILE = 'financeiro/estorno-de-pedido.schema.json';

/** Its subject id in the catalog. */
export const ESTORNO_SUBJECT = 'financeiro/estorno-de-pedido';

/** The form's text (as an editor writes it: two-space indents, a final newline), `required` as given. */
export function estornoSchemaText(required: readonly string[]): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://schemaforms.example/schemas/financeiro/estorno-de-pedido.schema.json',
    title: 'Estorno de pedido',
    'x-category': 'Financeiro',
    type: 'object',
    properties: {
      pedido: { type: 'string', title: 'Número do pedido', minLength: 1, maxLength: 40, 'x-code': true },
      motivo: { type: 'string', title: 'Motivo do estorno', minLength: 1, maxLength: 500 },
    },
    required,
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
