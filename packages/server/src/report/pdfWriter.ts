/**
 * A small layout layer over pdfkit for the report: headings, paragraphs, tables that repeat their header across
 * pages, and the pain chart. It embeds DejaVu Sans, so any name a user types (Polish, German, symbols) renders.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ReportPainDay } from "@spotter/core";
import PDFDocument from "pdfkit";
import { chartGeometry } from "./chart.js";

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The DejaVu Sans files, read once per process (the package ships only the TTFs). */
function dejaVu(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
    fonts = {
      regular: readFileSync(join(dir, "DejaVuSans.ttf")),
      bold: readFileSync(join(dir, "DejaVuSans-Bold.ttf")),
    };
  }
  return fonts;
}

/** One column of a PDF table: header, share of the width, and alignment. */
export interface PdfColumn {
  head: string;
  /** Relative width; the columns' weights are scaled to the text width. */
  weight: number;
  align?: "left" | "right";
}

const BODY = 9;
const SMALL = 7.5;
const PAD = 3;

/** A pdfkit document with the report's fonts and layout helpers. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(title: string, createdAt: Date) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: 48, bottom: 54, left: 44, right: 44 },
      bufferPages: true,
      lang: "en-GB",
      displayTitle: true,
      info: { Title: title, Author: "Spotter (self-reported log)", Creator: "Spotter", CreationDate: createdAt },
    });
    const f = dejaVu();
    this.doc.registerFont("body", f.regular);
    this.doc.registerFont("bold", f.bold);
    this.doc.font("body").fontSize(BODY);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  /** Width between the margins. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A new page. */
  pageBreak(): void {
    this.doc.addPage();
  }

  /** The report's title. */
  title(text: string): void {
    this.doc.font("bold").fontSize(17).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font("body").fontSize(BODY).moveDown(0.3);
  }

  /** A section heading, kept with its summary and the start of its first table. */
  heading(text: string): void {
    this.ensure(110);
    this.doc.moveDown(0.8);
    this.doc.font("bold").fontSize(12).text(text, this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 1;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(1)
      .strokeColor("#0b4f8a")
      .stroke();
    this.doc.strokeColor("black").font("body").fontSize(BODY).moveDown(0.4);
  }

  /** A paragraph of body text. */
  para(text: string, opts: { bold?: boolean; size?: number; color?: string } = {}): void {
    const size = opts.size ?? BODY;
    this.doc.font(opts.bold ? "bold" : "body").fontSize(size);
    this.ensure(this.doc.heightOfString(text, { width: this.width }) + 2);
    this.doc.fillColor(opts.color ?? "black").text(text, this.left, this.doc.y, { width: this.width });
    this.doc.fillColor("black").font("body").fontSize(BODY).moveDown(0.3);
  }

  /** A boxed notice. */
  notice(lines: readonly string[]): void {
    const text = lines.join("\n");
    const h =
      this.doc
        .font("body")
        .fontSize(BODY)
        .heightOfString(text, { width: this.width - 16 }) + 12;
    this.ensure(h);
    const y = this.doc.y;
    this.doc.rect(this.left, y, this.width, h).lineWidth(1.2).stroke();
    this.doc.text(text, this.left + 8, y + 6, { width: this.width - 16 });
    this.doc.x = this.left;
    this.doc.y = y + h + 6;
  }

  private rowHeight(cells: readonly string[], widths: readonly number[], font: "body" | "bold"): number {
    this.doc.font(font).fontSize(SMALL);
    let h = 0;
    cells.forEach((c, i) => {
      h = Math.max(h, this.doc.heightOfString(c || " ", { width: (widths[i] ?? 20) - 2 * PAD }));
    });
    return h + 2 * PAD;
  }

  private drawRow(cells: readonly string[], widths: readonly number[], columns: readonly PdfColumn[], head: boolean) {
    const font = head ? "bold" : "body";
    const h = this.rowHeight(cells, widths, font);
    const y = this.doc.y;
    let x = this.left;
    if (head) this.doc.rect(this.left, y, this.width, h).fillColor("#eef0f3").fill();
    this.doc.fillColor("black").lineWidth(0.5).strokeColor("#9a9a9a");
    cells.forEach((c, i) => {
      const w = widths[i] ?? 20;
      this.doc.rect(x, y, w, h).stroke();
      this.doc
        .font(font)
        .fontSize(SMALL)
        .text(c, x + PAD, y + PAD, { width: w - 2 * PAD, align: columns[i]?.align ?? "left" });
      x += w;
    });
    this.doc.strokeColor("black");
    this.doc.x = this.left;
    this.doc.y = y + h;
  }

  /** A table with a caption; the header row repeats on every page it runs onto. */
  table(caption: string, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], empty: string): void {
    if (rows.length === 0) {
      if (empty) this.para(empty, { color: "#444444" });
      return;
    }
    const total = columns.reduce((n, c) => n + c.weight, 0);
    const widths = columns.map((c) => (this.width * c.weight) / total);
    const heads = columns.map((c) => c.head);
    const headH = this.rowHeight(heads, widths, "bold");
    const first = rows[0] ?? [];
    this.ensure(14 + headH + this.rowHeight(first, widths, "body"));
    this.para(caption, { bold: true, size: BODY });
    this.drawRow(heads, widths, columns, true);
    for (const row of rows) {
      const h = this.rowHeight(row, widths, "body");
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        this.drawRow(heads, widths, columns, true);
      }
      this.drawRow(row, widths, columns, false);
    }
    this.doc.font("body").fontSize(BODY).moveDown(0.6);
  }

  /** The pain chart: grid, 28-day average dashed, 7-day average solid, daily dots. */
  painChart(days: readonly ReportPainDay[]): void {
    const height = 170;
    this.ensure(height + 10);
    const g = chartGeometry(days, this.width, height);
    const ox = this.left;
    const oy = this.doc.y;
    const d = this.doc;
    d.lineWidth(0.5).strokeColor("#cccccc");
    for (const l of g.grid) {
      d.moveTo(ox + g.plot.left, oy + l.y)
        .lineTo(ox + g.plot.right, oy + l.y)
        .stroke();
      d.fillColor("#444444")
        .fontSize(SMALL)
        .text(String(l.value), ox, oy + l.y - 3.5, { width: g.plot.left - 5, align: "right" });
    }
    for (const t of g.ticks) d.text(t.label, ox + t.x - 20, oy + g.height - 12, { width: 40, align: "center" });
    const line = (runs: { x: number; y: number }[][], color: string, dashed: boolean) => {
      d.lineWidth(1.4).strokeColor(color);
      if (dashed) d.dash(5, { space: 3 });
      for (const run of runs) {
        const [p0, ...rest] = run;
        if (!p0) continue;
        if (rest.length === 0) continue;
        d.moveTo(ox + p0.x, oy + p0.y);
        for (const p of rest) d.lineTo(ox + p.x, oy + p.y);
        d.stroke();
      }
      d.undash();
    };
    line(g.avg28, "#8a4b00", true);
    line(g.avg7, "#0b4f8a", false);
    d.fillColor("#1a1a1a");
    const r = days.length > 120 ? 1.1 : 1.8;
    for (const p of g.dots) d.circle(ox + p.x, oy + p.y, r).fill();
    d.fillColor("black").strokeColor("black").lineWidth(1).fontSize(BODY);
    d.x = this.left;
    d.y = oy + height + 4;
  }

  /** Writes the footer on every page and finishes the document into a Buffer. */
  async finish(footer: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (c: Buffer) => chunks.push(c));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // Writing inside the bottom margin would otherwise make pdfkit open a new page.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc
        .font("body")
        .fontSize(SMALL)
        .fillColor("#444444")
        .text(`${footer} · Page ${i + 1} of ${range.count}`, this.left, this.doc.page.height - 34, {
          width: this.width,
          align: "center",
          lineBreak: false,
        });
      this.doc.page.margins.bottom = margin;
    }
    this.doc.end();
    return done;
  }
}
