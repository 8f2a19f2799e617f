import JSZip from 'jszip'

/** The parts of a Word file a reader checks: the body's XML and its section's page set-up. */
export const openDocx = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes)
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  const xml = await part('word/document.xml')
  /** The text of each paragraph, as Word shows it. */
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )
  const attr = (tag: string, name: string) =>
    Number(new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(xml)?.[1] ?? NaN)
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map((name) => part(name)),
  )
  return {
    xml,
    paragraphs,
    headers,
    page: {
      width: attr('pgSz', 'w'),
      height: attr('pgSz', 'h'),
      top: attr('pgMar', 'top'),
      bottom: attr('pgMar', 'bottom'),
      left: attr('pgMar', 'left'),
      right: attr('pgMar', 'right'),
    },
    titlePage: /<w:titlePg\b/.test(xml),
  }
}

/** A PDF as a reader's text extraction sees it (Mozilla's pdf.js): each page's lines, size and fonts. */
export const openPdf = async (bytes: Uint8Array) => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  const pages: { width: number; height: number; lines: string[] }[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const lines = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .filter((text) => text.trim().length > 0)
    pages.push({ width, height, lines })
  }
  await doc.destroy()
  const raw = Buffer.from(bytes).toString('latin1')
  return {
    pages,
    text: pages.map((p) => p.lines.join('\n')).join('\n'),
    /** Fonts whose program is inside the file (FontFile2: TrueType), by their PostScript names. */
    embeddedFonts: [
      ...new Set([...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1] ?? '')),
    ],
    hasFontPrograms: /\/FontFile2 \d+ 0 R/.test(raw),
  }
}
