import { APPLICATION_ROWS_2021 } from '@nianbao/report';
import { normalizeLabel } from '../../normalize/text';
import { cellShape } from './cell-shape';
import { firstValueIndex } from './row-shape';
import type { Row, RowCell } from './text-lines';

/** A text line found between the fragments of one broken table. */
export interface LooseLine {
  line: number;
  text: string;
}

/** A row label rebuilt from loose lines: an enumerated start ("5.属于…", "（二）部分公开…") and its wrapped continuations. */
interface LabelItem {
  pieces: LooseLine[];
  group: boolean;
}

const ENUMERATOR = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
// PDF extraction puts two cells of one visual line on one text line: "（四）无2.没有现成信息需要另".
const INNER_ENUMERATOR = /(?<=[\u4e00-\u9fff）)])(?=\d{1,2}[.．](?!\d))/;

// The enumerators of the group labels of table 三 ("三、", "（三）" … "（六）"): these head rows, they are not rows.
const GROUP_ENUMERATORS = new Set(
  APPLICATION_ROWS_2021.flatMap((r) => (r.group ? [enumeratorOf(r.group)] : [])).filter((e): e is string => e !== null),
);

const GROUP_LABELS = [...new Set(APPLICATION_ROWS_2021.flatMap((r) => (r.group ? [normalizeLabel(r.group)] : [])))];

/**
 * Where a group label and a row label share a visual line, extraction interleaves their pieces
 * ("（四）无", "2.没有现成信息需要另", "法提供行制作"): the longest start of a piece that continues the
 * last open group label towards an official group label ("（四）无" + "法提供" = （四）无法提供) belongs to
 * the group; the rest of the piece continues the row label.
 */
function completeGroup(group: LabelItem | undefined, piece: string): { group?: LabelItem; taken: number } {
  if (!group) return { taken: 0 };
  const sofar = group.pieces.map((p) => p.text).join('');
  if (GROUP_LABELS.includes(normalizeLabel(sofar))) return { taken: 0 };
  // Normalising keeps the length of label text without spaces, so prefixes of the piece map one to one.
  const normSofar = normalizeLabel(sofar);
  const normPiece = normalizeLabel(piece);
  if (normPiece.length !== piece.length) return { taken: 0 };
  for (let n = piece.length; n > 0; n--) {
    const joined = normSofar + normPiece.slice(0, n);
    if (GROUP_LABELS.some((g) => g.startsWith(joined))) return { group, taken: n };
  }
  return { taken: 0 };
}

function enumeratorOf(text: string): string | null {
  const m = ENUMERATOR.exec(text);
  return m ? normalizeLabel(m[0]).replace(/[.．、]$/, '.') : null;
}

function startsWithEnumerator(text: string): boolean {
  return ENUMERATOR.test(text);
}

/** Joins loose lines into label items; lines that belong to no item (a stray figure, a fragment before any start) are returned apart. */
function labelItems(loose: LooseLine[]): { items: LabelItem[]; rest: LooseLine[] } {
  const items: LabelItem[] = [];
  const rest: LooseLine[] = [];
  let lastGroup: LabelItem | undefined;
  for (const l of loose) {
    if (cellShape(l.text) !== 'label') {
      rest.push(l);
      continue;
    }
    for (const text of l.text.split(INNER_ENUMERATOR)) {
      if (startsWithEnumerator(text)) {
        const item = { pieces: [{ line: l.line, text }], group: GROUP_ENUMERATORS.has(enumeratorOf(text) ?? '') };
        items.push(item);
        if (item.group) lastGroup = item;
        continue;
      }
      const { group, taken } = completeGroup(lastGroup, text);
      if (group && taken > 0) group.pieces.push({ line: l.line, text: text.slice(0, taken) });
      const left = text.slice(taken);
      if (left === '') continue;
      const owner = items[items.length - 1];
      if (owner) owner.pieces.push({ line: l.line, text: left });
      else rest.push({ line: l.line, text: left });
    }
  }
  return { items, rest };
}

function labelCells(row: Row): RowCell[] {
  return row.cells.slice(0, firstValueIndex(row)).filter((c) => cellShape(c.text) !== 'empty');
}

/**
 * A group label (（六）其他处理) is put back as a label-only row before the row labelled by the next
 * row label in reading order, so that a reader tracking the open group sees it before its items
 * ("3.其他" means （六）3 only under （六）).
 */
function groupRowsBefore(items: LabelItem[], rowOf: Map<LabelItem, Row>): { before: Map<Row, Row[]>; placed: Set<number> } {
  const before = new Map<Row, Row[]>();
  const placed = new Set<number>();
  // Walking backwards keeps the next placed row label at hand for each group.
  let target: Row | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as LabelItem;
    if (!item.group) {
      target = rowOf.get(item) ?? target;
      continue;
    }
    if (!target) continue;
    const first = item.pieces[0] as LooseLine;
    const groupRow: Row = { line: first.line, header: false, cells: [{ text: item.pieces.map((p) => p.text).join(''), line: first.line }] };
    before.set(target, [groupRow, ...(before.get(target) ?? [])]);
    for (const p of item.pieces) placed.add(p.line);
  }
  return { before, placed };
}

/**
 * The label of an unlabeled row is the item's text; a row that kept a fragment of its label gets the
 * item's first line before the fragment and the item's wrapped rest after it, which restores the
 * reading order of the wrapped cell ("1.申请人无正当理由逾期不补正、" | "行政机关不再处理其政府信息公" | "开申请").
 */
function labelledCells(row: Row, item: LabelItem): RowCell[] {
  const [first, ...rest] = item.pieces as [LooseLine, ...LooseLine[]];
  const cell = (pieces: LooseLine[]): RowCell => ({ text: pieces.map((p) => p.text).join(''), line: (pieces[0] as LooseLine).line });
  if (labelCells(row).length === 0) return [cell(item.pieces), ...row.cells];
  const start = firstValueIndex(row);
  const tail = rest.length > 0 ? [cell(rest)] : [];
  return [cell([first]), ...labelCells(row), ...tail, ...row.cells.slice(start)];
}

/**
 * Gives the rows of a broken table the labels that extraction moved onto loose lines.
 *
 * PDF-to-Markdown extraction keeps a row's figures in a pipe row but moves a label that wrapped inside
 * its cell out of the table, as loose lines near the row; the row is left unlabeled, or keeps only a
 * fragment of its label. Both the pipe rows and the loose lines come out in reading order, so the n-th
 * loose row label belongs to the n-th row that lacks one. That pairing is made only when the counts
 * agree exactly (otherwise nothing is paired and the loose lines stay text): first the rows without any
 * label; failing that, those plus the rows whose label is a fragment without an enumerator.
 * Group labels (（三）不予公开 …) head rows but are not rows, so they take part in no pairing.
 *
 * This is what settles which unlabeled row is which when a table is ambiguous on its face: in the
 * 上海市科委 2024 table 三 the unlabeled rows "1" and "4" both sit among loose labels
 * "5.属于三类内部事务信息" and "1.本机关不掌握相关政府信息"; in reading order the first unlabeled row
 * takes 5.属于三类内部事务信息 (it also sits between rows 4. and 6. of （三）) and the second takes
 * 1.本机关不掌握相关政府信息 — the prose (不予公开 2 件, 无法提供 10 件) agrees.
 */
export function attachLooseLabels(rows: Row[], loose: LooseLine[]): { rows: Row[]; unused: LooseLine[] } {
  const { items, rest } = labelItems(loose);
  const leaves = items.filter((i) => !i.group);
  const data = rows.filter((r) => firstValueIndex(r) !== -1);
  const unlabeled = data.filter((r) => labelCells(r).length === 0);
  const fragmentLabeled = data.filter((r) => {
    const labels = labelCells(r);
    return labels.length > 0 && !labels.some((c) => startsWithEnumerator(c.text));
  });
  let targets: Row[] | null = null;
  if (leaves.length === unlabeled.length) targets = unlabeled;
  else if (leaves.length === unlabeled.length + fragmentLabeled.length) {
    const needing = new Set([...unlabeled, ...fragmentLabeled]);
    targets = data.filter((r) => needing.has(r));
  }
  if (!targets || leaves.length === 0) return { rows, unused: loose };

  const labelFor = new Map<Row, LabelItem>(targets.map((r, i) => [r, leaves[i] as LabelItem]));
  const rowOf = new Map<LabelItem, Row>(targets.map((r, i) => [leaves[i] as LabelItem, r]));
  const { before: groupBefore, placed } = groupRowsBefore(items, rowOf);
  const labelled = rows.flatMap((r) => {
    const item = labelFor.get(r);
    const row = item ? { ...r, cells: labelledCells(r, item) } : r;
    return [...(groupBefore.get(r) ?? []), row];
  });
  const used = new Set([...leaves.flatMap((i) => i.pieces.map((p) => p.line)), ...placed]);
  // Stray lines are kept as text; so is a line shared by a placed label and an unplaced group.
  const kept = new Set([
    ...items.filter((i) => i.group && !i.pieces.every((p) => placed.has(p.line))).flatMap((i) => i.pieces.map((p) => p.line)),
    ...rest.map((p) => p.line),
  ]);
  const unused = loose.filter((l) => !used.has(l.line) || kept.has(l.line));
  return { rows: labelled, unused };
}
