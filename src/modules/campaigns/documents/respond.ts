import type { PayloadRequest } from 'payload'

import { parseDocumentFormat, type DocumentFormat } from '@/platform/documents/respond'
import { refused } from '@/modules/campaigns/i18n'

export { documentResponse, type DocumentFormat } from '@/platform/documents/respond'

/** The format a document is asked for: docx or pdf (400 for anything else). */
export const documentFormat = (req: PayloadRequest, value: string | null): DocumentFormat => {
  const format = parseDocumentFormat(value)
  if (format) return format
  throw refused(req, 'document.badFormat', { format: value ?? '' })
}
