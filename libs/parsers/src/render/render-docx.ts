import type { CanonicalReport } from '@nianbao/report';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { reportLayout, type LayoutBlock, type LayoutTable } from './layout';

/** A Word document in the official layout; merged table cells are real Word merges (gridSpan/vMerge). */
export async function renderDocx(report: CanonicalReport): Promise<Uint8Array> {
  const document = new Document({
    creator: 'nianbao',
    title: report.title ?? undefined,
    sections: [{ children: reportLayout(report).map(blockToDocx) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function blockToDocx(block: LayoutBlock): Paragraph | Table {
  switch (block.type) {
    case 'title':
      return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });
    case 'heading':
      return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 });
    case 'paragraph':
      return new Paragraph({ text: block.text });
    case 'table':
      return tableToDocx(block.table);
  }
}

function tableToDocx(table: LayoutTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: table.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                children: [new Paragraph({ text: cell.text, alignment: AlignmentType.CENTER })],
                columnSpan: cell.colspan,
                rowSpan: cell.rowspan,
              }),
          ),
        }),
    ),
  });
}
