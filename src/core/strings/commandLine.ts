import type { TextTable } from './types';

/** User-facing texts for cli. Keys are 'cli.<what>'. */
export const cliStrings = {
} satisfies TextTable;
