/**
 * `GET /api/tickets/<number>/attachments/<id>` for the help desk: the file as it was sent, with its
 * media type and `Content-Disposition: attachment` under a safe file name, so a browser saves it rather
 * than render it on this origin. The admin check is the intake's; this only answers. DOM-free.
 */
import type { ServerResponse } from 'node:http';
import type { Attachment } from '../store/ticket-store.js';

/** The path of an attachment below `/api/tickets`: `/CH-000123/attachments/<id>`. */
export const ATTACHMENT_PATH = /^\/(CH-\d{6,})\/attachments\/([^/]+)$/;

/** A media type safe to send as `Content-Type`; anything else is sent as `application/octet-stream`. */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

/**
 * The file name as a header can carry it: an ASCII fallback (`filename=`, no quotes, slashes, control
 * characters or non-ASCII) and the exact name percent-encoded (`filename*`, RFC 6266 / 8187).
 */
export function contentDisposition(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const ascii = base
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\;%]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 150);
  const fallback = ascii || 'anexo';
  const exact = encodeURIComponent(base || 'anexo').replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

/** Sends an attachment's bytes. */
export function sendAttachment(res: ServerResponse, attachment: Attachment, head: boolean): void {
  const type = attachment.mediaType.toLowerCase();
  res.writeHead(200, {
    'Content-Type': MEDIA_TYPE.test(type) ? type : 'application/octet-stream',
    'Content-Length': attachment.content.length,
    'Content-Disposition': contentDisposition(attachment.name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Even if a browser were to open it here, it runs nothing and reaches nothing of this origin.
    'Content-Security-Policy': "default-src 'none'; sandbox",
    Digest: `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`,
  });
  res.end(head ? undefined : attachment.content);
}
