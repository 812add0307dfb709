/**
 * Regular-expression errors in plain words (pt-BR and en), and the pattern the author most likely
 * meant: `^\d{10,12$` is "a brace was opened and not closed", fixed as `^\d{10,12}$` — not escaped
 * into a pattern that matches the text "{10,12".
 */
import type { CheckLocale } from './check-locale.js';

const REASONS: readonly [RegExp, string, string][] = [
  [
    /^Unterminated group/,
    'um parêntese aberto não foi fechado: falta um ")"',
    'a bracket was opened and not closed: a ")" is missing',
  ],
  [/^Unmatched '\)'/, 'há um ")" sem o "(" que ele fecharia', 'there is a ")" without the "(" it would close'],
  [
    /^Unterminated character class/,
    'uma lista de caracteres aberta com "[" não foi fechada: falta um "]"',
    'a character list opened with "[" is not closed: a "]" is missing',
  ],
  [
    /^Incomplete quantifier/,
    'uma chave "{" aberta não foi fechada: uma repetição se escreve {mín,máx}, como {10,12}',
    'a "{" was opened and not closed: a repetition is written {min,max}, like {10,12}',
  ],
  [
    /^Lone quantifier brackets/,
    'há uma chave "{" ou "}" solta: para o caractere em si, escreva \\{ ou \\}',
    'there is a stray "{" or "}": for the character itself, write \\{ or \\}',
  ],
  [
    /^numbers out of order in \{\} quantifier/,
    'numa repetição {mín,máx}, o primeiro número é maior que o segundo',
    'in a repetition {min,max}, the first number is larger than the second',
  ],
  [
    /^Nothing to repeat/,
    'um "*", "+", "?" ou "{…}" não tem o que repetir: para o caractere em si, escreva \\*, \\+ ou \\?',
    'a "*", "+", "?" or "{…}" has nothing to repeat: for the character itself, write \\*, \\+ or \\?',
  ],
  [
    /^\\ at end of pattern/,
    'o padrão termina com uma barra invertida sozinha',
    'the pattern ends with a lone backslash',
  ],
  [
    /^Range out of order in character class/,
    'numa faixa como "a-z", a primeira letra vem depois da segunda',
    'in a range such as "a-z", the first character comes after the second',
  ],
  [
    /^Invalid escape|^Invalid class escape/,
    'uma barra invertida vem antes de um caractere que não precisa dela (como \\- fora de [ ] ou \\_)',
    'a backslash comes before a character that needs none (such as \\- outside [ ] or \\_)',
  ],
  [
    /^Invalid Unicode escape|^Invalid unicode escape/,
    'um \\u não está escrito como \\u0041 ou \\u{1F600}',
    'a \\u is not written as \\u0041 or \\u{1F600}',
  ],
  [/^Invalid property name/, 'o nome depois de \\p{…} não existe', 'the name inside \\p{…} does not exist'],
  [/^Duplicate capture group name/, 'dois grupos têm o mesmo nome', 'two groups have the same name'],
  [
    /^Invalid named capture referenced|^Invalid named reference/,
    'um \\k<nome> se refere a um grupo que não existe',
    'a \\k<name> refers to a group that does not exist',
  ],
  [
    /^Invalid capture group name/,
    'o nome de um grupo (?<nome>…) não é válido',
    'the name of a group (?<name>…) is not valid',
  ],
  [
    /^Invalid group/,
    'um "(?" não é seguido de ":", "=", "!" ou "<nome>"',
    'a "(?" is not followed by ":", "=", "!" or "<name>"',
  ],
];

/** The engine's reason (`Unterminated group`) said in plain words, or the reason itself when unknown. */
export function explainRegexError(reason: string, locale: CheckLocale): string {
  const found = REASONS.find(([test]) => test.test(reason));
  if (!found) return reason;
  return locale === 'en' ? found[2] : found[1];
}

/** The engine's reason for refusing `pattern` in Unicode mode, or `undefined` when it compiles. */
export function unicodeModeError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message
      .replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
      .replace(/^Invalid regular expression: /, '');
  }
}

/**
 * The pattern the author meant, when a mistake has one clear repair: an unclosed repetition
 * `{10,12` gets its `}`. Returns `undefined` when there is no such repair or it does not compile.
 */
export function intendedPattern(pattern: string): string | undefined {
  let repaired = '';
  let changed = false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      repaired += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '{') {
      const open = /^\{(\d+)(,\d*)?/.exec(pattern.slice(i));
      if (open && pattern[i + open[0].length] !== '}' && i > 0) {
        repaired += `${open[0]}}`;
        i += open[0].length - 1;
        changed = true;
        continue;
      }
    }
    repaired += c;
  }
  return changed && unicodeModeError(repaired) === undefined ? repaired : undefined;
}
