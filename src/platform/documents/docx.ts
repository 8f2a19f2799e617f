import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx'

import {
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  mmToTwips,
  page,
  type Block,
  type OfficialDocument,
} from '@/platform/documents/layout'

/** Word's sizes are half-points. */
const half = (pt: number) => pt * 2
const FONT = 'Times New Roman'

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const noBorders = { top: none, bottom: none, left: none, right: none }
const tableNoBorders = { ...noBorders, insideHorizontal: none, insideVertical: none }
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

const textWidth = mmToTwips(page.widthMm - page.marginMm.left - page.marginMm.right)

const centred = (
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [
      new TextRun({
        text,
        bold: options.bold,
        italics: options.italics,
        size: half(options.size ?? page.headerPt),
        underline: options.underline ? {} : undefined,
      }),
    ],
  })

/** A short centred rule: an empty paragraph whose bottom border runs between wide indents. */
const shortRule = (width: number, indent: number) =>
  new Paragraph({
    spacing: { before: 0, after: 120 },
    indent: { left: Math.round((width - indent) / 2), right: Math.round((width - indent) / 2) },
    border: { bottom: line },
    children: [],
  })

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: noBorders })

const headerTable = (doc: OfficialDocument): Table => {
  const left = Math.round(textWidth * 0.4)
  const right = textWidth - left
  const leftTop = [
    ...(doc.parentBody ? [centred(doc.parentBody)] : []),
    ...doc.issuingBody.split('\n').map((line) => centred(line, { bold: true })),
    shortRule(left, Math.round(left / 3)),
  ]
  const rightTop = [
    centred(NATIONAL_TITLE, { bold: true }),
    centred(NATIONAL_MOTTO, { bold: true, size: page.bodyPt, underline: true }),
  ]
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: tableNoBorders,
    rows: [
      new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] }),
      new TableRow({
        children: [
          cell([centred(doc.numberLine, { size: page.bodyPt })], left),
          cell([centred(doc.dateLine, { italics: true, size: page.bodyPt })], right),
        ],
      }),
    ],
  })
}

const bodyParagraph = (text: string, bold = false) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(page.indentMm) },
    spacing: { before: 120, after: 0, line: 300 },
    children: [new TextRun({ text, bold, size: half(page.bodyPt) })],
  })

const dataTable = (block: Extract<Block, { kind: 'table' }>): Table => {
  const total = block.widths.reduce((a, b) => a + b, 0)
  const widths = block.widths.map((w) => Math.floor((w / total) * textWidth))
  const borders = { top: line, bottom: line, left: line, right: line }
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            borders,
            children: [
              new Paragraph({
                alignment: bold || i > 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [new TextRun({ text, bold, size: half(12) })],
              }),
            ],
          }),
      ),
    })
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  })
}

const signatureTable = (doc: OfficialDocument): Table => {
  const left = Math.round(textWidth * 0.5)
  const right = textWidth - left
  const recipients = [
    new Paragraph({
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: half(12) })],
    }),
    ...doc.recipients.map(
      (text) => new Paragraph({ children: [new TextRun({ text, size: half(11) })] }),
    ),
  ]
  const signature = [
    ...doc.signature.lines.map((text) => centred(text, { bold: true, size: page.bodyPt })),
    ...Array.from({ length: 4 }, () => centred('')),
    centred(doc.signature.name, { bold: true, size: page.bodyPt }),
  ]
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: tableNoBorders,
    rows: [new TableRow({ children: [cell(recipients, left), cell(signature, right)] })],
  })
}

/** A Decree 30 document as a Word file (A4, the Decree's margins, page numbers from page 2). */
export const officialDocx = async (doc: OfficialDocument): Promise<Buffer> => {
  const body: (Paragraph | Table)[] = []
  for (const block of doc.body) {
    if (block.kind === 'heading') body.push(bodyParagraph(block.text, true))
    else if (block.kind === 'paragraph') body.push(bodyParagraph(block.text))
    else if (block.kind === 'table') {
      body.push(dataTable(block))
      body.push(new Paragraph({ children: [] }))
    } else body.push(new Paragraph({ pageBreakBefore: true, children: [] }))
  }
  const document = new Document({
    title: doc.title,
    creator: doc.issuingBody.replace('\n', ' '),
    styles: { default: { document: { run: { font: FONT, size: half(page.bodyPt) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
            margin: {
              top: mmToTwips(page.marginMm.top),
              bottom: mmToTwips(page.marginMm.bottom),
              left: mmToTwips(page.marginMm.left),
              right: mmToTwips(page.marginMm.right),
              header: mmToTwips(10),
              footer: mmToTwips(10),
            },
          },
        },
        headers: {
          // The Decree numbers pages at the top centre, from the second page on.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: half(13) })],
              }),
            ],
          }),
        },
        children: [
          headerTable(doc),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred(doc.kind, { bold: true, size: 14 }),
          centred(doc.subject, { bold: true, size: 14 }),
          shortRule(textWidth, Math.round(textWidth / 4)),
          ...body,
          new Paragraph({ children: [] }),
          signatureTable(doc),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
