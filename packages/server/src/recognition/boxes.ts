import type { FieldBox, TextItem, TextLine } from './types';

/**
 * Boxes of recognised values, for highlighting. Item positions are baselines (pdf.js) or line
 * bottoms (OCR) with the font height, so a box reaches from y - height to y.
 */

const round = (n: number): number => Math.round(n * 10) / 10;

export function boxOf(items: TextItem[]): FieldBox | undefined {
  const first = items[0];
  if (!first) return undefined;
  const same = items.filter((i) => i.page === first.page);
  const left = Math.min(...same.map((i) => i.x));
  const right = Math.max(...same.map((i) => i.x + i.width));
  const top = Math.min(...same.map((i) => i.y - (i.height || 10)));
  const bottom = Math.max(...same.map((i) => i.y));
  return {
    page: first.page,
    x: round(left),
    y: round(top),
    width: round(right - left),
    height: round(bottom - top),
  };
}

/**
 * The box of the value in `line` at or after character offset `from`: the shortest run of items
 * whose text satisfies `matches` (a value may be split over items: "1 234,56" "€"). The first item
 * is cut where `from` falls inside it, in proportion to its characters (labels share items with
 * their values: "Facture n° F-42").
 */
export function locate(
  line: TextLine,
  from: number,
  matches: (text: string) => boolean,
): FieldBox | undefined {
  const start = line.offsets.findIndex(
    (o, i) => o + (line.items[i]?.text.trim().length ?? 0) > from,
  );
  if (start < 0) return undefined;
  // Shortest run first, leftmost first.
  for (let size = 1; size <= 6; size++) {
    for (let i = start; i + size <= line.items.length; i++) {
      const run = line.items.slice(i, i + size);
      const cut = i === start ? Math.max(0, from - (line.offsets[i] ?? 0)) : 0;
      const text = run.map((it, k) => (k === 0 ? it.text.trim().slice(cut) : it.text.trim()));
      if (!matches(text.join(' '))) continue;
      const firstItem = run[0] as TextItem;
      const chars = firstItem.text.trim().length;
      if (cut > 0 && chars > 0) {
        const shift = (firstItem.width * cut) / chars;
        run[0] = { ...firstItem, x: firstItem.x + shift, width: firstItem.width - shift };
      }
      return boxOf(run);
    }
  }
  return undefined;
}

/** Box of a value whose text (spaces ignored, case ignored) is printed somewhere on the line. */
export function locateText(line: TextLine, value: string): FieldBox | undefined {
  const want = value.replace(/\s/g, '').toUpperCase();
  return locate(line, 0, (t) => t.replace(/\s/g, '').toUpperCase().includes(want));
}

/** Box of the items of a line that hold characters start..end of its text. */
export function boxOfSpan(line: TextLine, start: number, end: number): FieldBox | undefined {
  const items = line.items.filter((item, i) => {
    const from = line.offsets[i] ?? 0;
    return from < end && from + item.text.trim().length > start;
  });
  return boxOf(items);
}
