/**
 * Text front-end, step 2: delimited text → rows of fields, in streaming mode.
 *
 * A hand-written scanner (RFC 4180 plus what real exports do): `;` `,` tab `|` delimiters, fields in double
 * quotes with doubled quotes and line breaks inside, CRLF / LF / CR line ends. Lines without a quote take a
 * fast path (indexOf + split). A quote that never closes, or text after a closing quote, is refused with the
 * row where the field began. Every record carries the 1-based line number where it starts in the file.
 */
import { UserError } from '../errors';

export type Delimiter = ';' | ',' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [';', '\t', ',', '|'];

/** Name of a delimiter as shown in the reconciliation. */
export function delimiterName(d: Delimiter): string {
  return d === '\t' ? 'tab' : d;
}

/** Counts the delimiter outside double quotes in one line (quotes spanning lines are ignored for detection). */
function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQ = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQ = !inQ;
    else if (c === d && !inQ) n++;
  }
  return n;
}

/**
 * Picks the delimiter from a sample of the text: the candidate whose count per line is most consistent
 * (the same non-zero count on most lines), so a title block above the header does not mislead it.
 * Returns null when no candidate appears at all (a single-column file).
 */
export function detectDelimiter(sample: string): Delimiter | null {
  const lines = sample.split(/\r\n|\n|\r/).slice(0, 200);
  if (lines.length > 1 && !/[\r\n]$/.test(sample)) lines.pop(); // last line may be cut
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  let best: { d: Delimiter; score: number; mode: number } | null = null;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const l of nonEmpty) {
      const c = countOutsideQuotes(l, d);
      if (c > 0) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let mode = 0;
    let freq = 0;
    for (const [c, f] of counts) if (f > freq || (f === freq && c > mode)) [mode, freq] = [c, f];
    if (mode === 0) continue;
    const score = freq * 1000 + mode;
    if (!best || score > best.score) best = { d, score, mode };
  }
  return best ? best.d : null;
}

export interface CsvParserOptions {
  /** File name for messages. */
  fileName: string;
  /** Longest quoted field accepted (characters); a longer one means a quote that never closes. */
  maxQuotedChars?: number;
}

/** Receives each record: its fields and the 1-based line where it starts. */
export type RecordSink = (fields: string[], line: number) => void;

/**
 * Optional fast consumer of whole physical lines: text[start, end) without the line break. `quoted` tells
 * that the line holds a double quote. Returning true consumes the line; false hands it to the normal path
 * (fields split and unquoted, then the RecordSink). A handler must not consume a line whose record continues
 * on the next line (an unclosed quote).
 */
export type LineHandler = (text: string, start: number, end: number, line: number, quoted: boolean) => boolean;

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private readonly d: string;
  private readonly dCode: number;
  private readonly fileName: string;
  private readonly maxQuoted: number;
  /** Text not yet consumed (a partial record). */
  private rest = '';
  /** Line number of the first line in `rest`. */
  private line = 1;
  private crOnly: boolean | null = null;
  private ended = false;
  /** Physical lines consumed so far. */
  get linesRead(): number {
    return this.line - 1;
  }
  /** See LineHandler; may be set or cleared between pushes. */
  lineHandler: LineHandler | null = null;

  constructor(delimiter: Delimiter, opts: CsvParserOptions) {
    this.d = delimiter;
    this.dCode = delimiter.charCodeAt(0);
    this.fileName = opts.fileName;
    this.maxQuoted = opts.maxQuotedChars ?? 1_000_000;
  }

  /** Parses as many complete records as the text allows; keeps the tail for the next push. */
  push(text: string, sink: RecordSink): void {
    if (this.ended) throw new Error('CsvParser: push efter end');
    if (text.length === 0) return;
    if (this.crOnly === null) {
      // Old Mac line ends: the first line end is a CR not followed by LF.
      const lf = text.indexOf('\n');
      const cr = text.indexOf('\r');
      if (lf >= 0 && (cr < 0 || lf < cr)) this.crOnly = false;
      else if (cr >= 0 && cr + 1 < text.length) this.crOnly = text.charCodeAt(cr + 1) !== LF;
    }
    if (this.crOnly) text = (this.rest + text).replace(/\r/g, '\n');
    else if (this.rest.length) {
      // Complete the pending record with the head of the new text, then scan the rest of the text in place
      // (no copy of the whole chunk).
      const nl = text.indexOf('\n');
      if (nl < 0) {
        text = this.rest + text;
      } else {
        const head = this.rest + text.slice(0, nl + 1);
        this.rest = '';
        this.scan(head, 0, false, sink);
        if (this.rest.length) {
          // A quoted record goes on past the head: scan it together with the rest.
          text = this.rest + text.slice(nl + 1);
        } else {
          this.scan(text, nl + 1, false, sink);
          return;
        }
      }
    }
    this.rest = '';
    this.scan(text, 0, false, sink);
  }

  /** Parses the last record (without a final line break) and checks that no quote is left open. */
  end(sink: RecordSink): void {
    if (this.ended) return;
    this.ended = true;
    let buf = this.rest;
    this.rest = '';
    if (this.crOnly === null && /\r(?!\n)/.test(buf)) buf = buf.replace(/\r(?!\n)/g, '\n');
    if (buf.length) this.scan(buf, 0, true, sink);
  }

  private scan(buf: string, from: number, atEnd: boolean, sink: RecordSink): void {
    const d = this.d;
    const n = buf.length;
    let pos = from;
    let line = this.line;
    let nextQuote = buf.indexOf('"', from);
    if (nextQuote < 0) nextQuote = n;
    while (pos < n) {
      let nl = buf.indexOf('\n', pos);
      if (nl < 0) {
        if (!atEnd) break;
        nl = n;
      }
      const handler = this.lineHandler;
      if (handler !== null && (nl < n || atEnd)) {
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (handler(buf, pos, end, line, nextQuote < nl)) {
          line++;
          pos = nl + 1;
          if (nextQuote < pos) {
            nextQuote = buf.indexOf('"', pos);
            if (nextQuote < 0) nextQuote = n;
          }
          continue;
        }
      }
      if (nextQuote >= nl) {
        // Fast path: no quote on this line.
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        sink(buf.slice(pos, end).split(d), line);
        line++;
        pos = nl + 1;
        continue;
      }
      // Slow path: a quote somewhere on this line (the record may span several lines).
      const r = this.scanQuoted(buf, pos, atEnd, line);
      if (r === null) break; // needs more text
      sink(r.fields, line);
      line += r.lines;
      pos = r.next;
      if (nextQuote < pos) {
        nextQuote = buf.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = n;
      }
    }
    if (pos < n) {
      if (buf.length - pos > this.maxQuoted + 65536 && !atEnd) {
        throw new UserError('import.csv.lineTooLong', { file: this.fileName, row: line });
      }
      this.rest = buf.slice(pos);
    }
    this.line = line;
  }

  /** Scans one record that contains a quote. Returns null when the record continues past the buffer. */
  private scanQuoted(
    buf: string,
    start: number,
    atEnd: boolean,
    startLine: number,
  ): { fields: string[]; next: number; lines: number } | null {
    const n = buf.length;
    const fields: string[] = [];
    let i = start;
    let lines = 1;
    const dc = this.dCode;
    for (;;) {
      // Start of a field.
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let value = '';
        let segStart = j;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q < 0) {
            if (!atEnd) {
              if (n - i > this.maxQuoted) {
                throw new UserError('import.csv.unbalancedQuote', { file: this.fileName, row: startLine + countLf(buf, start, i) });
              }
              return null;
            }
            throw new UserError('import.csv.unbalancedQuote', { file: this.fileName, row: startLine + countLf(buf, start, i) });
          }
          if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(segStart, q + 1);
            j = q + 2;
            segStart = j;
            continue;
          }
          if (q + 1 >= n && !atEnd) return null; // could be a doubled quote cut by the chunk
          value += buf.slice(segStart, q);
          lines += countLf(buf, i, q);
          i = q + 1;
          break;
        }
        if (i - start > this.maxQuoted) {
          throw new UserError('import.csv.unbalancedQuote', { file: this.fileName, row: startLine });
        }
        fields.push(value);
        // After the closing quote: delimiter, line end or end of text.
        if (i >= n) {
          if (!atEnd) return null;
          return { fields, next: n, lines };
        }
        const c = buf.charCodeAt(i);
        if (c === dc) {
          i++;
          continue;
        }
        if (c === LF) return { fields, next: i + 1, lines };
        if (c === CR) {
          if (i + 1 < n && buf.charCodeAt(i + 1) === LF) return { fields, next: i + 2, lines };
          if (i + 1 >= n && !atEnd) return null;
          return { fields, next: i + 1, lines };
        }
        throw new UserError('import.csv.textAfterQuote', { file: this.fileName, row: startLine + lines - 1 });
      }
      // Unquoted field: up to the next delimiter or line end (a quote inside is taken literally).
      let j = i;
      while (j < n) {
        const c = buf.charCodeAt(j);
        if (c === dc || c === LF) break;
        j++;
      }
      if (j >= n && !atEnd) return null;
      let endField = j;
      if (endField > i && buf.charCodeAt(endField - 1) === CR && (j >= n || buf.charCodeAt(j) === LF)) endField--;
      fields.push(buf.slice(i, endField));
      if (j >= n) return { fields, next: n, lines };
      if (buf.charCodeAt(j) === LF) return { fields, next: j + 1, lines };
      i = j + 1; // delimiter
    }
  }
}

function countLf(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Parses a whole text (tests and small inputs). */
export function parseCsvText(text: string, delimiter: Delimiter, fileName = 'text'): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  const p = new CsvParser(delimiter, { fileName });
  const sink: RecordSink = (fields, line) => out.push({ fields, line });
  p.push(text, sink);
  p.end(sink);
  return out;
}

/** Quotes a field when it holds the delimiter, a quote, a line break or leading/trailing space. */
export function csvField(value: string, delimiter: Delimiter): string {
  if (value.includes('"') || value.includes(delimiter) || value.includes('\n') || value.includes('\r') || /^\s|\s$/.test(value)) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

/** Writes rows as delimited text with CRLF line ends (what Excel writes). */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: Delimiter, lineEnd = '\r\n'): string {
  return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join(lineEnd) + (rows.length ? lineEnd : '');
}
