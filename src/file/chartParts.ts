/**
 * DrawingML charts, written by this adapter because ExcelJS cannot write charts (and drops charts it reads).
 * One chart part per ChartSpec and one drawing part per sheet holding the charts' anchors.
 * The series reference the sheet's cells, so Excel and LibreOffice redraw them from the data; a value cache
 * of the numbers known at save time is included for readers that do not recalculate.
 */
import { cellAddress, parseRange, type RangeRef } from '../core/a1';
import type { ChartSpec } from '../core/port';
import { escapeAttr, escapeText } from './xml';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};

export const REL_TYPE = {
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
};

/** Office's default series colours. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];

/** Values known at save time, for the chart's caches. */
export interface ChartData {
  categories: string[];
  series: (number | null)[][];
}

function absRef(sheet: string, r: RangeRef): string {
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const tl = abs(r.top, r.left);
  const br = abs(r.top + r.rows - 1, r.left + r.cols - 1);
  return `'${sheet.replace(/'/g, "''")}'!${tl === br ? tl : `${tl}:${br}`}`;
}

/** A range of the sheet as an absolute reference for a chart series, the sheet name always quoted. */
export function seriesFormula(sheet: string, address: string): string {
  return absRef(sheet, parseRange(address));
}

function richText(text: string, opts: { size: number; bold: boolean; rotate?: boolean }): string {
  const body = opts.rotate ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const rpr = `sz="${opts.size * 100}" b="${opts.bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr ${rpr}/></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" ${rpr}/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number, rotate = false): string {
  return `<c:title>${richText(text, { size, bold: !rotate, rotate })}<c:overlay val="0"/></c:title>`;
}

function strCache(values: string[]): string {
  return (
    `<c:strCache><c:ptCount val="${values.length}"/>` +
    values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('') +
    '</c:strCache>'
  );
}

function numCache(values: (number | null)[]): string {
  let pts = '';
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) pts += `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;
  });
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesXml(spec: ChartSpec, sheet: string, data: ChartData, i: number): string {
  const s = spec.series[i];
  const color = PALETTE[i % PALETTE.length];
  const isLine = spec.type === 'line';
  const spPr = isLine
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
  const afterSpPr = isLine
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : spec.type === 'area'
      ? ''
      : '<c:invertIfNegative val="0"/>';
  const cat = `<c:cat><c:strRef><c:f>${escapeText(seriesFormula(sheet, spec.categories))}</c:f>${strCache(data.categories)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeText(seriesFormula(sheet, s.values))}</c:f>${numCache(data.series[i] ?? [])}</c:numRef></c:val>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
    spPr +
    afterSpPr +
    cat +
    val +
    (isLine ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

/** The chart part (c:chartSpace) for one ChartSpec on the named sheet. */
export function renderChartXml(spec: ChartSpec, sheet: string, data: ChartData): string {
  const catAxId = 500000001;
  const valAxId = 500000002;
  const series = spec.series.map((_s, i) => seriesXml(spec, sheet, data, i)).join('');
  const axIds = `<c:axId val="${catAxId}"/><c:axId val="${valAxId}"/>`;
  let plot: string;
  const horizontal = spec.type === 'barClustered';
  switch (spec.type) {
    case 'columnClustered':
    case 'columnStacked':
    case 'barClustered': {
      const stacked = spec.type === 'columnStacked';
      plot =
        `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
        `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${stacked ? '<c:overlap val="100"/>' : ''}${axIds}</c:barChart>`;
      break;
    }
    case 'line':
      plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
      break;
    case 'area':
      plot = `<c:areaChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}${axIds}</c:areaChart>`;
      break;
  }
  const gridLine = '<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  const catAx =
    `<c:catAx><c:axId val="${catAxId}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${valAxId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    '<c:noMultiLvlLbl val="0"/></c:catAx>';
  const valFmt = spec.valueAxisFormat ?? 'General';
  const valAx =
    `<c:valAx><c:axId val="${valAxId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 't' : 'l'}"/>${gridLine}` +
    (spec.valueAxisTitle ? title(spec.valueAxisTitle, 10, !horizontal) : '') +
    `<c:numFmt formatCode="${escapeAttr(valFmt)}" sourceLinked="${spec.valueAxisFormat ? 0 : 1}"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${catAxId}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  const legendPos = spec.legend ?? 'bottom';
  const legend =
    legendPos === 'none' ? '' : `<c:legend><c:legendPos val="${legendPos === 'right' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:lang val="sv-SE"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    (spec.title ? title(spec.title, 14) + '<c:autoTitleDeleted val="0"/>' : '<c:autoTitleDeleted val="1"/>') +
    `<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** One chart's anchor in a drawing: it covers the cells from `from` to `to`, inclusive. */
export function renderChartAnchor(spec: ChartSpec, relId: string, shapeId: number): string {
  const from = parseRange(spec.from);
  const to = parseRange(spec.to);
  const top = Math.min(from.top, to.top);
  const left = Math.min(from.left, to.left);
  const bottom = Math.max(from.top + from.rows, to.top + to.rows);
  const right = Math.max(from.left + from.cols, to.left + to.cols);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', left, top) +
    marker('to', right, bottom) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttr(spec.name)}" descr="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** A new drawing part holding the given anchors. */
export function renderDrawingXml(anchors: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`
  );
}

/** Adds anchors to an existing drawing part (e.g. ExcelJS's drawing of images), declaring namespaces it may lack. */
export function appendToDrawingXml(xml: string, anchors: string[], namespaces: Record<string, string> = {}): string {
  let selfClosing = false;
  let out = xml.replace(/<xdr:wsDr\b([^>]*?)(\/?)>/, (_tag, a: string, close: string) => {
    let extra = '';
    const wanted: Record<string, string> = { ...namespaces, 'xmlns:a': NS.a, 'xmlns:r': NS.r };
    for (const [k, v] of Object.entries(wanted)) if (!new RegExp(`${k}=`).test(a + extra)) extra += ` ${k}="${escapeAttr(v)}"`;
    selfClosing = close === '/';
    return `<xdr:wsDr${a}${extra}>` + (selfClosing ? anchors.join('') + '</xdr:wsDr>' : '');
  });
  if (!selfClosing) {
    const end = out.lastIndexOf('</xdr:wsDr>');
    out = out.slice(0, end) + anchors.join('') + out.slice(end);
  }
  return out;
}

/** Names of the charts (graphic frames) in a drawing part. */
export function chartNamesInDrawing(xml: string): string[] {
  const out: string[] = [];
  const re = /<xdr:graphicFrame\b[\s\S]*?<\/xdr:graphicFrame>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    if (!m[0].includes(NS.c)) continue;
    const name = /<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(m[0]);
    if (name) out.push(name[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  return out;
}
