/**
 * A minimal flowing layout over pdf-lib: a cursor that moves down the page, wraps text to a width,
 * draws tables whose header repeats on each new page, and breaks pages when space runs out.
 */
import { rgb } from 'pdf-lib';
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { Fonts } from '../pdfa';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
/** Longest text of one field rendered (characters); longer notes are cut in the rendering only. */
const MAX_TEXT = 6000;
const FOOTER = 36;
export const TEXT = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.38, 0.42);
export const ACCENT = rgb(0.0, 0.0, 0.57);
const RULE = rgb(0.78, 0.78, 0.82);
const SHADE = rgb(0.93, 0.94, 0.97);

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: ReturnType<typeof rgb>;
}

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

/** Removes what a PDF text operator cannot show: control characters, and tabs become spaces. */
export function clean(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    const control =
      code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? ' ' : ch;
  }
  return out;
}

export class Canvas {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  readonly left = MARGIN;
  readonly width = A4[0] - 2 * MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): boolean {
    if (this.y - height < FOOTER + 12) {
      this.newPage();
      return true;
    }
    return false;
  }

  font(style: TextStyle = {}): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  private readonly advance = new Map<string, number>();

  /**
   * Width of a text as the sum of its characters' advances, cached per character: measuring through
   * fontkit's full OpenType layout on every wrap candidate made rendering ten times slower, and
   * kerning is too small to change where a line breaks.
   */
  textWidth(s: string, style: TextStyle = {}): number {
    const font = this.font(style);
    const key = style.bold ? 'b' : 'r';
    let units = 0;
    for (const ch of s) {
      let w = this.advance.get(key + ch);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, 1000);
        this.advance.set(key + ch, w);
      }
      units += w;
    }
    return (units * (style.size ?? 8.5)) / 1000;
  }

  /**
   * Splits text into lines no wider than `width`, breaking on spaces, or inside a word too long.
   * Linear in the text's length (widths are summed, never re-measured), and a text longer than
   * MAX_TEXT is cut with an ellipsis: the rendering is for reading, the XML keeps every character.
   */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const out: string[] = [];
    const source = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
    const space = this.textWidth(' ', style);
    for (const para of source.split(/\r\n|\r|\n/)) {
      let line = '';
      let lineWidth = 0;
      for (const word of clean(para).split(/ +/)) {
        const w = this.textWidth(word, style);
        if (line === '' && w <= width) {
          line = word;
          lineWidth = w;
          continue;
        }
        if (line !== '' && lineWidth + space + w <= width) {
          line += ` ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line !== '') out.push(line);
        line = '';
        lineWidth = 0;
        for (const ch of word) {
          const cw = this.textWidth(ch, style);
          if (line !== '' && lineWidth + cw > width) {
            out.push(line);
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += cw;
        }
      }
      out.push(line);
    }
    return out;
  }

  /**
   * pdf-lib adds a font resource entry to the page on every drawText given a font; setting the font
   * only when it changes keeps one entry per font change instead of one per text.
   */
  private useFont(page: PDFPage, font: PDFFont): void {
    if (this.current.get(page) === font) return;
    page.setFont(font);
    this.current.set(page, font);
  }

  private readonly current = new Map<PDFPage, PDFFont>();

  draw(s: string, x: number, y: number, style: TextStyle = {}, page = this.page): void {
    if (s === '') return;
    this.useFont(page, this.font(style));
    page.drawText(clean(s), { x, y, size: style.size ?? 8.5, color: style.color ?? TEXT });
  }

  lineHeight(style: TextStyle = {}): number {
    return (style.size ?? 8.5) * 1.35;
  }

  /** Draws wrapped text at the cursor, breaking pages between lines. */
  paragraph(text: string, style: TextStyle = {}, x = this.left, width = this.width): void {
    const lh = this.lineHeight(style);
    for (const line of this.wrap(text, width, style)) {
      this.ensure(lh);
      this.y -= lh;
      this.draw(line, x, this.y + lh * 0.25, style);
    }
  }

  heading(text: string): void {
    this.ensure(40);
    this.y -= 14;
    this.draw(text.toUpperCase(), this.left, this.y, { bold: true, size: 9.5, color: ACCENT });
    this.y -= 4;
    this.page.drawLine({
      start: { x: this.left, y: this.y },
      end: { x: this.left + this.width, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 2;
  }

  gap(h: number): void {
    this.y -= h;
  }

  /** Label/value pairs, the label muted; long values wrap under themselves. */
  pairs(rows: [string, string][], x = this.left, width = this.width, labelWidth = 190): void {
    for (const [label, value] of rows) {
      if (value.trim() === '') continue;
      const lines = this.wrap(value, width - labelWidth);
      const lh = this.lineHeight();
      this.ensure(lh * Math.min(lines.length, 3));
      lines.forEach((line, i) => {
        if (i > 0) this.ensure(lh);
        this.y -= lh;
        if (i === 0) this.draw(label, x, this.y + lh * 0.25, { color: MUTED });
        this.draw(line, x + labelWidth, this.y + lh * 0.25);
      });
    }
  }

  /** A table with a shaded header row, repeated after each page break. */
  /** A titled table: the title, the header row and the first row are kept on the same page. */
  table(title: string, columns: Column[], rows: string[][]): void {
    const size = 8;
    const lh = this.lineHeight({ size });
    const wrapRow = (row: string[]): string[][] =>
      columns.map((c, i) => this.wrap(row[i] ?? '', c.width - 6, { size }));
    const first = rows[0] ? Math.max(...wrapRow(rows[0]).map((w) => w.length)) : 0;
    this.ensure(26 + lh * (first + 2));
    this.heading(title);
    const header = (): void => {
      this.ensure(lh * 3);
      this.page.drawRectangle({
        x: this.left,
        y: this.y - lh - 2,
        width: this.width,
        height: lh + 2,
        color: SHADE,
      });
      this.y -= lh;
      this.cells(
        columns,
        columns.map((c) => [c.title]),
        { bold: true, size },
      );
      this.y -= 2;
    };
    header();
    for (const row of rows) {
      const wrapped = wrapRow(row);
      const height = Math.max(...wrapped.map((w) => w.length)) * lh + 3;
      if (this.ensure(height)) header();
      this.y -= lh;
      this.cells(columns, wrapped, { size });
      this.y -= height - lh;
      this.page.drawLine({
        start: { x: this.left, y: this.y + 1 },
        end: { x: this.left + this.width, y: this.y + 1 },
        thickness: 0.3,
        color: RULE,
      });
    }
  }

  private cells(columns: Column[], lines: string[][], style: TextStyle): void {
    let x = this.left;
    const lh = this.lineHeight(style);
    columns.forEach((c, i) => {
      (lines[i] ?? []).forEach((line, k) => {
        const w = this.textWidth(line, style);
        const tx = c.align === 'right' ? x + c.width - 3 - w : x + 3;
        this.draw(line, tx, this.y + lh * 0.25 - k * lh, style);
      });
      x += c.width;
    });
  }

  /** Writes "Page i / n" and a closing line at the foot of every page, once all pages exist. */
  footers(text: string, pageLabel: string): void {
    const n = this.pages.length;
    const style = { size: 7, color: MUTED };
    this.pages.forEach((p, i) => {
      this.wrap(text, this.width - 70, style)
        .slice(0, 2)
        .forEach((line, k) => this.draw(line, this.left, 24 - k * 9, style, p));
      const label = `${pageLabel} ${i + 1} / ${n}`;
      this.draw(label, this.left + this.width - this.textWidth(label, style), 24, style, p);
    });
  }
}
