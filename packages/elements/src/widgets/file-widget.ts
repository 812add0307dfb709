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
  render: (field, context) => {
    const name = context.getState<string>('fileName');
    const failed = context.getState<boolean>('unreadable') === true;
    const base64 = field.constraints.contentEncoding === 'base64';
    return html`
      ${failed ? html`<p class="error" part="error-text">${FILE_STRINGS[context.locale].fileUnreadable}</p>` : nothing}
      <input
        type="file"
        part="input"
        id=${context.id('control')}
        accept=${field.constraints.contentMediaType ?? nothing}
        ?disabled=${field.readOnly}
        aria-invalid=${context.error ? 'true' : nothing}
        aria-describedby=${context.describedBy || nothing}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${async (event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (!file) {
            context.setState('fileName', undefined);
            context.setValue(undefined);
          } else {
            try {
              const content = base64 ? await readAsBase64(file) : await readAsText(file);
              context.setState('unreadable', false);
              context.setState('fileName', file.name);
              context.setValue(content);
            } catch {
              context.setState('unreadable', true);
              return;
            }
          }
          context.emitInput();
          context.commit();
        }}
      />
      ${
        field.value !== undefined
          ? html`<div class="row">
            <span class="file-name" part="file-name" dir="auto"
              >${name ? FILE_STRINGS[context.locale].fileChosen(name) : FILE_STRINGS[context.locale].fileAttached}</span
            >
            <button
              type="button"
              part="button remove-file"
              @click=${(event: Event) => {
                const input = (event.target as Element).closest('.field')?.querySelector('input[type=file]');
                if (input instanceof HTMLInputElement) input.value = '';
                context.setState('fileName', undefined);
                context.setValue(undefined);
                context.emitInput();
                context.commit();
                context.focusAfterRender(context.id('control'));
              }}
            >
              ${FILE_STRINGS[context.locale].removeFile}
            </button>
          </div>`
          : nothing
      }
    `;
  },
};
