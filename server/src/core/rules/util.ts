/**
 * Ranges and model queries, re-exported for rule files (`from './util'`); they live in
 * core/queries.ts because the skeleton and the features use them too.
 */
export * from '../queries';
