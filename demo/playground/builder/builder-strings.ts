/**
 * The visual builder's interface text in pt-BR (the editors' language, default) and en. Kept apart
 * from the playground's strings: the builder loads only when its tab is opened.
 */
import type { FieldKind } from './field-kinds.js';

/** Every sentence the builder shows. */
export interface BuilderStrings {
  readonly notJson: (detail: string) => string;
  readonly startEmpty: string;
  readonly startedEmpty: string;
  readonly formHeading: string;
  readonly formTitle: string;
  readonly formCategory: string;
  readonly formDescription: string;
  readonly applyForm: string;
  readonly formApplied: string;
  readonly fieldsHeading: string;
  readonly noFields: string;
  readonly kind: Readonly<Record<FieldKind, string>>;
  readonly advancedKind: string;
  readonly requiredMark: string;
  readonly edit: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly remove: string;
  readonly settingsOf: (label: string) => string;
  readonly apply: string;
  readonly close: string;
  readonly applied: (label: string) => string;
  readonly moved: (label: string, position: number, total: number) => string;
  readonly removed: (label: string) => string;
  /** Groups: their fields, and moving a field into or out of one. */
  readonly group: {
    readonly moveInto: string;
    readonly target: (label: string) => string;
    readonly takeOut: string;
    readonly movedInto: (label: string, group: string) => string;
    readonly movedOut: (label: string, group: string) => string;
    readonly refused: Readonly<Record<'has-rules' | 'key-taken' | 'not-a-group', (label: string) => string>>;
    readonly newKind: (group: string) => string;
    readonly newLabel: (group: string) => string;
    readonly add: (group: string) => string;
    readonly empty: string;
  };
  readonly advancedJson: string;
  readonly advancedFormJson: string;
  readonly newKind: string;
  readonly newLabel: string;
  readonly addField: string;
  readonly added: (label: string, kind: string) => string;
  readonly needLabel: string;
  readonly rulesHeading: string;
  readonly noRules: string;
  readonly ruleSentence: Readonly<
    Record<'show' | 'require' | 'help', (target: string, trigger: string, value: string, help: string) => string>
  >;
  readonly ruleKind: string;
  readonly ruleKinds: Readonly<Record<'show' | 'require' | 'help', string>>;
  readonly ruleField: string;
  readonly ruleHelp: string;
  readonly needHelp: string;
  readonly ruleWhen: string;
  readonly ruleIs: string;
  readonly addRule: string;
  readonly removeRule: string;
  readonly ruleAdded: string;
  readonly ruleRemoved: string;
  readonly noTriggers: string;
  readonly saveHeading: string;
  readonly saveTo: (path: string) => string;
  readonly noPath: string;
  readonly reviewSave: string;
  readonly download: string;
  readonly diffHeading: (path: string) => string;
  readonly newFile: string;
  readonly noChange: string;
  readonly confirmSave: string;
  readonly cancel: string;
  readonly saved: (path: string) => string;
  readonly saveFailed: (detail: string) => string;
  /** Saved, but the generated types could not be refreshed. */
  readonly typesFailed: (detail: string) => string;
}

const ptBR: BuilderStrings = {
  notJson: (detail) => `O texto não é um JSON válido (${detail}). Corrija-o na aba Texto para editar aqui.`,
  startEmpty: 'Começar formulário vazio',
  startedEmpty: 'Formulário vazio pronto. O texto anterior está em "Textos anteriores".',
  formHeading: 'Formulário',
  formTitle: 'Título do formulário',
  formCategory: 'Categoria',
  formDescription: 'Descrição do formulário',
  applyForm: 'Aplicar dados do formulário',
  formApplied: 'Dados do formulário aplicados.',
  fieldsHeading: 'Campos',
  noFields: 'Nenhum campo ainda. Adicione o primeiro abaixo.',
  kind: {
    text: 'Texto',
    longText: 'Texto longo',
    code: 'Código',
    money: 'Dinheiro',
    date: 'Data',
    yesNo: 'Sim/Não',
    choice: 'Escolha (uma)',
    choices: 'Escolha (várias)',
    file: 'Arquivo',
    group: 'Grupo',
    list: 'Lista',
  },
  advancedKind: 'Avançado (só no texto)',
  requiredMark: 'obrigatório',
  edit: 'Editar',
  moveUp: 'Subir',
  moveDown: 'Descer',
  remove: 'Remover',
  settingsOf: (label) => `Configurações de ${label}`,
  apply: 'Aplicar alterações',
  close: 'Fechar',
  applied: (label) => `Alterações em ${label} aplicadas.`,
  moved: (label, position, total) => `${label} movido para a posição ${position} de ${total}.`,
  removed: (label) => `${label} removido.`,
  group: {
    moveInto: 'Mover para o grupo…',
    target: (label) => `Grupo de destino de ${label}`,
    takeOut: 'Tirar do grupo',
    movedInto: (label, group) => `${label} movido para o grupo ${group}.`,
    movedOut: (label, group) => `${label} tirado do grupo ${group}.`,
    refused: {
      'has-rules': (label) => `${label} não foi movido: uma regra usa este campo. Remova a regra antes.`,
      'key-taken': (label) => `${label} não foi movido: já há um campo com a mesma chave no destino.`,
      'not-a-group': (label) => `${label} não foi movido: o destino não é um grupo.`,
    },
    newKind: (group) => `Tipo do novo campo em ${group}`,
    newLabel: (group) => `Rótulo do novo campo em ${group}`,
    add: (group) => `Adicionar campo ao grupo ${group}`,
    empty: 'Nenhum campo neste grupo ainda.',
  },
  advancedJson: 'JSON avançado (somente leitura)',
  advancedFormJson: 'JSON avançado do formulário (somente leitura)',
  newKind: 'Tipo do novo campo',
  newLabel: 'Rótulo do novo campo',
  addField: 'Adicionar campo',
  added: (label, kind) => `Campo ${label} (${kind}) adicionado no fim.`,
  needLabel: 'Escreva o rótulo do novo campo.',
  rulesHeading: 'Regras',
  noRules: 'Nenhuma regra.',
  ruleSentence: {
    show: (target, trigger, value) => `Mostrar “${target}” quando “${trigger}” for “${value}”`,
    require: (target, trigger, value) => `“${target}” obrigatório quando “${trigger}” for “${value}”`,
    help: (target, trigger, value, help) =>
      `Texto de ajuda de “${target}” quando “${trigger}” for “${value}”: “${help}”`,
  },
  ruleKind: 'Tipo de regra',
  ruleKinds: { show: 'Mostrar quando…', require: 'Obrigatório quando…', help: 'Texto de ajuda quando…' },
  ruleField: 'Campo',
  ruleHelp: 'Texto de ajuda nessa situação',
  needHelp: 'Escreva o texto de ajuda da regra.',
  ruleWhen: 'quando a pergunta',
  ruleIs: 'for',
  addRule: 'Adicionar regra',
  removeRule: 'Remover regra',
  ruleAdded: 'Regra adicionada.',
  ruleRemoved: 'Regra removida.',
  noTriggers: 'Para criar uma regra, adicione antes uma pergunta Sim/Não ou Escolha (uma).',
  saveHeading: 'Salvar',
  saveTo: (path) => `Arquivo: schemas/${path}`,
  noPath: 'Dê um título e uma categoria ao formulário para saber onde salvá-lo.',
  reviewSave: 'Revisar e salvar',
  download: 'Baixar arquivo',
  diffHeading: (path) => `Mudanças em schemas/${path}`,
  newFile: 'Arquivo novo.',
  noChange: 'Nada mudou em relação ao arquivo salvo.',
  confirmSave: 'Confirmar e gravar',
  cancel: 'Cancelar',
  saved: (path) => `Salvo em schemas/${path}.`,
  saveFailed: (detail) => `Não foi possível salvar: ${detail}. O texto continua no editor.`,
  typesFailed: (detail) => `Os tipos gerados não foram atualizados: ${detail}`,
};

const en: BuilderStrings = {
  ...ptBR,
  notJson: (detail) => `The text is not valid JSON (${detail}). Fix it in the Text tab to edit here.`,
  startEmpty: 'Start an empty form',
  startedEmpty: 'Empty form ready. The previous text is under "Previous texts".',
  formHeading: 'Form',
  formTitle: 'Form title',
  formCategory: 'Category',
  formDescription: 'Form description',
  applyForm: 'Apply form details',
  formApplied: 'Form details applied.',
  fieldsHeading: 'Fields',
  noFields: 'No fields yet. Add the first one below.',
  kind: {
    text: 'Text',
    longText: 'Long text',
    code: 'Code',
    money: 'Money',
    date: 'Date',
    yesNo: 'Yes/No',
    choice: 'Choice (one)',
    choices: 'Choice (several)',
    file: 'File',
    group: 'Group',
    list: 'List',
  },
  advancedKind: 'Advanced (text only)',
  requiredMark: 'required',
  edit: 'Edit',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  settingsOf: (label) => `Settings of ${label}`,
  apply: 'Apply changes',
  close: 'Close',
  applied: (label) => `Changes to ${label} applied.`,
  moved: (label, position, total) => `${label} moved to position ${position} of ${total}.`,
  removed: (label) => `${label} removed.`,
  group: {
    moveInto: 'Move into group…',
    target: (label) => `Target group of ${label}`,
    takeOut: 'Take out of group',
    movedInto: (label, group) => `${label} moved into the group ${group}.`,
    movedOut: (label, group) => `${label} taken out of the group ${group}.`,
    refused: {
      'has-rules': (label) => `${label} was not moved: a rule uses this field. Remove the rule first.`,
      'key-taken': (label) => `${label} was not moved: a field with the same key is already there.`,
      'not-a-group': (label) => `${label} was not moved: the target is not a group.`,
    },
    newKind: (group) => `New field type in ${group}`,
    newLabel: (group) => `New field label in ${group}`,
    add: (group) => `Add field to the group ${group}`,
    empty: 'No fields in this group yet.',
  },
  advancedJson: 'Advanced JSON (read-only)',
  advancedFormJson: 'Advanced form JSON (read-only)',
  newKind: 'New field type',
  newLabel: 'New field label',
  addField: 'Add field',
  added: (label, kind) => `Field ${label} (${kind}) added at the end.`,
  needLabel: 'Write the new field’s label.',
  rulesHeading: 'Rules',
  noRules: 'No rules.',
  ruleSentence: {
    show: (target, trigger, value) => `Show “${target}” when “${trigger}” is “${value}”`,
    require: (target, trigger, value) => `“${target}” required when “${trigger}” is “${value}”`,
    help: (target, trigger, value, help) => `Help text of “${target}” when “${trigger}” is “${value}”: “${help}”`,
  },
  ruleKind: 'Rule type',
  ruleKinds: { show: 'Show when…', require: 'Required when…', help: 'Help text when…' },
  ruleField: 'Field',
  ruleHelp: 'Help text in that case',
  needHelp: 'Write the rule’s help text.',
  ruleWhen: 'when the question',
  ruleIs: 'is',
  addRule: 'Add rule',
  removeRule: 'Remove rule',
  ruleAdded: 'Rule added.',
  ruleRemoved: 'Rule removed.',
  noTriggers: 'To make a rule, first add a Yes/No or Choice (one) question.',
  saveHeading: 'Save',
  saveTo: (path) => `File: schemas/${path}`,
  noPath: 'Give the form a title and a category to know where to save it.',
  reviewSave: 'Review and save',
  download: 'Download file',
  diffHeading: (path) => `Changes to schemas/${path}`,
  newFile: 'New file.',
  noChange: 'Nothing changed since the saved file.',
  confirmSave: 'Confirm and write',
  cancel: 'Cancel',
  saved: (path) => `Saved to schemas/${path}.`,
  saveFailed: (detail) => `Could not save: ${detail}. The text stays in the editor.`,
  typesFailed: (detail) => `The generated types were not refreshed: ${detail}`,
};

/** The builder's strings for the page's language. */
export function builderStrings(lang: string): BuilderStrings {
  return lang.toLowerCase().startsWith('en') ? en : ptBR;
}
