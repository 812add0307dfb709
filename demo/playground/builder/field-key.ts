/**
 * The key (the answer's name) of a new field, made from its label as the seed forms name theirs:
 * camelCase, without accents or punctuation (`"Quais pedidos?"` → `quaisPedidos`). A key is made once,
 * when the field is added; renaming the label later keeps it, so answers already sent keep their name.
 */

/** `label` as a camelCase key of ASCII letters and digits, unique among `taken`. */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  let base = words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  if (base === '') base = 'campo';
  else if (/^\d/.test(base)) base = `campo${base}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  return key;
}

/** `text` as a file or folder name: lower case, no accents, words joined by hyphens (`Revogação de Token` → `revogacao-de-token`). */
export function slugFromText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}
