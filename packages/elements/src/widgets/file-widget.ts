import { html, nothing } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';

/** The attachment's words in each language: they come with the widget's code, which most forms never fetch. */
const FILE_STRINGS = {
  'pt-BR': {
    fileChosen: (name: string) => `Arquivo anexado: ${name}`,
    fileAttached: 'Arquivo anexado',
    removeFile: 'Remover arquivo',
    fileUnreadable: 'Não foi possível ler o arquivo. Tente outro arquivo.',
  },
  en: {
    fileChosen: (name: string) => `File attached: ${name}`,
    fileAttached: 'File attached',
    removeFile: 'Remove file',
    fileUnreadable: 'The file could not be read. Try another file.',
  },
} satisfies Record<ElementsLocale, unknown>;

/** Reads a file as base64 (no `data:` prefix: `contentEncoding: base64` describes the string itself). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

function readAsText(file: Blob): Promise<string> {
  return file.text();
}

/**
 * A file attachment (`contentMediaType` + `contentEncoding`): the answer is the file's content, base64
 * encoded when the schema says so; `contentMediaType` becomes the picker's `accept`.
 */
export const fileWidget: WidgetCode = {
  render: (field, ctx) => {
    const name = ctx.getState<string>('fileName');
    const failed = ctx.getState<boolean>('unreadable') === true;
    const base64 = field.constraints.contentEncoding === 'base64';
    return html`
      ${failed ? html`<p class="error" part="error-text">${FILE_STRINGS[ctx.locale].fileUnreadable}</p>` : nothing}
      <input
        type="file"
        part="input"
        id=${ctx.id('control')}
        accept=${field.constraints.contentMediaType ?? nothing}
        ?disabled=${field.readOnly}
        aria-invalid=${ctx.error ? 'true' : nothing}
        aria-describedby=${ctx.describedBy || nothing}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${async (event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (!file) {
            ctx.setState('fileName', undefined);
            ctx.setValue(undefined);
          } else {
            try {
              const content = base64 ? await readAsBase64(file) : await readAsText(file);
              ctx.setState('unreadable', false);
              ctx.setState('fileName', file.name);
              ctx.setValue(content);
            } catch {
              ctx.setState('unreadable', true);
              return;
            }
          }
          ctx.emitInput();
          ctx.commit();
        }}
      />
      ${field.value !== undefined
        ? html`<div class="row">
            <span class="file-name" part="file-name" dir="auto"
              >${name ? FILE_STRINGS[ctx.locale].fileChosen(name) : FILE_STRINGS[ctx.locale].fileAttached}</span
            >
            <button
              type="button"
              part="button remove-file"
              @click=${(event: Event) => {
                const input = (event.target as Element).closest('.field')?.querySelector('input[type=file]');
                if (input instanceof HTMLInputElement) input.value = '';
                ctx.setState('fileName', undefined);
                ctx.setValue(undefined);
                ctx.emitInput();
                ctx.commit();
                ctx.focusAfterRender(ctx.id('control'));
              }}
            >
              ${FILE_STRINGS[ctx.locale].removeFile}
            </button>
          </div>`
        : nothing}
    `;
  },
};
