/**
 * Placeringar (issue 6): the placement register, its cost projection to year end, reviews due and un-invoiced
 * costs. cost.ts holds the cost rules of one placement; register.ts the register and its validation; lists.ts
 * the configurable forms and legal bases; projection.ts the figures; sheet.ts the sheet "Placeringar";
 * workbook.ts the port operations; importKind.ts the import of register files.
 *
 *   const data = await loadPlacements(port, today);                 // register, lists, prices, actuals
 *   const proj = projectWorkbook(data, 2026, '2026-10-31');         // figures (core only)
 *   await writePlacementsSheet(port, data, proj);                   // the sheet "Placeringar"
 *   const placementsOf = await placementsFor(port, '2026-10');      // the forecast's feed
 */
export * from './cost';
export * from './lists';
export * from './register';
export * from './projection';
export * from './sheet';
export * from './workbook';
export * from './draft';
