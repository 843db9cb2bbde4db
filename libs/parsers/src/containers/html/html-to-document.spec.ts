import type { Block, Grid } from '../../document/document-model';
import { htmlToDocument } from './html-to-document';

const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
const grids = (blocks: Block[]): Grid[] => blocks.flatMap((b) => (b.type === 'table' ? [b.grid] : []));
const cellTexts = (grid: Grid): string[][] => grid.map((row) => row.map((c) => c.text));

describe('htmlToDocument', () => {
  it('reads paragraphs as text blocks in document order, tables between them', () => {
    const doc = htmlToDocument('<h1>标题</h1><p>第一段<span>接着</span></p><table><tr><td>a</td></tr></table><p>第二段</p>');
    expect(doc.container).toBe('html');
    expect(doc.blocks.map((b) => b.type)).toEqual(['text', 'text', 'table', 'text']);
    expect(texts(doc.blocks)).toEqual(['标题', '第一段接着', '第二段']);
  });

  it('expands rowspan and colspan, repeating the text and flagging covered positions', () => {
    const doc = htmlToDocument(`<table>
      <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>
      <tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr></table>`);
    const [grid] = grids(doc.blocks);
    expect(cellTexts(grid as Grid)).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '（一）予以公开', '5'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0'],
    ]);
    const g = grid as Grid;
    expect(g[0]?.[2]).toMatchObject({ merged: true, source: { type: 'table', table: 1, row: 1, cell: 2 } });
    expect(g[1]?.[0]).toMatchObject({ merged: true, source: { row: 1, cell: 1 } });
    expect(g[1]?.[3]).toEqual({ text: '0', source: { type: 'table', table: 1, row: 2, cell: 3 } });
  });

  it('reads Office markup: nbsp and <o:p> cells as empty, <br> inside a header as a space, entities decoded', () => {
    const doc = htmlToDocument(
      '<table><tr><td><p class=MsoNormal><span>结果<br>维持</span><o:p></o:p></p></td><td><o:p>&nbsp;</o:p></td><td>&#49;&#50;</td></tr></table>',
    );
    expect(cellTexts(grids(doc.blocks)[0] as Grid)).toEqual([['结果 维持', '', '12']]);
  });

  it('skips scripts, styles and the head, but reads the page title first', () => {
    const doc = htmlToDocument(
      '<html><head><title>某局2023年政府信息公开工作年度报告</title><style>p{}</style></head><body><script>var x="<p>no</p>";</script><p>正文</p></body></html>',
    );
    expect(texts(doc.blocks)).toEqual(['某局2023年政府信息公开工作年度报告', '正文']);
  });

  it('skips hidden elements (display:none, Word mso-hide, the hidden attribute)', () => {
    const doc = htmlToDocument(
      '<p>可见<span style="display: none">隐藏</span></p><p style="mso-hide:all">不显示</p><div hidden>也不显示</div><table><tr><td>1<span style="DISPLAY:NONE">9</span></td></tr></table>',
    );
    expect(texts(doc.blocks)).toEqual(['可见']);
    expect(cellTexts(grids(doc.blocks)[0] as Grid)).toEqual([['1']]);
  });

  it('reads a layout table that holds the data table as blocks, not as a grid', () => {
    const doc = htmlToDocument('<table><tr><td><p>一、总体情况</p><table><tr><td>1</td><td>2</td></tr></table></td></tr></table>');
    expect(texts(doc.blocks)).toEqual(['一、总体情况']);
    expect(grids(doc.blocks).map(cellTexts)).toEqual([[['1', '2']]]);
  });

  it('names the source line of each text block', () => {
    const doc = htmlToDocument('<p>a</p>\n\n<p>b</p>');
    expect(doc.blocks.map((b) => b.source)).toEqual([
      { type: 'line', line: 1 },
      { type: 'line', line: 3 },
    ]);
  });

  it('survives hostile markup within bounds: deep nesting, absurd spans, broken tags', () => {
    const deep = `${'<div><span>'.repeat(20_000)}深处${'</span></div>'.repeat(20_000)}`;
    const started = Date.now();
    const doc = htmlToDocument(`${deep}<table><tr><td colspan="999999" rowspan="999999">x</td></tr><tr><td>y</table><p>尾<b>未闭合`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(texts(doc.blocks)).toContain('深处');
    const [grid] = grids(doc.blocks);
    expect((grid as Grid)[0]?.length).toBe(64);
    expect((grid as Grid)[1]?.[64]?.text).toBe('y');
    expect(texts(doc.blocks)).toContain('尾未闭合');
  });

  it('bounds deeply nested tables too', () => {
    const started = Date.now();
    const doc = htmlToDocument(`${'<table><tr><td><div>'.repeat(30_000)}内容`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(texts(doc.blocks).join('')).toContain('内容');
  });

  it('returns an empty document for empty or non-HTML input', () => {
    expect(htmlToDocument('').blocks).toEqual([]);
    expect(htmlToDocument('<<<>>>').blocks.every((b) => b.type === 'text')).toBe(true);
  });
});
