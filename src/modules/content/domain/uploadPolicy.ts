import type { TextKey as MessageKey } from '@/modules/content/i18n'
import type { MessageParams } from '@/platform/i18n/catalog'

/** What may be uploaded: images for content, PDF and audio as evidence of what aired. */
export const acceptedTypes: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'audio/mpeg': ['mp3'],
  'audio/mp4': ['m4a', 'mp4'],
  'audio/x-m4a': ['m4a', 'mp4'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/opus': ['ogg', 'opus'],
  'audio/wav': ['wav'],
  'audio/vnd.wave': ['wav'],
  'audio/x-wav': ['wav'],
}

export const acceptedMimeTypes = Object.keys(acceptedTypes)

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export type UploadCandidate = {
  name: string
  size: number
  /** What the file's bytes say it is (from a magic-number sniffer), if anything. */
  detected?: { mime: string; ext: string }
  /** The first and last bytes, enough to tell a truncated PDF from a whole one. */
  head?: Buffer
  tail?: Buffer
}

/** A PDF starts with `%PDF-` and ends with a cross-reference table and `%%EOF`. */
export const isCompletePdf = (head: Buffer, tail: Buffer): boolean => {
  const end = tail.toString('latin1')
  return (
    head.toString('latin1').startsWith('%PDF-') && end.includes('%%EOF') && end.includes('xref')
  )
}

export type UploadProblem = { key: MessageKey; params: MessageParams }

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

const megabytes = (bytes: number): string =>
  (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

/**
 * Decides whether an upload is accepted: the content must be a recognised accepted type, the name's
 * extension must agree with the content (a script renamed `.jpg` is refused), and it must fit the limit.
 */
export const checkUpload = (
  file: UploadCandidate,
  maxBytes = MAX_UPLOAD_BYTES,
): UploadProblem | null => {
  if (file.size > maxBytes)
    return {
      key: 'media.tooLarge',
      params: { size: megabytes(file.size), max: megabytes(maxBytes) },
    }
  if (!file.detected) return { key: 'media.undetectable', params: { name: file.name } }
  const extensions = acceptedTypes[file.detected.mime]
  if (!extensions) return { key: 'media.typeNotAllowed', params: { type: file.detected.mime } }
  const ext = extensionOf(file.name)
  if (!extensions.includes(ext)) {
    return {
      key: 'media.disguised',
      params: { name: file.name, ext: ext || '?', type: file.detected.mime },
    }
  }
  if (
    file.detected.mime === 'application/pdf' &&
    file.head &&
    file.tail &&
    !isCompletePdf(file.head, file.tail)
  ) {
    return { key: 'media.corrupted', params: { name: file.name } }
  }
  return null
}
