/**
 * The entries a form-associated `<sf-form>` hands to its host `<form>`: one per answered leaf of the
 * payload, named by its JSON Pointer (`/loja`, `/contatos/0/email`). `null` submits as an empty string.
 */
export function payloadFormData(payload: unknown): FormData {
  const data = new FormData();
  append(data, '', payload);
  return data;
}

function append(data: FormData, pointer: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => append(data, `${pointer}/${index}`, item));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      append(data, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, item);
    }
  } else {
    data.append(pointer, value === null ? '' : String(value));
  }
}
