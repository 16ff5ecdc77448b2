/** The resource board (resursråd): placement alternatives and their cost basis for the committee. */
export * from './model';
export * from './compute';
export * from './expression';
export * from './privacy';
export * from './sheet';
export * from './store';
export * from './workbook';
export * from './draft';
