import type { TextItem, TextLine } from './types';

/**
 * Groups items into visual lines: items whose baselines are within a third of their height share a
 * line. PDFs emit text in drawing order, not reading order, so sorting by position is needed.
 */
export function toLines(items: TextItem[]): TextLine[] {
  const sorted = items
    .filter((i) => i.text.trim() !== '')
    .sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const lines: TextItem[][] = [];
  let current: TextItem[] = [];
  let lineY = Number.NEGATIVE_INFINITY;
  let linePage = -1;
  for (const item of sorted) {
    const tolerance = Math.max(2, Math.min(item.height || 10, 12) / 3);
    if (item.page !== linePage || Math.abs(item.y - lineY) > tolerance) {
      if (current.length > 0) lines.push(current);
      current = [];
      lineY = item.y;
      linePage = item.page;
    }
    current.push(item);
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => {
    const ordered = [...line].sort((a, b) => a.x - b.x);
    const offsets: number[] = [];
    let text = '';
    for (const item of ordered) {
      if (text !== '') text += ' ';
      offsets.push(text.length);
      text += item.text.trim();
    }
    const first = ordered[0] as TextItem;
    return { page: first.page, y: first.y, items: ordered, text, offsets };
  });
}

/** The x position of the character at `offset` in a line (item start, good enough for columns). */
export function xAt(line: TextLine, offset: number): number {
  let x = line.items[0]?.x ?? 0;
  line.offsets.forEach((start, i) => {
    if (start <= offset) x = line.items[i]?.x ?? x;
  });
  return x;
}
