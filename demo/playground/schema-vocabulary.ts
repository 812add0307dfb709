/**
 * The meta-schema of our forms as the editor explains it: every JSON Schema 2020-12 keyword and every
 * `x-` keyword of schemaforms, with a one-line description in pt-BR and en and an example, plus the
 * names `x-widget` accepts. Completion and hover read only this module; `test/playground-vocabulary.test.ts`
 * keeps it in step with Ajv's 2020-12 meta-schema, core's `x-` keywords and the elements' widgets.
 */

/** One keyword a schema object may hold. */
export interface KeywordDoc {
  readonly keyword: string;
  /** `root`: only on the form's root object; `any`: on any schema. */
  readonly where: 'root' | 'any';
  readonly en: string;
  readonly ptBR: string;
  /** A JSON fragment showing it in use. */
  readonly example: string;
  /** What the value is, to shape what completion inserts after the name. */
  readonly value: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';
}

type Value = KeywordDoc['value'];

const keyword = (
  name: string,
  value: Value,
  en: string,
  ptBR: string,
  example: string,
  where: 'root' | 'any' = 'any',
): KeywordDoc => Object.freeze({ keyword: name, where, en, ptBR, example, value });

/** The keywords of JSON Schema 2020-12 (core, applicator, unevaluated, validation, meta-data, format, content). */
export const STANDARD_KEYWORDS: readonly KeywordDoc[] = Object.freeze([
  keyword(
    '$schema',
    'string',
    'The dialect of the schema; our forms use JSON Schema 2020-12.',
    'O dialeto do schema; nossos formulários usam JSON Schema 2020-12.',
    '"$schema": "https://json-schema.org/draft/2020-12/schema"',
    'root',
  ),
  keyword(
    '$id',
    'string',
    'The URI that identifies the form; unique across the catalog.',
    'A URI que identifica o formulário; única no catálogo.',
    '"$id": "https://schemas.example.com/token/revogacao-de-token"',
    'root',
  ),
  keyword(
    '$ref',
    'string',
    "Uses another schema in place, usually one of the form's own $defs.",
    'Usa outro schema no lugar, em geral um dos $defs do próprio formulário.',
    '"$ref": "#/$defs/token"',
  ),
  keyword(
    '$defs',
    'object',
    'Schemas defined once and reused by $ref.',
    'Schemas definidos uma vez e reusados por $ref.',
    '"$defs": { "token": { "type": "string", "maxLength": 64 } }',
  ),
  keyword(
    '$comment',
    'string',
    'A note for editors; never shown in the form.',
    'Uma nota para quem edita; nunca aparece no formulário.',
    '"$comment": "Campo pedido pelo time de integrações"',
  ),
  keyword(
    '$anchor',
    'string',
    'A plain name other schemas can $ref to (#name).',
    'Um nome simples que outros schemas podem usar em $ref (#nome).',
    '"$anchor": "endereco"',
  ),
  keyword(
    '$dynamicRef',
    'string',
    'A reference resolved at evaluation time (recursive schemas); not drawn by the form.',
    'Uma referência resolvida na avaliação (schemas recursivos); o formulário não a desenha.',
    '"$dynamicRef": "#node"',
  ),
  keyword(
    '$dynamicAnchor',
    'string',
    'The target of a $dynamicRef.',
    'O alvo de um $dynamicRef.',
    '"$dynamicAnchor": "node"',
  ),
  keyword(
    '$vocabulary',
    'object',
    'The vocabularies a meta-schema uses; not for forms.',
    'Os vocabulários que um meta-schema usa; não é para formulários.',
    '"$vocabulary": { "https://json-schema.org/draft/2020-12/vocab/core": true }',
    'root',
  ),
  keyword(
    'title',
    'string',
    "The field's label (on the root: the subject of the form).",
    'O rótulo do campo (na raiz: o assunto do formulário).',
    '"title": "Nome completo"',
  ),
  keyword(
    'description',
    'string',
    'Help text under the field; plain text or a small, safe Markdown subset.',
    'Texto de ajuda sob o campo; texto simples ou um pouco de Markdown seguro.',
    '"description": "Como aparece no seu documento."',
  ),
  keyword(
    'default',
    'any',
    'The answer the field starts with; must itself be valid.',
    'A resposta com que o campo começa; precisa ser válida.',
    '"default": "Bling"',
  ),
  keyword(
    'examples',
    'array',
    'Sample answers; the first one is shown as the placeholder.',
    'Respostas de exemplo; a primeira aparece como placeholder.',
    '"examples": ["https://minhaloja.com.br"]',
  ),
  keyword(
    'deprecated',
    'boolean',
    'Marks a field as on its way out.',
    'Marca um campo que vai deixar de existir.',
    '"deprecated": true',
  ),
  keyword(
    'readOnly',
    'boolean',
    'Shown but not editable, and left out of what is sent.',
    'Mostrado mas não editável, e fora do que é enviado.',
    '"readOnly": true',
  ),
  keyword(
    'writeOnly',
    'boolean',
    'A secret (API token): masked input, never in drafts, logs or errors.',
    'Um segredo (token de API): campo mascarado, nunca em rascunhos, logs ou erros.',
    '"writeOnly": true',
  ),
  keyword(
    'type',
    'string',
    'The kind of answer: string, number, integer, boolean, object, array or null.',
    'O tipo de resposta: string, number, integer, boolean, object, array ou null.',
    '"type": "string"',
  ),
  keyword(
    'enum',
    'array',
    'The only answers allowed; drawn as a choice.',
    'As únicas respostas permitidas; vira uma escolha.',
    '"enum": ["Bling", "Tiny", "Outra"]',
  ),
  keyword(
    'const',
    'any',
    'The one answer allowed; with title, an option of oneOf/anyOf.',
    'A única resposta permitida; com title, uma opção de oneOf/anyOf.',
    '"const": "sim"',
  ),
  keyword(
    'multipleOf',
    'number',
    'A number must be a multiple of this.',
    'O número precisa ser múltiplo deste.',
    '"multipleOf": 0.01',
  ),
  keyword('maximum', 'number', 'The largest number allowed.', 'O maior número permitido.', '"maximum": 100'),
  keyword(
    'exclusiveMaximum',
    'number',
    'Numbers must be below this.',
    'Os números precisam ficar abaixo deste.',
    '"exclusiveMaximum": 100',
  ),
  keyword('minimum', 'number', 'The smallest number allowed.', 'O menor número permitido.', '"minimum": 1'),
  keyword(
    'exclusiveMinimum',
    'number',
    'Numbers must be above this.',
    'Os números precisam ficar acima deste.',
    '"exclusiveMinimum": 0',
  ),
  keyword(
    'maxLength',
    'number',
    'The most characters a text may have (over 200: a text area).',
    'O máximo de caracteres de um texto (acima de 200: área de texto).',
    '"maxLength": 80',
  ),
  keyword(
    'minLength',
    'number',
    'The fewest characters a text may have.',
    'O mínimo de caracteres de um texto.',
    '"minLength": 1',
  ),
  keyword(
    'pattern',
    'string',
    'A regular expression the text must match (with maxLength).',
    'Uma expressão regular que o texto precisa seguir (com maxLength).',
    '"pattern": "^https://"',
  ),
  keyword('maxItems', 'number', 'The most items a list may have.', 'O máximo de itens de uma lista.', '"maxItems": 5'),
  keyword(
    'minItems',
    'number',
    'The fewest items a list may have.',
    'O mínimo de itens de uma lista.',
    '"minItems": 1',
  ),
  keyword(
    'uniqueItems',
    'boolean',
    'No two items of the list may be equal.',
    'Dois itens da lista não podem ser iguais.',
    '"uniqueItems": true',
  ),
  keyword(
    'maxContains',
    'number',
    'At most this many items match contains.',
    'No máximo esta quantidade de itens segue contains.',
    '"maxContains": 2',
  ),
  keyword(
    'minContains',
    'number',
    'At least this many items match contains.',
    'Pelo menos esta quantidade de itens segue contains.',
    '"minContains": 1',
  ),
  keyword(
    'maxProperties',
    'number',
    'The most properties an object may have.',
    'O máximo de propriedades de um objeto.',
    '"maxProperties": 10',
  ),
  keyword(
    'minProperties',
    'number',
    'The fewest properties an object may have.',
    'O mínimo de propriedades de um objeto.',
    '"minProperties": 1',
  ),
  keyword(
    'required',
    'array',
    'The properties that must be answered (inside a branch: only when it applies).',
    'As propriedades que precisam de resposta (num ramo: só quando ele vale).',
    '"required": ["nome", "email"]',
  ),
  keyword(
    'dependentRequired',
    'object',
    'When a property is answered, these others become required.',
    'Quando uma propriedade é respondida, estas outras passam a ser obrigatórias.',
    '"dependentRequired": { "cnpj": ["razaoSocial"] }',
  ),
  keyword(
    'properties',
    'object',
    'The fields of an object, by name, each with its schema.',
    'Os campos de um objeto, por nome, cada um com seu schema.',
    '"properties": { "nome": { "type": "string" } }',
  ),
  keyword(
    'patternProperties',
    'object',
    'Schemas for properties whose names match a regular expression.',
    'Schemas para propriedades cujo nome segue uma expressão regular.',
    '"patternProperties": { "^x-": { "type": "string" } }',
  ),
  keyword(
    'additionalProperties',
    'any',
    'The schema of properties not listed (false: none allowed).',
    'O schema das propriedades não listadas (false: nenhuma permitida).',
    '"additionalProperties": false',
  ),
  keyword(
    'propertyNames',
    'object',
    'A schema every property name must match.',
    'Um schema que todo nome de propriedade precisa seguir.',
    '"propertyNames": { "maxLength": 40 }',
  ),
  keyword(
    'items',
    'object',
    'The schema of every item of a list.',
    'O schema de cada item de uma lista.',
    '"items": { "type": "string" }',
  ),
  keyword(
    'prefixItems',
    'array',
    'Schemas of the first items of a list, by position.',
    'Schemas dos primeiros itens de uma lista, por posição.',
    '"prefixItems": [{ "type": "string" }]',
  ),
  keyword(
    'contains',
    'object',
    'At least one item must match this schema.',
    'Pelo menos um item precisa seguir este schema.',
    '"contains": { "const": "principal" }',
  ),
  keyword(
    'unevaluatedItems',
    'any',
    'The schema of items no other keyword looked at.',
    'O schema dos itens que nenhuma outra palavra-chave avaliou.',
    '"unevaluatedItems": false',
  ),
  keyword(
    'unevaluatedProperties',
    'any',
    'The schema of properties no other keyword (branches included) looked at.',
    'O schema das propriedades que nenhuma outra palavra-chave (ramos inclusos) avaliou.',
    '"unevaluatedProperties": false',
  ),
  keyword(
    'allOf',
    'array',
    'The answer must match every one of these schemas.',
    'A resposta precisa seguir todos estes schemas.',
    '"allOf": [{ "$ref": "#/$defs/contato" }]',
  ),
  keyword(
    'anyOf',
    'array',
    'The answer must match at least one of these schemas.',
    'A resposta precisa seguir pelo menos um destes schemas.',
    '"anyOf": [{ "const": "a", "title": "A" }]',
  ),
  keyword(
    'oneOf',
    'array',
    'Exactly one of these schemas; with const and title, the options of a choice.',
    'Exatamente um destes schemas; com const e title, as opções de uma escolha.',
    '"oneOf": [{ "const": "sim", "title": "Sim" }, { "const": "nao", "title": "Não" }]',
  ),
  keyword(
    'not',
    'object',
    'The answer must not match this schema.',
    'A resposta não pode seguir este schema.',
    '"not": { "const": "" }',
  ),
  keyword(
    'if',
    'object',
    'A condition on the answers; then or else applies depending on it.',
    'Uma condição sobre as respostas; then ou else vale conforme ela.',
    '"if": { "properties": { "motivo": { "const": "outro" } } }',
  ),
  keyword(
    'then',
    'object',
    'Applies when if matches: its fields appear, its required applies.',
    'Vale quando o if é atendido: seus campos aparecem, seu required vale.',
    '"then": { "required": ["detalhe"] }',
  ),
  keyword(
    'else',
    'object',
    'Applies when if does not match.',
    'Vale quando o if não é atendido.',
    '"else": { "properties": { "detalhe": false } }',
  ),
  keyword(
    'dependentSchemas',
    'object',
    'When a property is answered, its schema here also applies.',
    'Quando uma propriedade é respondida, o schema dela aqui também vale.',
    '"dependentSchemas": { "cnpj": { "required": ["razaoSocial"] } }',
  ),
  keyword(
    'format',
    'string',
    'A known text format (email, uri, date…); picks the input type.',
    'Um formato de texto conhecido (email, uri, date…); define o tipo do campo.',
    '"format": "email"',
  ),
  keyword(
    'contentEncoding',
    'string',
    'How the text encodes binary content (base64).',
    'Como o texto codifica conteúdo binário (base64).',
    '"contentEncoding": "base64"',
  ),
  keyword(
    'contentMediaType',
    'string',
    'The media type of the content; with base64, an attachment.',
    'O tipo de mídia do conteúdo; com base64, um anexo.',
    '"contentMediaType": "image/png"',
  ),
  keyword(
    'contentSchema',
    'object',
    'The schema of the decoded content.',
    'O schema do conteúdo decodificado.',
    '"contentSchema": { "type": "object" }',
  ),
]);

/** The `x-` keywords of schemaforms (registered with Ajv in core; documented in schemas/README.md). */
export const X_KEYWORD_DOCS: readonly KeywordDoc[] = Object.freeze([
  keyword(
    'x-category',
    'string',
    'The category title the subject is listed under; every form in one folder declares the same one.',
    'O título da categoria em que o assunto aparece; todos os formulários de uma pasta declaram a mesma.',
    '"x-category": "Dados e configurações da loja"',
    'root',
  ),
  keyword(
    'x-code',
    'boolean',
    'The answer is a code (token, Client ID): spaces and invisible characters around it are removed, no spelling help.',
    'A resposta é um código (token, Client ID): espaços e caracteres invisíveis nas pontas são removidos, sem corretor.',
    '"x-code": true',
  ),
  keyword(
    'x-context',
    'object',
    "Options and default answer from the host's data (JSON Pointers); the current choice shows as text with a change button.",
    'Opções e resposta padrão vindas dos dados do host (JSON Pointers); a escolha atual aparece como texto com um botão de troca.',
    '"x-context": { "options": "/stores", "default": "/store", "changeLabel": "Trocar de loja" }',
  ),
  keyword(
    'x-errorMessage',
    'any',
    'An error message written by the author: one for every failure, or one per keyword.',
    'Uma mensagem de erro escrita pelo autor: uma para qualquer falha, ou uma por palavra-chave.',
    '"x-errorMessage": { "pattern": "Informe uma URL que comece com https://." }',
  ),
  keyword(
    'x-i18n',
    'object',
    "This schema's texts (title, description, x-errorMessage) in other languages, by locale; the root's declares the form's languages.",
    'Os textos deste schema (title, description, x-errorMessage) em outros idiomas, por código de idioma; o da raiz declara os idiomas do formulário.',
    '"x-i18n": { "en": { "title": "Order number" } }',
  ),
  keyword(
    'x-lang',
    'string',
    "At the root: the language of the form's own texts; pt-BR when absent.",
    'Na raiz: o idioma dos textos do formulário; pt-BR quando ausente.',
    '"x-lang": "pt-BR"',
    'root',
  ),
  keyword(
    'x-accept',
    'array',
    'The files an attachment (format data-url) accepts: media types, groups such as image/*, extensions such as .pdf.',
    'Os arquivos que um anexo (format data-url) aceita: tipos de mídia, grupos como image/*, extensões como .pdf.',
    '"x-accept": ["application/pdf", "image/*"]',
  ),
  keyword(
    'x-maxSize',
    'string',
    'The largest file an attachment takes ("2 MB", "500 KB"; 1 KB = 1024 bytes), shown before the upload.',
    'O maior arquivo que um anexo aceita ("2 MB", "500 KB"; 1 KB = 1024 bytes), mostrado antes do envio.',
    '"x-maxSize": "2 MB"',
  ),
  keyword(
    'x-layout',
    'object',
    'At the root: the questions in 2 or 3 columns on wide screens, stacked on phones; each property once, columns in the order of properties.',
    'Na raiz: as perguntas em 2 ou 3 colunas em telas largas, empilhadas no celular; cada propriedade uma vez, colunas na ordem de properties.',
    '"x-layout": { "columns": [["loja", "clientId"], ["mensagem"]] }',
    'root',
  ),
  keyword(
    'x-widget',
    'string',
    'Forces a registered widget by name when the standard keywords do not pick the right one; the presets "money" and "code" too.',
    'Força um widget registrado, pelo nome, quando as palavras-chave padrão não escolhem o certo; também os presets "money" e "code".',
    '"x-widget": "textarea"',
  ),
]);

/** Every keyword completion offers in a schema object. */
export const ALL_KEYWORDS: readonly KeywordDoc[] = Object.freeze([...STANDARD_KEYWORDS, ...X_KEYWORD_DOCS]);

/** The documentation of a keyword, if it is one. */
export function keywordDoc(name: string): KeywordDoc | undefined {
  return ALL_KEYWORDS.find((doc) => doc.keyword === name);
}

/** A widget `x-widget` can name. */
export interface WidgetDoc {
  readonly name: string;
  readonly en: string;
  readonly ptBR: string;
}

const widget = (name: string, en: string, ptBR: string): WidgetDoc => Object.freeze({ name, en, ptBR });

/** The widgets every `<sf-form>` registers (packages/elements/src/widgets). */
export const WIDGETS: readonly WidgetDoc[] = Object.freeze([
  widget('text', 'One-line text input.', 'Campo de texto de uma linha.'),
  widget('textarea', 'Multi-line text area.', 'Área de texto de várias linhas.'),
  widget('secret', 'Masked input for a writeOnly secret.', 'Campo mascarado para um segredo writeOnly.'),
  widget('number', 'Number input (number and integer).', 'Campo numérico (number e integer).'),
  widget('date', 'Date, time or date-time picker.', 'Seletor de data, hora ou data e hora.'),
  widget('checkbox', 'A yes/no checkbox (boolean).', 'Uma caixa de sim/não (boolean).'),
  widget('radio', 'Radio buttons for a short choice.', 'Botões de opção para uma escolha curta.'),
  widget('select', 'Drop-down list for a long choice.', 'Lista suspensa para uma escolha longa.'),
  widget(
    'context',
    "A choice from the host's data (x-context).",
    'Uma escolha a partir dos dados do host (x-context).',
  ),
  widget('object', 'A group of fields (fieldset).', 'Um grupo de campos (fieldset).'),
  widget(
    'alternatives',
    'A group with alternatives (oneOf/anyOf of objects): a choice of branch, then its fields.',
    'Um grupo com alternativas (oneOf/anyOf de objetos): a escolha do ramo, depois os campos dele.',
  ),
  widget(
    'type-choice',
    'A field with a union of types (["object", "array"]): a choice of type, then the field as that type.',
    'Um campo com vários tipos (["object", "array"]): a escolha do tipo, depois o campo desse tipo.',
  ),
  widget(
    'map',
    'Entries the person names (additionalProperties or patternProperties with a value schema): add, rename, remove.',
    'Entradas que a pessoa nomeia (additionalProperties ou patternProperties com um schema de valor): adicionar, renomear, remover.',
  ),
  widget(
    'array',
    'A list the person edits: add, remove, move.',
    'Uma lista que a pessoa edita: adicionar, remover, mover.',
  ),
  widget('file', 'An attachment picker.', 'Um seletor de anexo.'),
  widget(
    'money',
    'An amount in reais on a number with "multipleOf": 0.01: "R$" before it, typed 1.234,56 or 1234.56, stored as a number.',
    'Um valor em reais num number com "multipleOf": 0.01: "R$" antes, digitado 1.234,56 ou 1234.56, guardado como número.',
  ),
  widget(
    'code',
    'A code on a string (order number, Client ID): monospace, no autocorrect, trimmed; its first example shows as a hint.',
    'Um código num string (número do pedido, Client ID): monoespaçado, sem corretor, sem espaços nas pontas; o primeiro exemplo aparece como dica.',
  ),
  widget('unsupported', 'The neutral "can\'t be displayed" notice.', 'O aviso neutro de "não pode ser exibido".'),
]);

/** The values of `type`. */
export const TYPE_NAMES: readonly string[] = Object.freeze([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
]);
