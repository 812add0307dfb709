/**
 * The presets by intent that need code of their own, money and code, in one lazily fetched chunk: a
 * chunk's URL is part of the page's bundle, so one for both keeps that bundle smaller (scripts/size.mjs).
 */
export { moneyWidget } from './money-widget.js';
export { codeWidget } from './code-widget.js';
