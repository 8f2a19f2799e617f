import type { PayloadRequest } from 'payload'

import type { OfficialDocument } from '@/modules/campaigns/domain/officialDocument'
import { refused } from '@/modules/campaigns/i18n'

import { officialDocx } from './docx'
import { officialPdf } from './pdf'

export type DocumentFormat = 'docx' | 'pdf'

/** The format a document is asked for: docx or pdf (400 for anything else). */
export const documentFormat = (req: PayloadRequest, value: string | null): DocumentFormat => {
  const format = (value ?? '').trim().toLowerCase()
  if (format === 'docx' || format === 'pdf') return format
  throw refused(req, 'document.badFormat', { format: value ?? '' })
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
