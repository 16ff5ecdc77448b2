import { XMLValidator } from 'fast-xml-parser';
import type { ChartSpec, ChartType } from '../core/port';
import { appendToDrawingXml, chartNamesInDrawing, renderChartAnchor, renderChartXml, renderDrawingXml, seriesFormula } from './chartParts';

function spec(type: ChartType, extra: Partial<ChartSpec> = {}): ChartSpec {
  return {
    name: 'Diagram <1>',
    type,
    title: 'Budget & utfall',
    categories: 'A4:A6',
    series: [
      { name: 'Budget', values: 'B4:B6' },
      { name: 'Utfall "netto"', values: 'C4:C6' },
    ],
    from: 'F2',
    to: 'M16',
    ...extra,
  };
}

const DATA = { categories: ['0610', '0620', '0630'], series: [[1, 2.5, null], [3, 4, 5]] };

describe('chart parts', () => {
  it.each<[ChartType, string[]]>([
    ['columnClustered', ['<c:barChart>', '<c:barDir val="col"/>', '<c:grouping val="clustered"/>']],
    ['columnStacked', ['<c:barDir val="col"/>', '<c:grouping val="stacked"/>', '<c:overlap val="100"/>']],
    ['barClustered', ['<c:barDir val="bar"/>', '<c:axPos val="l"/>']],
    ['line', ['<c:lineChart>', '<c:smooth val="0"/>']],
    ['area', ['<c:areaChart>']],
  ])('renders a well-formed %s chart', (type, expected) => {
    const xml = renderChartXml(spec(type, { valueAxisFormat: '#,##0 "kr"', valueAxisTitle: 'Kronor' }), "Kim's blad", DATA);
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const e of expected) expect(xml).toContain(e);
    expect(xml).toContain('<a:t>Budget &amp; utfall</a:t>');
    expect(xml).toContain('<c:tx><c:v>Utfall "netto"</c:v></c:tx>');
    expect(xml).toContain("<c:f>'Kim''s blad'!$A$4:$A$6</c:f>");
    expect(xml).toContain("<c:f>'Kim''s blad'!$C$4:$C$6</c:f>");
    expect(xml).toContain('<c:numFmt formatCode="#,##0 &quot;kr&quot;" sourceLinked="0"/>');
    expect(xml).toContain('<a:t>Kronor</a:t>');
    // The cache holds known numbers only; ptCount keeps the length.
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2.5</c:v></c:pt></c:numCache>');
    expect(xml).toContain('<c:pt idx="1"><c:v>0620</c:v></c:pt>');
    expect(xml).toContain('<c:legendPos val="b"/>');
  });

  it('places the legend or leaves it out', () => {
    expect(renderChartXml(spec('line', { legend: 'right' }), 'A', DATA)).toContain('<c:legendPos val="r"/>');
    expect(renderChartXml(spec('line', { legend: 'none' }), 'A', DATA)).not.toContain('<c:legend>');
  });

  it('anchors the chart over the cells from `from` to `to` inclusive', () => {
    const a = renderChartAnchor(spec('line'), 'rId5', 3);
    expect(a).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(a).toContain('<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row>');
    expect(a).toContain('r:id="rId5"');
    const drawing = renderDrawingXml([a]);
    expect(XMLValidator.validate(drawing)).toBe(true);
    expect(chartNamesInDrawing(drawing)).toEqual(['Diagram <1>']);
  });

  it('adds anchors to an existing drawing', () => {
    const existing =
      '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor/></xdr:wsDr>';
    const out = appendToDrawingXml(existing, [renderChartAnchor(spec('area'), 'rId9', 2)]);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('xmlns:a=');
    expect(out.indexOf('<xdr:oneCellAnchor/>')).toBeLessThan(out.indexOf('<xdr:twoCellAnchor'));
    const empty = appendToDrawingXml('<xdr:wsDr xmlns:xdr="x"/>', ['<xdr:twoCellAnchor/>']);
    expect(empty).toBe('<xdr:wsDr xmlns:xdr="x" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><xdr:twoCellAnchor/></xdr:wsDr>');
  });

  it('quotes sheet names in series references', () => {
    expect(seriesFormula('Rapport', 'B4:B5')).toBe("'Rapport'!$B$4:$B$5");
    expect(seriesFormula('Avvikelse per enhet', 'C7')).toBe("'Avvikelse per enhet'!$C$7");
  });
});
