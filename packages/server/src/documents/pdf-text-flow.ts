import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

/**
 * Flowing text over as many A4 pages as needed, with the standard fonts (no font file to ship).
 * Lines wrap at the right margin; a new page starts when the bottom margin is reached.
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;

// The standard fonts encode WinAnsi only: anything else is replaced rather than failing the
// document. Narrow and thin spaces (French number and date formatting) become plain spaces.
const NOT_WIN_ANSI =
  /[^\x20-\x7E\u00A0-\u00FF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]/g;

export function winAnsi(text: string): string {
  return text.replace(/[\u202F\u2009\u2007\t\r\n]/g, ' ').replace(NOT_WIN_ANSI, '?');
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  mono?: boolean;
  color?: RGB;
  /** Left indent from the margin, in points. */
  indent?: number;
}

export class PdfTextFlow {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont; mono: PDFFont },
  ) {}

  static async create(): Promise<PdfTextFlow> {
    const doc = await PDFDocument.create();
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      mono: await doc.embedFont(StandardFonts.Courier),
    };
    const flow = new PdfTextFlow(doc, fonts);
    flow.newPage();
    return flow;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private fontOf(style: TextStyle): PDFFont {
    if (style.mono) return this.fonts.mono;
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Splits a text into lines that fit `width` (a word longer than a line is cut). */
  wrap(text: string, style: TextStyle = {}, width = this.width(style)): string[] {
    const font = this.fontOf(style);
    const size = style.size ?? 10;
    const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
    const lines: string[] = [];
    let line = '';
    for (const word of winAnsi(text).split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (!fits(rest) && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  private width(style: TextStyle): number {
    return A4[0] - 2 * MARGIN - (style.indent ?? 0);
  }

  /** Starts a new page unless `height` points are left. */
  ensure(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  /** A wrapped paragraph. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    for (const line of this.wrap(text, style)) {
      this.ensure(size + 4);
      this.y -= size + 4;
      this.page.drawText(line, {
        x: MARGIN + (style.indent ?? 0),
        y: this.y,
        size,
        font: this.fontOf(style),
        color: style.color ?? rgb(0, 0, 0),
      });
    }
  }

  /** A label and its value on one line (the value wraps under itself). */
  field(label: string, value: string, labelWidth = 150): void {
    const lines = this.wrap(value, {}, this.width({}) - labelWidth);
    this.ensure(14 * lines.length);
    this.y -= 14;
    this.page.drawText(winAnsi(label), { x: MARGIN, y: this.y, size: 10, font: this.fonts.bold });
    lines.forEach((line, i) => {
      if (i > 0) this.y -= 14;
      this.page.drawText(line, {
        x: MARGIN + labelWidth,
        y: this.y,
        size: 10,
        font: this.fonts.regular,
      });
    });
  }

  space(points: number): void {
    this.y -= points;
  }

  rule(): void {
    this.ensure(8);
    this.y -= 6;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.5,
      color: rgb(0.7, 0.7, 0.7),
    });
  }

  /** "text 1/n" at the foot of every page, once everything is written. */
  footers(text: (page: number, count: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawText(winAnsi(text(i + 1, pages.length)), {
        x: MARGIN,
        y: MARGIN - 20,
        size: 8,
        font: this.fonts.regular,
        color: rgb(0.4, 0.4, 0.4),
      });
    });
  }
}
