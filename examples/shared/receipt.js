/**
 * Reads the ticket number from an `sf-submitted` event's `detail.response`, whether the element hands
 * over the fetch `Response` or its parsed body.
 */
export async function ticketNumber(detail) {
  const response = detail?.response;
  let body = response;
  if (response && typeof response.json === 'function') {
    body = await response
      .clone()
      .json()
      .catch(() => ({}));
  }
  return body?.id ?? body?.ticket ?? body?.number ?? 'sem número';
}
