import type { Block, GridCell } from '../../document/document-model';
import { textToDocument } from './text-to-document';

const tables = (blocks: Block[]): GridCell[][][] => blocks.flatMap((b) => (b.type === 'table' ? [b.grid] : []));
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
const cellTexts = (grid: GridCell[][]): string[][] => grid.map((r) => r.map((c) => c.text));

describe('textToDocument: Markdown pipe tables', () => {
  const md = [
    '# 某某局２０２４年政府信息公开工作年度报告',
    '',
    '## 二、主动公开政府信息情况',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '|---|---|---|---|',
    '| 规章 | ０ | ０ | ０ |',
    '| **行政规范性文件** | １２ | ３ | ４５ |',
  ].join('\n');
  const doc = textToDocument(md);

  it('turns headings into text blocks without their markers', () => {
    expect(doc.container).toBe('markdown');
    expect(texts(doc.blocks)).toEqual(['某某局２０２４年政府信息公开工作年度报告', '二、主动公开政府信息情况']);
  });

  it('keeps full-width digits as written, drops the delimiter row and inline markup, and names each line', () => {
    const [grid] = tables(doc.blocks);
    expect(cellTexts(grid ?? [])).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '０', '０', '０'],
      ['行政规范性文件', '１２', '３', '４５'],
    ]);
    expect(grid?.[2]?.[3]?.source).toEqual({ type: 'line', line: 7 });
  });

  it('keeps every cell after the label as written, an empty last cell included', () => {
    const d = textToDocument(
      ['| 项目 | a | b | 总计 |', '|---|---|---|---|', '| 一、本年新收 | 1 | 2 | 3 |  |', '| 四、结转 | 1 | 0 |  |'].join('\n'),
    );
    expect(cellTexts(tables(d.blocks)[0] ?? []).slice(1)).toEqual([
      ['一、本年新收', '1', '2', '3', ''],
      ['四、结转', '1', '0', ''],
    ]);
  });

  it('adds no placeholder where no clean header tells the width', () => {
    const d = textToDocument(['| 信息内容 |  | 本年废止件数 |  |', '|---|---|---|---|', '| 规章 | 22 | 235 |', '', '| 行政许可 | 97 |'].join('\n'));
    expect(tables(d.blocks).flatMap((g) => g.flat()).some((c) => c.missing !== undefined)).toBe(false);
  });

  it('reads a row of short dashes under data rows as n/a cells, and under the first row as the delimiter', () => {
    const d = textToDocument(['| 项目 | 维持 | 纠正 |', '| - | - |', '| - | - | - |', '| 行政复议 | 1 | 0 |', '| -- | -- | -- |'].join('\n'));
    expect(cellTexts(tables(d.blocks)[0] ?? [])).toEqual([['项目', '维持', '纠正'], ['-', '-', '-'], ['行政复议', '1', '0'], ['--', '--', '--']]);
  });

  it('keeps a lone dash line under a table as text', () => {
    expect(texts(textToDocument(['| 行政复议 | 1 |', '-'].join('\n')).blocks)).toEqual(['-']);
  });

  it('in a table that keeps its positions, reads empty cells before the figures as label cover and after them as blanks', () => {
    const d = textToDocument(
      ['| 项目 |  | a | b | 总计 |', '|---|---|---|---|---|', '| 三、办理结果 | （一）予以公开 | 1 | 2 | 3 |', '| 四、结转 |  | 1 | 0 |  |'].join('\n'),
    );
    expect(cellTexts(tables(d.blocks)[0] ?? []).slice(1)).toEqual([
      ['三、办理结果', '（一）予以公开', '1', '2', '3'],
      ['四、结转', '1', '0', ''],
    ]);
  });

  it('leaves out the empty positions a spanning cell covers', () => {
    const d = textToDocument(
      [
        '| 信息内容 | 上一年项目数量 | 本年增/减 |  | 处理决定数量 |',
        '|---|---|---|---|---|',
        '| 行政许可 | 0 |  | 3 | 5 |',
        '| 行政处罚 | 1 |  | 4 | 6 |',
      ].join('\n'),
    );
    expect(cellTexts(tables(d.blocks)[0] ?? []).slice(1)).toEqual([
      ['行政许可', '0', '3', '5'],
      ['行政处罚', '1', '4', '6'],
    ]);
  });

  it('reads tables without outer pipes', () => {
    const d = textToDocument(['信息内容 | 本年处理决定数量', '--- | ---', '行政许可 | 97', '', '正文'].join('\n'));
    expect(tables(d.blocks).map(cellTexts)).toEqual([[['信息内容', '本年处理决定数量'], ['行政许可', '97']]]);
    expect(texts(d.blocks)).toEqual(['正文']);
  });

  it('marks the inner cell a short row lost, keeping its first and last figures in their columns', () => {
    const d = textToDocument(['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '|---|---|---|---|', '| 规章 | 22 | 235 |'].join('\n'));
    const row = tables(d.blocks)[0]?.[1] ?? [];
    expect(row.map((c) => c.text)).toEqual(['规章', '22', '', '235']);
    expect(row.map((c) => c.missing !== undefined)).toEqual([false, false, true, false]);
  });

  it('drops page footers, even inside a table', () => {
    const d = textToDocument(['| 规章 | 1 |', '— 4 —', '| 行政规范性文件 | 2 |', '第 5 页'].join('\n'));
    expect(cellTexts(tables(d.blocks)[0] ?? [])).toEqual([['规章', '1'], ['行政规范性文件', '2']]);
    expect(texts(d.blocks)).toEqual([]);
  });
});

describe('textToDocument: tables broken by PDF extraction', () => {
  // Rows lose their wrapped labels to loose lines; a group label's pieces interleave with a row label's.
  const md = [
    '| 一、本年新收 | 5 | 0 | 5 |',
    '| 0 | 0 | 0 |',
    '|---|---|---|',
    '',
    '（二）部分公开（区分处理的，只',
    '计这一情形，不计其他情形）',
    '（四）无2.没有现成信息需要另',
    '法提供行制作',
    '| 1.本机关不掌握相关政府信息 | 3 | 0 | 3 |',
    '| 2 | 0 | 2 |',
  ].join('\n');
  const doc = textToDocument(md);
  const grid = tables(doc.blocks)[0] ?? [];

  it('joins the fragments into one table and gives unlabeled rows their loose labels in reading order', () => {
    expect(tables(doc.blocks)).toHaveLength(1);
    expect(cellTexts(grid)).toEqual([
      ['一、本年新收', '5', '0', '5'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0', '0', '0'],
      ['1.本机关不掌握相关政府信息', '3', '0', '3'],
      ['（四）无法提供'],
      ['2.没有现成信息需要另行制作', '2', '0', '2'],
    ]);
  });

  it('takes the label source from the loose line and the figures from the pipe row', () => {
    const row = grid[1] ?? [];
    expect(row[0]?.source).toEqual({ type: 'line', line: 5 });
    expect(row[1]?.source).toEqual({ type: 'line', line: 2 });
  });

  it('keeps two tables apart when a section title or another caption sits between them', () => {
    const byTitle = textToDocument(['| 规章 | 1 |', '3.收到和处理政府信息公开申请情况', '| 一、本年新收 | 5 |'].join('\n'));
    expect(tables(byTitle.blocks)).toHaveLength(2);
    const byCaption = textToDocument(['| 规章 | 1 |', '## 表三：收到和处理', '| 一、本年新收 | 5 |'].join('\n'));
    expect(tables(byCaption.blocks)).toHaveLength(2);
  });

  it('joins fragments across a repeated caption', () => {
    const d = textToDocument(['## 表三：申请情况', '| 项目 | 自然人 |', '|---|---|', '## 表三：申请情况', '| 一、本年新收 | 5 |', '## 表三：申请情况', '| 二、上年结转 | 1 |'].join('\n'));
    expect(tables(d.blocks).map(cellTexts)).toEqual([[['表三：申请情况'], ['项目', '自然人'], ['一、本年新收', '5'], ['二、上年结转', '1']]]);
  });

  it('takes a wrapped header back from the lines right above the table, up to a section heading or blank line', () => {
    const d = textToDocument(['三、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼', '结果结果其他尚未', '| 维持 | 纠正 |', '| 1 | 0 |'].join('\n'));
    expect(texts(d.blocks)).toEqual(['三、政府信息公开行政复议、行政诉讼情况']);
    expect(cellTexts(tables(d.blocks)[0] ?? [])).toEqual([['行政复议行政诉讼'], ['结果结果其他尚未'], ['维持', '纠正'], ['1', '0']]);
  });

  it('pairs nothing when loose labels and unlabeled rows do not match one to one', () => {
    const d = textToDocument(['| 一、本年新收 | 5 |', '| 0 |', '', '1.甲', '2.乙', '| 3.丙 | 1 |'].join('\n'));
    expect(cellTexts(tables(d.blocks)[0] ?? [])).toEqual([['一、本年新收', '5'], ['0'], ['3.丙', '1']]);
    expect(texts(d.blocks)).toEqual(['1.甲', '2.乙']);
  });
});

describe('textToDocument: HTML tables inside Markdown', () => {
  const md = [
    '## 三、收到和处理政府信息公开申请情况',
    '<table>',
    '<tr><td rowspan="2">项目</td><td colspan="2">申请人情况</td></tr>',
    '<tr><td>自然人</td><td>总计</td></tr>',
    '<tr><td>一、本年新收</td><td>5</td><td>5</td></tr>',
    '</table>',
    '',
    '## 四、政府信息公开行政复议、行政诉讼情况',
    '| 行政复议 | 1 |',
  ].join('\n');
  const doc = textToDocument(md);

  it('reads them with merged cells expanded, in document order, keeping the line numbers around them', () => {
    expect(doc.blocks.map((b) => b.type)).toEqual(['text', 'table', 'text', 'table']);
    const [html, pipe] = tables(doc.blocks);
    expect(cellTexts(html ?? [])).toEqual([
      ['项目', '申请人情况', '申请人情况'],
      ['项目', '自然人', '总计'],
      ['一、本年新收', '5', '5'],
    ]);
    expect(html?.[2]?.[1]?.source).toEqual({ type: 'table', table: 1, row: 3, cell: 2 });
    expect(pipe?.[0]?.[0]?.source).toEqual({ type: 'line', line: 9 });
  });
});

describe('textToDocument: tab-flattened tables', () => {
  // The seed's layout: merged label cells lost, values shifted by the number of label levels.
  const tsv = [
    '### 三、收到和处理政府信息公开申请情况',
    '\t\t自然人\t法人\t总计\t',
    '一、本年新收\t\t57\t0\t57\t',
    '三、本年度办理结果\t(一) 予以公开\t25\t0\t25\t',
    '\t(三) 不予公开\t1.属于国家秘密\t0\t0\t0',
    '3.其他\t\t3\t0\t3\t',
    '(七) 总计\t54\t0\t54\t\t',
  ].join('\n');
  const grid = tables(textToDocument(tsv).blocks)[0] ?? [];

  it('drops the empty cells among the labels, keeping the cells after the last label as written', () => {
    expect(cellTexts(grid).slice(1)).toEqual([
      ['一、本年新收', '', '57', '0', '57', ''],
      ['三、本年度办理结果', '(一) 予以公开', '25', '0', '25', ''],
      ['(三) 不予公开', '1.属于国家秘密', '0', '0', '0'],
      ['3.其他', '', '3', '0', '3', ''],
      ['(七) 总计', '54', '0', '54', '', ''],
    ]);
  });

  it('keeps header rows as written', () => {
    expect(cellTexts(grid)[0]).toEqual(['', '', '自然人', '法人', '总计', '']);
  });

  it('reads a row whose first figure is an empty cell as a blank value, not a shift', () => {
    const g = tables(textToDocument(['a\t1\t2\t3', 'b\t\t2\t3'].join('\n')).blocks)[0] ?? [];
    expect(cellTexts(g)).toEqual([['a', '1', '2', '3'], ['b', '', '2', '3']]);
  });

  it('keeps the blank cells of rows narrower or wider than most, for the reader to fit per row', () => {
    const g = tables(textToDocument(['规章\t0\t\t', '行政许可\t97\t\t', '行政处罚\t5\t\t', '行政强制\t6\t\t'].join('\n')).blocks)[0] ?? [];
    expect(cellTexts(g)[0]).toEqual(['规章', '0', '', '']);
  });

  it('does not take a tab-indented paragraph, or a heading with a stray tab, for a table', () => {
    const d = textToDocument('\t一、总体情况\n\n二、主动公开政府信息情况\t\n');
    expect(tables(d.blocks)).toEqual([]);
    expect(texts(d.blocks)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
    expect(d.container).toBe('text');
  });
});

describe('textToDocument: space-aligned tables', () => {
  it('reads columns separated by runs of spaces, with the header next to them', () => {
    const txt = [
      '二、主动公开政府信息情况',
      '信息内容        本年制发件数  本年废止件数  现行有效件数',
      '规章            0             0             0',
      '行政规范性文件  6             1             32',
    ].join('\n');
    const d = textToDocument(txt);
    expect(texts(d.blocks)).toEqual(['二、主动公开政府信息情况']);
    expect(cellTexts(tables(d.blocks)[0] ?? [])).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '6', '1', '32'],
    ]);
  });

  it('puts figures under their columns by position, so an empty column is a blank cell, not a shift', () => {
    const txt = [
      '信息内容          本年制发件数    本年废止件数    现行有效件数',
      '规章                   0                               3',
      '行政规范性文件         6               1              32',
      '其他文件                               ２',
    ].join('\n');
    expect(cellTexts(tables(textToDocument(txt).blocks)[0] ?? [])).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '', '3'],
      ['行政规范性文件', '6', '1', '32'],
      ['其他文件', '', '２', ''],
    ]);
  });

  it('reads a short label followed by figures after single spaces, but not a prose line that ends in a number', () => {
    const txt = [
      '信息内容本年处理决定数量',
      '行政许可 97',
      '全年收到政府信息公开申请的情况较去年有所增加，合计',
      '全年收到申请 34',
      '件，较上年增长百分之十左右，主要集中在规划领域。',
    ].join('\n');
    const d = textToDocument(txt);
    expect(tables(d.blocks).map(cellTexts)).toEqual([[['行政许可', '97']]]);
    expect(texts(d.blocks)).toContain('全年收到申请 34');
  });
});

describe('textToDocument: robustness', () => {
  it('returns an empty document for empty input and keeps Windows line ends and a BOM out of the text', () => {
    expect(textToDocument('').blocks).toEqual([]);
    const d = textToDocument('\ufeff标题\r\n正文\r\n');
    expect(texts(d.blocks)).toEqual(['标题', '正文']);
  });

  it('reads a line far wider than any table as text instead of a row of a million cells', () => {
    const d = textToDocument('|'.repeat(1_000_000));
    expect(tables(d.blocks)).toEqual([]);
    expect(d.blocks).toHaveLength(1);
  });

  it('keeps a run of long space-aligned rows together as one table', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `某某某某某某某某某某某某项目${i}      ${i}      0`);
    expect(tables(textToDocument(rows.join('\n')).blocks).map((g) => g.length)).toEqual([5]);
  });

  it('takes time linear in the document: ten times the lines, about ten times the time', () => {
    const doc = (n: number): string => {
      const lines: string[] = [];
      for (let i = 0; i < 4 * n; i++) lines.push(`第${i}段：本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作。`);
      for (let i = 0; i < 3 * n; i++) lines.push(`| ${i}.某项 | ${i} | 0 | 0 | 0 | 0 | 0 | ${i} |`, `（${i}）某组`, `| 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
      return lines.join('\n');
    };
    const time = (text: string, times: number): number => {
      const start = performance.now();
      for (let i = 0; i < times; i++) textToDocument(text);
      return performance.now() - start;
    };
    const small = doc(10);
    const large = doc(100);
    time(small, 50);
    expect(time(large, 20) / time(small, 200)).toBeLessThan(3);
  });
});
