import type { SourceLocation } from '@nianbao/report';

/**
 * Every container (text, Markdown, HTML, Word, Excel, PDF) is read into this one model, so that the
 * recognition of sections and tables is written once.
 */
export interface GridCell {
  /** The cell's text, whitespace-collapsed but otherwise as written (normalisation happens later). */
  text: string;
  source: SourceLocation;
  /** True where this position is covered by a merged cell whose master sits above or to the left. */
  merged?: boolean;
  /**
   * Set by a container on an empty placeholder standing for a cell the source lost (e.g. a PDF-to-text
   * extraction dropped it): why, in zh-CN. Read the cell as blank and report this on the cell's key.
   */
  missing?: string;
}

/** A table with merged cells expanded: a merged cell's text appears in every position it covers. */
export type Grid = GridCell[][];

export type Block =
  | { type: 'text'; text: string; source: SourceLocation }
  | { type: 'table'; grid: Grid; source: SourceLocation };

export interface DocumentModel {
  container: Container;
  /** The text encoding the bytes were decoded from (utf-8, gb18030, utf-16le, utf-16be), where text. */
  encoding?: string;
  blocks: Block[];
}

export type Container = 'text' | 'markdown' | 'html' | 'docx' | 'xlsx' | 'pdf';
