import type { TextTable } from './types';

/** User-facing texts for placements. Keys are 'placements.<what>'. */
export const placementsStrings = {
} satisfies TextTable;
