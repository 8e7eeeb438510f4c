import { boxOf, locate } from './boxes';
import { xAt } from './lines';
import type { FieldBox, TextLine } from './types';

export interface Candidate {
  value: string;
  confidence: number;
  line: number;
  box?: FieldBox;
}

/**
 * Finds values next to a label: first on the same line after the label, else just below it in the
 * same column (labels above values in boxes). `labels` are tried in order: earlier ones are more
 * specific and get a higher confidence.
 */
export function labelled(
  lines: TextLine[],
  labels: RegExp[],
  parse: (text: string) => string | undefined,
  options: { exclude?: RegExp; below?: boolean } = {},
): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    labels.forEach((label, rank) => {
      const m = label.exec(line.text);
      if (!m) return;
      // Only the label's own neighbourhood: the next column may hold another label.
      if (
        options.exclude?.test(line.text.slice(Math.max(0, m.index - 25), m.index + m[0].length))
      ) {
        return;
      }
      const base = 0.95 - rank * 0.04;
      const end = m.index + m[0].length;
      const same = parse(line.text.slice(end));
      if (same !== undefined) {
        const box = locate(line, end, (t) => parse(t) === same);
        out.push({ value: same, confidence: base, line: index, ...(box ? { box } : {}) });
        return;
      }
      if (options.below === false) return;
      // Below: the nearest item in the label's column on the next few lines.
      const x = xAt(line, m.index);
      for (const next of lines.slice(index + 1, index + 5)) {
        if (next.page !== line.page || next.y - line.y > 45) break;
        const near = next.items
          .filter((i) => Math.abs(i.x - x) <= 60)
          .sort((a, b) => Math.abs(a.x - x) - Math.abs(b.x - x))[0];
        const v = near ? parse(near.text) : undefined;
        if (v !== undefined && near) {
          const box = boxOf([near]);
          out.push({ value: v, confidence: base - 0.15, line: index, ...(box ? { box } : {}) });
          return;
        }
      }
    });
  });
  return out;
}

/** The best candidate: highest confidence, then the latest on the page (totals sit at the end). */
export function best(candidates: Candidate[], preferLast = false): Candidate | undefined {
  return [...candidates].sort(
    (a, b) => b.confidence - a.confidence || (preferLast ? b.line - a.line : a.line - b.line),
  )[0];
}
