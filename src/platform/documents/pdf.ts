import fs from 'node:fs'
import path from 'node:path'
import PDFDocument from 'pdfkit'

import {
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  mmToPoints,
  page,
  type Block,
  type OfficialDocument,
} from '@/platform/documents/layout'

/**
 * Tinos (metric-compatible with Times New Roman, full Vietnamese coverage) ships with the project in
 * src/platform/documents/fonts; the app reads it from its own folder and never downloads a font.
 */
const fontFile = (name: string) =>
  path.join(process.cwd(), 'src', 'platform', 'documents', 'fonts', `Tinos-${name}.ttf`)
/** The font files, read once per process. */
const fontBytes = new Map<string, Buffer>()
const font = (name: 'Regular' | 'Bold' | 'Italic'): Buffer => {
  let bytes = fontBytes.get(name)
  if (!bytes) fontBytes.set(name, (bytes = fs.readFileSync(fontFile(name))))
  return bytes
}

type Pdf = InstanceType<typeof PDFDocument>

const margin = {
  top: mmToPoints(page.marginMm.top),
  bottom: mmToPoints(page.marginMm.bottom),
  left: mmToPoints(page.marginMm.left),
  right: mmToPoints(page.marginMm.right),
}
const pageWidth = mmToPoints(page.widthMm)
const pageHeight = mmToPoints(page.heightMm)
const textWidth = pageWidth - margin.left - margin.right
const bottomLimit = pageHeight - margin.bottom

const write = (
  pdf: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { font?: 'regular' | 'bold' | 'italic'; size?: number; underline?: boolean } = {},
): number => {
  pdf.font(options.font ?? 'regular').fontSize(options.size ?? page.headerPt)
  pdf.text(text, x, y, { width, align: 'center', underline: options.underline, lineBreak: true })
  return pdf.y
}

const header = (pdf: Pdf, doc: OfficialDocument) => {
  const left = textWidth * 0.4
  const right = textWidth - left
  const x0 = margin.left
  const x1 = margin.left + left
  let y = margin.top
  if (doc.parentBody) y = write(pdf, doc.parentBody, x0, y, left)
  y = write(pdf, doc.issuingBody, x0, y, left, { font: 'bold' })
  // The short rule under the issuing body: a third of the column.
  const ruleY = y + 5
  pdf
    .moveTo(x0 + left / 3, ruleY)
    .lineTo(x0 + (2 * left) / 3, ruleY)
    .lineWidth(0.5)
    .stroke()
  let ry = write(pdf, NATIONAL_TITLE, x1, margin.top, right, { font: 'bold' })
  ry = write(pdf, NATIONAL_MOTTO, x1, ry, right, {
    font: 'bold',
    size: page.bodyPt,
    underline: true,
  })
  const rowY = Math.max(ruleY + 8, ry + 8)
  const after = write(pdf, doc.numberLine, x0, rowY, left, { size: page.bodyPt })
  const afterDate = write(pdf, doc.dateLine, x1, rowY, right, {
    font: 'italic',
    size: page.bodyPt,
  })
  let ty = Math.max(after, afterDate) + 18
  ty = write(pdf, doc.kind, x0, ty, textWidth, { font: 'bold', size: 14 })
  ty = write(pdf, doc.subject, x0, ty, textWidth, { font: 'bold', size: 14 })
  pdf
    .moveTo(x0 + textWidth * 0.375, ty + 5)
    .lineTo(x0 + textWidth * 0.625, ty + 5)
    .stroke()
  pdf.x = margin.left
  pdf.y = ty + 14
}

const paragraph = (pdf: Pdf, text: string, bold = false) => {
  pdf
    .font(bold ? 'bold' : 'regular')
    .fontSize(page.bodyPt)
    .text(text, margin.left, pdf.y, {
      width: textWidth,
      align: 'justify',
      indent: mmToPoints(page.indentMm),
      paragraphGap: 6,
      lineGap: 2,
    })
}

const table = (pdf: Pdf, block: Extract<Block, { kind: 'table' }>) => {
  const total = block.widths.reduce((a, b) => a + b, 0)
  const widths = block.widths.map((w) => (w / total) * textWidth)
  const pad = 3
  const size = 11
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(size)
    const height =
      Math.max(
        ...cells.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - 2 * pad })),
      ) +
      2 * pad
    if (pdf.y + height > bottomLimit) pdf.addPage()
    const y = pdf.y
    let x = margin.left
    cells.forEach((text, i) => {
      const w = widths[i]!
      pdf.rect(x, y, w, height).lineWidth(0.5).stroke()
      pdf
        .font(bold ? 'bold' : 'regular')
        .fontSize(size)
        .text(text, x + pad, y + pad, {
          width: w - 2 * pad,
          align: bold || i > 0 ? 'center' : 'left',
        })
      x += w
    })
    pdf.x = margin.left
    pdf.y = y + height
  }
  drawRow(block.header, true)
  for (const cells of block.rows) drawRow(cells, false)
  pdf.y += 8
}

const signature = (pdf: Pdf, doc: OfficialDocument) => {
  const left = textWidth * 0.5
  const right = textWidth - left
  const needed = 40 + 16 * (doc.recipients.length + doc.signature.lines.length + 5)
  if (pdf.y + Math.min(needed, 220) > bottomLimit) pdf.addPage()
  const y = pdf.y + 12
  pdf.font('bold').fontSize(12)
  pdf.text('Nơi nhận:', margin.left, y, { width: left, underline: false })
  pdf.font('regular').fontSize(11)
  for (const line of doc.recipients) pdf.text(line, margin.left, pdf.y, { width: left })
  const afterRecipients = pdf.y
  let sy = y
  for (const line of doc.signature.lines)
    sy = write(pdf, line, margin.left + left, sy, right, { font: 'bold', size: page.bodyPt })
  sy = write(pdf, doc.signature.name, margin.left + left, sy + 60, right, {
    font: 'bold',
    size: page.bodyPt,
  })
  pdf.y = Math.max(afterRecipients, sy)
}

/** A Decree 30 document as a PDF (A4, the Decree's margins, Tinos embedded, pages numbered from 2). */
export const officialPdf = (doc: OfficialDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: margin,
      bufferPages: true,
      // Never the built-in Helvetica: it has no Vietnamese letters. (pdfkit takes the font's bytes
      // here as in registerFont; its types name only a path.)
      font: font('Regular') as unknown as string,
      info: { Title: doc.title, Author: doc.issuingBody.replace('\n', ' '), Subject: doc.subject },
      lang: 'vi-VN',
    })
    const chunks: Buffer[] = []
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
    pdf.registerFont('regular', font('Regular'))
    pdf.registerFont('bold', font('Bold'))
    pdf.registerFont('italic', font('Italic'))

    header(pdf, doc)
    for (const block of doc.body) {
      if (block.kind === 'heading') paragraph(pdf, block.text, true)
      else if (block.kind === 'paragraph') paragraph(pdf, block.text)
      else if (block.kind === 'table') table(pdf, block)
      else pdf.addPage()
    }
    signature(pdf, doc)

    // The Decree numbers pages at the top centre, from the second page on.
    const { start, count } = pdf.bufferedPageRange()
    for (let i = start + 1; i < start + count; i++) {
      pdf.switchToPage(i)
      pdf
        .font('regular')
        .fontSize(13)
        .text(String(i + 1), margin.left, margin.top / 2, {
          width: textWidth,
          align: 'center',
          lineBreak: false,
        })
    }
    pdf.end()
  })
