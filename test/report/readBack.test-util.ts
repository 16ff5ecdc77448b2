/**
 * Reads written report sheets back through a port (values and formulas) into a Book for the formula evaluator,
 * and checks every formula cell: the independent evaluation equals core's figure (the cached result the xlsx
 * adapter stored, or — on the Excel fake — what the builder wrote as the result).
 */
import type { CellValue, Formula, SheetSpec, WorkbookPort } from '../../src/core/port';
import { isFormula } from '../../src/core/port';
import { parseRange } from '../../src/core/a1';
import { Evaluator, type Book } from './formulaEval.test-util';

export interface ReadSheet {
  values: Map<string, CellValue>;
  formulas: Map<string, string>;
}

const key = (row: number, col: number) => `${row}:${col}`;

export class ReadBook implements Book {
  readonly sheets = new Map<string, ReadSheet>();

  static async read(port: WorkbookPort, names: readonly string[]): Promise<ReadBook> {
    const b = new ReadBook();
    for (const name of names) {
      const r = await port.readRange(name, undefined, { formulas: true });
      const s: ReadSheet = { values: new Map(), formulas: new Map() };
      if (r.address) {
        const at = parseRange(r.address);
        r.values.forEach((row, i) =>
          row.forEach((v, j) => {
            const f = r.formulas?.[i]?.[j] ?? '';
            if (f && f.startsWith('=')) s.formulas.set(key(at.top + i, at.left + j), f);
            if (v !== null && v !== '') s.values.set(key(at.top + i, at.left + j), v);
          }),
        );
      }
      b.sheets.set(name.toLowerCase(), s);
    }
    return b;
  }

  private sheet(name: string): ReadSheet {
    const s = this.sheets.get(name.toLowerCase());
    if (!s) throw new Error(`sheet ${name} not read`);
    return s;
  }

  value(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet).values.get(key(row, col)) ?? null;
  }

  formula(sheet: string, row: number, col: number): string | null {
    return this.sheet(sheet).formulas.get(key(row, col)) ?? null;
  }

  /** Every formula cell: sheet, position, formula. */
  formulaCells(): { sheet: string; row: number; col: number; formula: string }[] {
    const out: { sheet: string; row: number; col: number; formula: string }[] = [];
    for (const [name, s] of this.sheets) {
      for (const [k, f] of s.formulas) {
        const [row, col] = k.split(':').map(Number);
        out.push({ sheet: name, row, col, formula: f });
      }
    }
    return out;
  }
}

/** The formulas the specs ask for, with core's results, by sheet and position. */
export function specFormulas(specs: readonly SheetSpec[]): Map<string, Formula> {
  const out = new Map<string, Formula>();
  for (const s of specs) {
    for (const b of s.blocks) {
      const at = parseRange(b.at);
      b.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (isFormula(v)) out.set(`${s.name.toLowerCase()}|${at.top + i}:${at.left + j}`, v);
        }),
      );
    }
  }
  return out;
}

/** Numbers agree: money to the öre and ratios to 1e-9 relative (kronor sums carry binary noise). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/**
 * Evaluates every formula written and compares it with core's result. Returns the number of cells checked and the
 * mismatches (empty when all agree). Also checks that the workbook holds exactly the formulas the specs asked for.
 */
export function checkAllFormulas(book: ReadBook, specs: readonly SheetSpec[]): { checked: number; mismatches: string[]; functions: Set<string> } {
  const wanted = specFormulas(specs);
  const ev = new Evaluator(book);
  const mismatches: string[] = [];
  let checked = 0;
  const seen = new Set<string>();
  for (const c of book.formulaCells()) {
    const k = `${c.sheet}|${c.row}:${c.col}`;
    seen.add(k);
    const w = wanted.get(k);
    if (!w) {
      mismatches.push(`${k}: formula ${c.formula} not asked for`);
      continue;
    }
    if (w.formula !== c.formula) mismatches.push(`${k}: ${c.formula} ≠ ${w.formula}`);
    const v = ev.cell(c.sheet, c.row, c.col);
    if (!same(v, w.result)) mismatches.push(`${k}: ${c.formula} = ${String(v)}, core ${String(w.result)}`);
    checked++;
  }
  for (const k of wanted.keys()) if (!seen.has(k)) mismatches.push(`${k}: formula missing in the workbook`);
  return { checked, mismatches, functions: ev.functions };
}
