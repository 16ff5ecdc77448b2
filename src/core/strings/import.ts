import type { TextTable } from './types';

/** User-facing texts for import. Keys are 'import.<what>'. */
export const importStrings = {
} satisfies TextTable;
