import { describe, expect, it } from 'vitest';
import { checkEndpoint } from './endpoint.js';

const base = 'http://localhost:5173/tickets/new';

describe('checkEndpoint', () => {
  it('accepts https anywhere and http on the page origin', () => {
    expect(checkEndpoint('https://api.example.com/tickets', base)?.href).toBe('https://api.example.com/tickets');
    expect(checkEndpoint('/api/tickets', base)?.href).toBe('http://localhost:5173/api/tickets');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://evil.example/collect',
    '',
    '   ',
    'ftp://example.com/x',
  ])('refuses %j', (action) => {
    expect(checkEndpoint(action, base)).toBeUndefined();
  });
});
