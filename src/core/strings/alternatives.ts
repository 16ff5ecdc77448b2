import type { TextTable } from './types';

/** User-facing texts for alternatives. Keys are 'alternatives.<what>'. */
export const alternativesStrings = {
} satisfies TextTable;
