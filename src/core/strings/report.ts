import type { TextTable } from './types';

/** User-facing texts for report. Keys are 'report.<what>'. */
export const reportStrings = {
} satisfies TextTable;
