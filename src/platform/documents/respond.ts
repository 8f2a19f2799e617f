import type { OfficialDocument } from './layout'
import { officialDocx } from './docx'
import { officialPdf } from './pdf'

export const documentFormats = ['docx', 'pdf'] as const
export type DocumentFormat = (typeof documentFormats)[number]

/** The format a document is asked for (`docx`/`pdf`, any case), or null for anything else. */
export const parseDocumentFormat = (value: string | null): DocumentFormat | null => {
  const format = (value ?? '').trim().toLowerCase()
  return format === 'docx' || format === 'pdf' ? format : null
}

const types: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

/** The document as a download in the chosen format. */
export const documentResponse = async (
  document: OfficialDocument,
  format: DocumentFormat,
  fileName: string,
): Promise<Response> => {
  const bytes = format === 'docx' ? await officialDocx(document) : await officialPdf(document)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': types[format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'private, no-store',
    },
  })
}
