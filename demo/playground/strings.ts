/**
 * The playground's interface text in pt-BR (default) and en. The page follows `<html lang>`; the
 * check's own diagnostics are written in English by the tooling and are shown as they are.
 */

/** Languages of the playground. */
export type PlaygroundLocale = 'pt-BR' | 'en';

/** Every sentence the playground shows. */
export interface PlaygroundStrings {
  readonly title: string;
  readonly intro: string;
  readonly back: string;
  readonly language: string;
  readonly load: string;
  readonly open: string;
  readonly blank: string;
  readonly catalogGroup: (category: string) => string;
  readonly samplesGroup: string;
  readonly format: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly linkReady: string;
  readonly linkTooLong: string;
  readonly restore: string;
  readonly restored: string;
  readonly replacedLabel: string;
  readonly replacedOption: (time: string, summary: string) => string;
  readonly replacedKeepFailed: string;
  readonly editorLabel: string;
  readonly editorHint: string;
  readonly pathLabel: string;
  readonly pathHint: string;
  readonly problems: string;
  readonly noProblems: string;
  readonly checking: string;
  readonly error: string;
  readonly warning: string;
  readonly counts: (errors: number, warnings: number) => string;
  readonly checkedAsForm: (path: string) => string;
  readonly checkedAsSchema: string;
  readonly preview: string;
  readonly previewReady: string;
  readonly previewCompiling: string;
  readonly previewBroken: string;
  readonly previewNone: string;
  readonly previewWithErrors: (errors: number) => string;
  readonly invalidJson: string;
  readonly payload: string;
  readonly payloadHint: string;
  readonly valid: string;
  readonly invalid: (message: string) => string;
  readonly lastSubmit: string;
  readonly submitHint: string;
  readonly context: string;
  readonly contextHint: string;
  readonly clearAnswers: string;
  readonly saveFailed: string;
  readonly loaded: (name: string) => string;
  readonly loadFailed: (name: string) => string;
  readonly sharedLoaded: string;
  readonly sharedBroken: string;
  readonly sharedTooLarge: (limitKilobytes: number) => string;
  readonly goTo: (line: number, column: number) => string;
  readonly checkFailed: string;
}

const ptBR: PlaygroundStrings = {
  title: 'Playground de schemas',
  intro:
    'Edite um JSON Schema e veja o formulário que ele gera. Os problemas aparecem nas linhas enquanto você digita — os mesmos que o `npx schemaforms check` aponta.',
  back: 'Voltar ao portal',
  language: 'Idioma',
  load: 'Carregar',
  open: 'Abrir',
  blank: 'Schema em branco',
  catalogGroup: (category) => `Catálogo · ${category}`,
  samplesGroup: 'Exemplos',
  format: 'Formatar JSON',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado. Quem abrir verá este schema.',
  linkReady: 'Link pronto na barra de endereço (não foi possível copiar automaticamente).',
  linkTooLong: 'O schema é grande demais para caber em um link.',
  restore: 'Restaurar texto anterior',
  restored: 'Texto anterior restaurado; o que estava no editor entrou na lista de textos anteriores.',
  replacedLabel: 'Textos anteriores',
  replacedOption: (time, summary) => `${time} · ${summary}`,
  replacedKeepFailed:
    'Não foi possível guardar o texto substituído neste navegador (armazenamento cheio ou bloqueado). Ctrl+Z no editor ainda o traz de volta.',
  editorLabel: 'Schema (JSON)',
  editorHint:
    'Tab indenta; Esc e depois Tab sai do editor. Ctrl+Espaço sugere palavras-chave; F8 e Shift+F8 vão entre os problemas; Ctrl+F busca. O texto fica salvo neste navegador.',
  pathLabel: 'Arquivo em schemas/ (opcional)',
  pathHint: 'Ex.: token/revogacao-de-token.schema.json — verifica também as convenções de um formulário do catálogo.',
  problems: 'Problemas',
  noProblems: 'Nenhum problema encontrado.',
  checking: 'Verificando…',
  error: 'erro',
  warning: 'aviso',
  counts: (errors, warnings) =>
    `${errors} ${errors === 1 ? 'erro' : 'erros'}, ${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}`,
  checkedAsForm: (path) => `Verificado como formulário do catálogo (schemas/${path}).`,
  checkedAsSchema: 'Verificado como schema avulso (sem as convenções de arquivo do catálogo).',
  preview: 'Formulário',
  previewReady: 'O formulário reflete o schema atual.',
  previewCompiling: 'Atualizando o formulário…',
  previewBroken: 'O schema tem erros: mostrando o último formulário válido.',
  previewNone: 'O schema tem erros e ainda não há um formulário válido para mostrar.',
  previewWithErrors: (errors) =>
    `O formulário renderiza, mas o check aponta ${errors} ${errors === 1 ? 'erro' : 'erros'} — o CI recusaria este arquivo.`,
  invalidJson: 'O texto não é um JSON válido.',
  payload: 'Payload',
  payloadHint:
    'O que seria enviado agora: só campos ativos, sem textos vazios. Segredos (writeOnly) aparecem mascarados.',
  valid: 'Respostas válidas.',
  invalid: (message) => `Respostas inválidas: ${message}`,
  lastSubmit: 'Último envio simulado (sf-submit)',
  submitHint: 'Enviar não sai desta página: o evento sf-submit é cancelado e o payload aparece aqui.',
  context: 'Contexto do host',
  contextHint: 'Os dados que campos com x-context leem (as lojas do vendedor).',
  clearAnswers: 'Limpar respostas',
  saveFailed:
    'Não foi possível salvar o texto neste navegador (armazenamento cheio ou bloqueado). Copie o link para não perdê-lo.',
  loaded: (name) => `Carregado: ${name}.`,
  loadFailed: (name) => `Não foi possível carregar ${name}.`,
  sharedLoaded: 'Schema aberto a partir do link.',
  sharedBroken: 'O link está incompleto ou corrompido; o texto salvo neste navegador foi mantido.',
  sharedTooLarge: (limit) =>
    `O link traz um texto grande demais (mais de ${limit} KB descompactado) e não foi aberto; o texto salvo neste navegador foi mantido.`,
  goTo: (line, column) => `Ir para a linha ${line}, coluna ${column}`,
  checkFailed: 'A verificação falhou de forma inesperada',
};

const en: PlaygroundStrings = {
  title: 'Schema playground',
  intro:
    'Edit a JSON Schema and see the form it makes. Problems show on the lines as you type — the same ones `npx schemaforms check` reports.',
  back: 'Back to the portal',
  language: 'Language',
  load: 'Load',
  open: 'Open',
  blank: 'Blank schema',
  catalogGroup: (category) => `Catalog · ${category}`,
  samplesGroup: 'Samples',
  format: 'Format JSON',
  copyLink: 'Copy link',
  linkCopied: 'Link copied. Whoever opens it sees this schema.',
  linkReady: 'The link is in the address bar (it could not be copied automatically).',
  linkTooLong: 'The schema is too large to fit in a link.',
  restore: 'Restore previous text',
  restored: 'Previous text restored; what the editor held joined the list of previous texts.',
  replacedLabel: 'Previous texts',
  replacedOption: (time, summary) => `${time} · ${summary}`,
  replacedKeepFailed:
    'The replaced text could not be kept in this browser (storage full or blocked). Ctrl+Z in the editor still brings it back.',
  editorLabel: 'Schema (JSON)',
  editorHint:
    'Tab indents; Escape then Tab leaves the editor. Ctrl+Space suggests keywords; F8 and Shift+F8 go between problems; Ctrl+F searches. The text is saved in this browser.',
  pathLabel: 'File under schemas/ (optional)',
  pathHint: 'E.g. token/revogacao-de-token.schema.json — also checks the conventions of a catalog form.',
  problems: 'Problems',
  noProblems: 'No problems found.',
  checking: 'Checking…',
  error: 'error',
  warning: 'warning',
  counts: (errors, warnings) =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  checkedAsForm: (path) => `Checked as a catalog form (schemas/${path}).`,
  checkedAsSchema: 'Checked as a stand-alone schema (without the catalog file conventions).',
  preview: 'Form',
  previewReady: 'The form reflects the current schema.',
  previewCompiling: 'Updating the form…',
  previewBroken: 'The schema has errors: showing the last good form.',
  previewNone: 'The schema has errors and there is no good form to show yet.',
  previewWithErrors: (errors) =>
    `The form renders, but the check reports ${errors} ${errors === 1 ? 'error' : 'errors'} — CI would refuse this file.`,
  invalidJson: 'The text is not valid JSON.',
  payload: 'Payload',
  payloadHint: 'What would be sent now: active fields only, no empty texts. Secrets (writeOnly) are masked.',
  valid: 'The answers are valid.',
  invalid: (message) => `The answers are not valid: ${message}`,
  lastSubmit: 'Last simulated submission (sf-submit)',
  submitHint: 'Submitting never leaves this page: the sf-submit event is cancelled and its payload shows here.',
  context: 'Host context',
  contextHint: 'The data x-context fields read (the seller’s stores).',
  clearAnswers: 'Clear answers',
  saveFailed: 'The text could not be saved in this browser (storage full or blocked). Copy the link to keep it.',
  loaded: (name) => `Loaded: ${name}.`,
  loadFailed: (name) => `Could not load ${name}.`,
  sharedLoaded: 'Schema opened from the link.',
  sharedBroken: 'The link is incomplete or corrupted; the text saved in this browser was kept.',
  sharedTooLarge: (limit) =>
    `The link carries a text that is too large (over ${limit} KB inflated) and was not opened; the text saved in this browser was kept.`,
  goTo: (line, column) => `Go to line ${line}, column ${column}`,
  checkFailed: 'The check failed unexpectedly',
};

/** `en` for any English tag, else pt-BR. */
export function playgroundLocale(lang: string | null | undefined): PlaygroundLocale {
  return /^en\b/i.test(lang ?? '') ? 'en' : 'pt-BR';
}

/** The strings for a locale. */
export function stringsFor(locale: PlaygroundLocale): PlaygroundStrings {
  return locale === 'en' ? en : ptBR;
}
