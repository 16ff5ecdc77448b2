import type { TextTable } from './types';

/** User-facing texts for example. Keys are 'example.<what>'. */
export const exampleStrings = {
} satisfies TextTable;
