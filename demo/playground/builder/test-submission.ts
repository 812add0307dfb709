/**
 * "Testar envio" under the playground's preview: sends the preview's current answers and the editor's
 * form text to the dev server's dry-run endpoint (`/api/dev/validate`), which validates them with the
 * ticket intake's own code and stores nothing, and shows the outcome: accepted, or each error with its
 * field's label and JSON Pointer. Development only (the endpoint exists on `npm start` alone).
 */
import { byId } from '../page-text.js';

/** The endpoint (`DRY_RUN_ROUTE` in demo/server/dry-run-endpoint.ts). */
const DRY_RUN_URL = '/api/dev/validate';

const TEXT = {
  'pt-BR': {
    button: 'Testar envio',
    hint: 'Valida as respostas atuais com a validação do intake. Nenhum chamado é gravado.',
    sending: 'Validando…',
    accepted: 'Aceito: o intake receberia este chamado (nada foi gravado).',
    refused: (count: number) => (count === 1 ? 'Recusado: 1 erro.' : `Recusado: ${count} erros.`),
    form: 'Formulário',
    failed: (status: number, message: string) => `O teste falhou (HTTP ${status}): ${message}`,
    offline: 'O servidor de desenvolvimento não respondeu.',
  },
  en: {
    button: 'Test submission',
    hint: "Validates the current answers with the intake's validation. No ticket is stored.",
    sending: 'Validating…',
    accepted: 'Accepted: the intake would take this ticket (nothing was stored).',
    refused: (count: number) => (count === 1 ? 'Refused: 1 error.' : `Refused: ${count} errors.`),
    form: 'Form',
    failed: (status: number, message: string) => `The test failed (HTTP ${status}): ${message}`,
    offline: 'The development server did not answer.',
  },
};

const text = () => (document.documentElement.lang.toLowerCase().startsWith('en') ? TEXT.en : TEXT['pt-BR']);

/** One error as the endpoint (and the intake) sends it. */
interface ServerError {
  readonly instancePath: string;
  readonly message: string;
}

/**
 * The label of the field a data pointer (`/grupo/campo`, `/lista/0/nome`) names, from the schema's
 * `title`s, following `properties` and `items`; the last key when a step has no title.
 */
export function fieldLabel(schema: unknown, pointer: string): string | undefined {
  if (pointer === '') return undefined;
  const steps = pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = schema as Record<string, unknown> | undefined;
  let label: string | undefined;
  for (const step of steps) {
    const properties = node?.properties as Record<string, Record<string, unknown>> | undefined;
    const child = /^\d+$/.test(step) && node?.items ? node.items : properties?.[step];
    node = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : undefined;
    label =
      typeof node?.title === 'string' ? node.title : /^\d+$/.test(step) ? `${label ?? ''} ${Number(step) + 1}` : step;
  }
  return label?.trim();
}

/** Adds the button and its outcome under `#form-frame`. */
export function mountTestSubmission(answers: () => unknown, formText: () => string): void {
  const box = document.createElement('div');
  box.className = 'test-submission';
  const button = document.createElement('button');
  button.type = 'button';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = 'test-submission-hint';
  button.setAttribute('aria-describedby', hint.id);
  const outcome = document.createElement('div');
  outcome.className = 'test-submission-outcome';
  outcome.setAttribute('role', 'status');
  outcome.setAttribute('aria-live', 'polite');
  box.append(button, hint, outcome);
  byId('form-frame').after(box);

  const label = () => {
    button.textContent = text().button;
    hint.textContent = text().hint;
  };
  label();
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  const say = (sentence: string, errors: readonly ServerError[] = [], schema?: unknown) => {
    const lead = document.createElement('p');
    lead.textContent = sentence;
    const children: Node[] = [lead];
    if (errors.length > 0) {
      const list = document.createElement('ul');
      for (const error of errors) {
        const item = document.createElement('li');
        const name = fieldLabel(schema, error.instancePath) ?? text().form;
        const where = document.createElement('code');
        where.textContent = error.instancePath || '/';
        item.append(`${name} (`, where, `): ${error.message}`);
        list.append(item);
      }
      children.push(list);
    }
    outcome.replaceChildren(...children);
  };

  button.addEventListener('click', () => {
    const form = formText();
    let schema: unknown;
    try {
      schema = JSON.parse(form);
    } catch {
      schema = undefined;
    }
    say(text().sending);
    button.disabled = true;
    const locale = encodeURIComponent(document.documentElement.lang || 'pt-BR');
    fetch(`${DRY_RUN_URL}?locale=${locale}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ schema: form, answers: answers() ?? {} }),
    })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as { errors?: ServerError[] };
        const errors = Array.isArray(body.errors) ? body.errors : [];
        if (response.status === 200) return say(text().accepted);
        if (response.status === 422) return say(text().refused(errors.length), errors, schema);
        say(text().failed(response.status, errors.map((error) => error.message).join('; ') || response.statusText));
      })
      .catch(() => say(text().offline))
      .finally(() => {
        button.disabled = false;
      });
  });
}
