import type { TextTable } from './types';

/** User-facing texts for pane. Keys are 'pane.<what>'. */
export const paneStrings = {
} satisfies TextTable;
