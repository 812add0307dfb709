/**
 * CodeMirror's own interface text (search panel, lint panel, folding, completion list) in the
 * playground's languages; English is CodeMirror's default, so only pt-BR is listed.
 */
import type { PlaygroundLocale } from './strings.js';

const ptBR: Record<string, string> = {
  Find: 'Localizar',
  Replace: 'Substituir',
  next: 'próximo',
  previous: 'anterior',
  all: 'todos',
  'match case': 'diferenciar maiúsculas',
  regexp: 'expressão regular',
  'by word': 'palavra inteira',
  replace: 'substituir',
  'replace all': 'substituir todos',
  close: 'fechar',
  'current match': 'ocorrência atual',
  'replaced $ matches': '$ ocorrências substituídas',
  'replaced match on line $': 'ocorrência substituída na linha $',
  'on line': 'na linha',
  'Go to line': 'Ir para a linha',
  go: 'ir',
  Diagnostics: 'Problemas',
  'No diagnostics': 'Nenhum problema',
  Completions: 'Sugestões',
  'Control character': 'Caractere de controle',
  'Selection deleted': 'Seleção apagada',
  'folded code': 'código recolhido',
  unfold: 'expandir',
  to: 'até',
  'Folded lines': 'Linhas recolhidas',
  'Unfolded lines': 'Linhas expandidas',
  'Fold line': 'Recolher linha',
  'Unfold line': 'Expandir linha',
};

/** The phrases for `EditorState.phrases` in `locale`. */
export function editorPhrases(locale: PlaygroundLocale): Record<string, string> {
  return locale === 'en' ? {} : ptBR;
}
