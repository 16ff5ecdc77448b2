import type { TextTable } from './types';

/** User-facing texts for forecast. Keys are 'forecast.<what>'. */
export const forecastStrings = {
} satisfies TextTable;
