import type { Plugin } from 'vite';
export declare function compactPart(raw: string, tag: string): string;
export declare function compactTemplates(code: string, id?: string): { code: string; map: unknown } | null;
export declare function compactLitTemplates(): Plugin;
