/**
 * The rule contract, re-exported for rule files (`import type { Rule } from './types'`); the
 * types themselves live in core/types.ts so that nothing below rules/ has to import from it.
 */
export * from '../types';
