import { html, type TemplateResult } from 'lit';
import type { DRAFT_STRINGS } from '../internal/drafts.js';

/**
 * The notice shown when this draft was saved meanwhile in another tab (RELIABILITY D14), with its two
 * choices: the other tab's answers, or this tab's saved over them.
 */
export function conflictNotice(
  words: (typeof DRAFT_STRINGS)['en'],
  choose: (keep: 'mine' | 'theirs') => void,
): TemplateResult {
  return html`<div class="notice" part="notice" data-kind="warning">
    <p>${words.conflict}</p>
    <div class="row">
      <button type="button" part="button draft-theirs" @click=${() => choose('theirs')}>${words.useTheirs}</button>
      <button type="button" part="button draft-mine" @click=${() => choose('mine')}>${words.keepMine}</button>
    </div>
  </div>`;
}
