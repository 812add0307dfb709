import { html, nothing, type TemplateResult } from 'lit';
import type { FollowUp, ReceiptLine } from './receipt-summary.js';
import type { TicketStrings } from './ticket-strings.js';

/** What the receipt shows: the subject, the ticket number, what was sent and what to do next. */
export interface Receipt {
  readonly title: string;
  readonly number?: string;
  readonly lines: readonly ReceiptLine[];
  readonly followUps: readonly FollowUp[];
}

/** The ticket number in the server's answer to a submission (`ticket.number`, or `number`), if any. */
export function ticketNumberIn(response: unknown): string | undefined {
  const body = response as { ticket?: { number?: unknown }; number?: unknown } | null | undefined;
  const number = body?.ticket?.number ?? body?.number;
  return typeof number === 'string' ? number : undefined;
}

/** The receipt's actions and transient state. */
export interface ReceiptActions {
  /** What the copy button last did, said in a polite live region ('' before any copy). */
  readonly copyStatus: string;
  copy(number: string): void;
  another(): void;
}

/**
 * The receipt (GOV.UK confirmation page): a panel with the number once and a copy button, then what was
 * sent, what happens now, and the follow-up ticket when an answer asks for one.
 */
export function renderReceipt(receipt: Receipt | undefined, t: TicketStrings, actions: ReceiptActions): TemplateResult {
  const number = receipt?.number;
  return html`
    <div part="receipt" class="receipt">
      <div class="panel" role="status">
        <h2 id="receipt-heading" tabindex="-1">${t.receiptHeading}</h2>
        <p>${receipt?.title} · ${t.receiptText}</p>
        ${
          number
            ? html`<p class="number">
              <span id="receipt-number-label">${t.ticketNumber}</span>
              <strong id="receipt-number">${number}</strong>
            </p>`
            : nothing
        }
      </div>
      ${
        number
          ? html`<div class="copy">
            <button part="button" type="button" class="secondary" aria-describedby="receipt-number-label receipt-number"
              @click=${() => actions.copy(number)}>${t.copyNumber}</button>
            <span class="copy-status" aria-live="polite">${actions.copyStatus}</span>
          </div>`
          : nothing
      }
      ${
        receipt && receipt.followUps.length > 0
          ? html`<h3>${t.followUpHeading}</h3>
            <ul class="follow-ups">
              ${receipt.followUps.map((link) => html`<li><a href=${link.href}>${link.text}</a></li>`)}
            </ul>`
          : nothing
      }
      <h3>${t.nextHeading}</h3>
      <p>${t.nextText}</p>
      ${
        receipt && receipt.lines.length > 0
          ? html`<h3>${t.sentHeading}</h3>
            <dl class="sent">
              ${receipt.lines.map((line) => html`<div><dt dir="auto">${line.label}</dt><dd dir="auto">${line.value}</dd></div>`)}
            </dl>`
          : nothing
      }
      <div class="actions">
        <button part="button" type="button" class="primary" @click=${() => actions.another()}>${t.another}</button>
      </div>
    </div>
  `;
}

/**
 * Copies the ticket number and returns what to say about it. Without a clipboard (an insecure page, a
 * denied permission) the number is selected for a manual copy instead.
 */
export async function copyNumber(root: ParentNode, number: string, t: TicketStrings): Promise<string> {
  try {
    await navigator.clipboard.writeText(number);
    return t.copied;
  } catch {
    const strong = root.querySelector('#receipt-number');
    if (strong) getSelection()?.selectAllChildren(strong);
    return t.copyFailed;
  }
}
