import type { FieldModel } from '@schemaforms/core';
// A subpath of its own, not core's barrel: these come with the widget's lazy chunk, never the eager engine.
import {
  acceptsFile,
  fileRequirements,
  formatFileSize,
  parseDataUrl,
  toDataUrl,
  tooLargeMessage,
  wrongTypeMessage,
} from '@schemaforms/core/file-answers';
import { html, nothing } from 'lit';
import type { ElementsLocale } from '../i18n/strings.js';
import type { WidgetCode } from './lazy-widget.js';
import type { WidgetContext } from './widget-types.js';

/** The attachment's words in each language: they come with the widget's code, which most forms never fetch. */
const FILE_STRINGS = {
  'pt-BR': {
    fileChosen: (name: string) => `Arquivo anexado: ${name}`,
    fileAttached: 'Arquivo anexado',
    removeFile: 'Remover arquivo',
    fileUnreadable: 'Não foi possível ler o arquivo. Tente outro arquivo.',
    reading: (name: string) => `Lendo o arquivo ${name}`,
  },
  en: {
    fileChosen: (name: string) => `File attached: ${name}`,
    fileAttached: 'File attached',
    removeFile: 'Remove file',
    fileUnreadable: 'The file could not be read. Try another file.',
    reading: (name: string) => `Reading the file ${name}`,
  },
} satisfies Record<ElementsLocale, unknown>;

/** How a field's answer holds the file: a data URL with its name, base64 alone, or the text itself. */
type FileAnswerKind = 'data-url' | 'base64' | 'text';

function answerKind(field: FieldModel): FileAnswerKind {
  if (field.constraints.format === 'data-url') return 'data-url';
  return field.constraints.contentEncoding === 'base64' ? 'base64' : 'text';
}

/**
 * Reads a file as a data URL, reporting the share read so far (0 to 1) while it reads: a large file
 * takes a moment, and the person sees it move.
 */
export function readAsDataUrl(file: Blob, onProgress: (share: number) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Reads a file as base64 (no `data:` prefix: `contentEncoding: base64` describes the string itself). */
export async function readAsBase64(file: Blob, onProgress?: (share: number) => void): Promise<string> {
  const url = await readAsDataUrl(file, onProgress);
  return url.slice(url.indexOf(',') + 1);
}

/** The answer for `file` in the field's kind: `data:<type>;name=<name>;base64,…` for `format: data-url`. */
async function readAnswer(file: File, kind: FileAnswerKind, onProgress: (share: number) => void): Promise<string> {
  if (kind === 'text') return file.text();
  const base64 = await readAsBase64(file, onProgress);
  return kind === 'base64' ? base64 : toDataUrl(file.type, file.name, base64);
}

/** Why `file` cannot be this field's answer (its type or size), in the form's language; undefined when it can. */
function refusal(field: FieldModel, file: File, locale: ElementsLocale): string | undefined {
  const { accept, maxSize } = field.constraints;
  if (accept && !acceptsFile(accept, file.type, file.name)) return wrongTypeMessage(file.name, accept, locale);
  if (maxSize !== undefined && file.size > maxSize) return tooLargeMessage(file.name, file.size, maxSize, locale);
  return undefined;
}

/** The chosen file's name and size: from this page's pick, else read back from a data URL answer (a draft). */
function chosenFile(field: FieldModel, context: WidgetContext): { name?: string; size?: number } {
  const name = context.getState<string>('fileName');
  if (name !== undefined) return { name, size: context.getState<number>('fileSize') };
  const parts = parseDataUrl(field.value);
  return parts ? { name: parts.name || undefined, size: parts.size } : {};
}

async function pick(field: FieldModel, context: WidgetContext, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) {
    context.setState('fileName', undefined);
    context.setValue(undefined);
    context.emitInput();
    context.commit();
    return;
  }
  const refused = refusal(field, file, context.locale);
  // Refused at pick time: the earlier answer (if any) and every other answer stay as they were.
  context.setState('refused', refused);
  context.setState('unreadable', false);
  if (refused) {
    input.value = '';
    return;
  }
  context.setState('reading', { name: file.name, share: 0 });
  let content: string;
  try {
    content = await readAnswer(file, answerKind(field), (share) =>
      context.setState('reading', { name: file.name, share }),
    );
  } catch {
    context.setState('reading', undefined);
    context.setState('unreadable', true);
    return;
  }
  context.setState('reading', undefined);
  context.setState('fileName', file.name);
  context.setState('fileSize', file.size);
  context.setValue(content);
  context.emitInput();
  context.commit();
}

/**
 * A file attachment: `format: data-url` (the shared decision: the answer is
 * `data:<type>;name=<name>;base64,…`), or the older `contentMediaType` + `contentEncoding` (the content,
 * base64 encoded when the schema says so). Before anything is picked the field says what it takes
 * ("PDF ou imagem, até 2 MB"); `x-accept` becomes the picker's `accept`; a file of another type or over
 * `x-maxSize` is refused at pick time with a message naming it; a large file shows its reading progress.
 */
export const fileWidget: WidgetCode = {
  render: (field, context) => {
    const strings = FILE_STRINGS[context.locale];
    const failed = context.getState<boolean>('unreadable') === true;
    const refused = context.getState<string>('refused');
    const reading = context.getState<{ name: string; share: number }>('reading');
    const limits = fileRequirements(field.constraints, context.locale);
    const chosen = field.value !== undefined ? chosenFile(field, context) : undefined;
    const problem = refused ?? (failed ? strings.fileUnreadable : undefined);
    const describedBy = [
      limits ? context.id('file-limits') : '',
      problem ? context.id('file-problem') : '',
      context.describedBy,
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      ${limits ? html`<p class="hint" part="file-limits" id=${context.id('file-limits')}>${limits}</p>` : nothing}
      ${
        problem
          ? html`<p class="error" part="error-text" id=${context.id('file-problem')} role="alert" dir="auto">
            ${problem}
          </p>`
          : nothing
      }
      <input
        type="file"
        part="input"
        id=${context.id('control')}
        accept=${field.constraints.accept?.join(',') ?? field.constraints.contentMediaType ?? nothing}
        ?disabled=${field.readOnly || reading !== undefined}
        aria-invalid=${context.error || problem ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${(event: Event) => pick(field, context, event.target as HTMLInputElement)}
      />
      ${
        reading
          ? html`<div class="row" part="file-reading">
            <progress
              part="file-progress"
              max="100"
              value=${Math.round(reading.share * 100)}
              aria-label=${strings.reading(reading.name)}
            ></progress>
          </div>`
          : nothing
      }
      ${
        chosen
          ? html`<div class="row">
            <span class="file-name" part="file-name" dir="auto"
              >${chosen.name ? strings.fileChosen(chosen.name) : strings.fileAttached}</span
            >
            ${
              chosen.size !== undefined
                ? html`<span class="file-name" part="file-size">(${formatFileSize(chosen.size, context.locale)})</span>`
                : nothing
            }
            <button
              type="button"
              part="button remove-file"
              @click=${(event: Event) => {
                const input = (event.target as Element).closest('.field')?.querySelector('input[type=file]');
                if (input instanceof HTMLInputElement) input.value = '';
                context.setState('fileName', undefined);
                context.setState('refused', undefined);
                context.setValue(undefined);
                context.emitInput();
                context.commit();
                context.focusAfterRender(context.id('control'));
              }}
            >
              ${strings.removeFile}
            </button>
          </div>`
          : nothing
      }
    `;
  },
};
