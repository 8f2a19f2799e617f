import { TZDate } from '@date-fns/tz'

import { TIME_ZONE } from '@/platform/time'

/**
 * The layout rules of Decree 30/2020/NĐ-CP for administrative documents, and the document model the
 * DOCX and PDF writers both render. Pure: the writers only draw what this describes. Shared by every
 * module that issues a document (campaign reports, the personal-data breach notification).
 */

/** A4 and the Decree's margins (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
export const page = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Body text 13–14 pt; the headers 12–13 pt. */
  bodyPt: 13,
  headerPt: 12,
  /** First-line indent of a body paragraph. */
  indentMm: 10,
} as const

/** Word's unit: a twentieth of a point (1 mm = 56.7 twips). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4)
/** PDF's unit: a point (1 mm = 2.835 pt). */
export const mmToPoints = (mm: number): number => (mm * 72) / 25.4

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * "Hà Tĩnh, ngày 05 tháng 3 năm 2026": days under 10 and the months 1 and 2 get a leading zero (the
 * Decree's rule, so "tháng 01" cannot be misread as "tháng 10" and "tháng 11"), on the province's clock.
 */
export const dateLine = (place: string, instant: Date, timeZone = TIME_ZONE): string => {
  const local = new TZDate(instant.getTime(), timeZone)
  const month = local.getMonth() + 1
  return `${place}, ngày ${pad(local.getDate())} tháng ${month <= 2 ? pad(month) : month} năm ${local.getFullYear()}`
}

/** "Số: 12/BC-UBND" (numbers under 10 as "01"…"09"); a draft not yet numbered leaves room for it. */
export const numberLine = (number: number | null, kind: string, symbol: string): string =>
  `Số: ${number === null ? '      ' : pad(number)}/${kind}-${symbol}`

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')

/**
 * The issuing body's abbreviation after the kind of document: the unit's own symbol when it set one
 * ("SNV"); else "UBND" for a people's committee ("UBND xã Cẩm Bình"), else the initials of its name
 * ("Sở Nội vụ" → "SNV").
 */
export const issuerSymbol = (name: string, own?: string | null): string => {
  if (own?.trim()) return own.trim()
  const trimmed = name.trim()
  if (/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b/iu.test(trimmed)) return 'UBND'
  const initials = fold(trimmed)
    .split(/[\s,–-]+/)
    .filter((word) => word.length > 0 && !/^(va|và|cua)$/i.test(word))
    .map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word[0]!.toUpperCase()))
    .join('')
  return initials.replace(/[^A-Z0-9]/g, '') || 'CQ'
}

/**
 * A body's name as a header shows it: capitals; the issuing committee spelt out on two lines
 * ("ỦY BAN NHÂN DÂN" above "XÃ CẨM XUYÊN"), lines separated by "\n".
 */
export const headerName = (name: string, spellOut: boolean): string => {
  const trimmed = name.trim()
  const committee = /^(UBND|Ủy ban nhân dân)\s+/iu.exec(trimmed)
  const full =
    spellOut && committee ? `Ủy ban nhân dân\n${trimmed.slice(committee[0].length)}` : trimmed
  return full.toLocaleUpperCase('vi-VN')
}

/** Where a body sits, for the date line: a commune's own name, else the province's. */
export const placeName = (unitName: string, provinceName: string, isCommune: boolean): string => {
  const strip = (name: string) =>
    name
      .trim()
      .replace(/^(UBND|Ủy ban nhân dân)\s+/iu, '')
      .replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu, '')
  return strip(isCommune ? unitName : provinceName)
}

/** The signer's capacity: on behalf of the collective (TM.), as deputy (KT.), acting (Q.), or none. */
export const signerCapacities = ['TM', 'KT', 'Q', 'none'] as const
export type SignerCapacity = (typeof signerCapacities)[number]

/** The signature block's lines above the signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"… */
export const signatureLines = (args: {
  capacity: SignerCapacity
  body: string
  position: string
  deputyOf?: string | null
}): string[] => {
  const position = args.position.trim().toLocaleUpperCase('vi-VN')
  switch (args.capacity) {
    case 'TM':
      return [`TM. ${args.body.trim().toLocaleUpperCase('vi-VN')}`, position]
    case 'KT':
      return [`KT. ${(args.deputyOf ?? 'Chủ tịch').trim().toLocaleUpperCase('vi-VN')}`, position]
    case 'Q':
      return [`Q. ${position}`]
    default:
      return [position]
  }
}

/** "Nơi nhận:" lines: each recipient with "- " and ";", the last being "Lưu: VT." (added if missing). */
export const recipientLines = (recipients: string[]): string[] => {
  const cleaned = recipients
    .map((line) =>
      line
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.,]+$/, ''),
    )
    .filter((line) => line.length > 0 && !/^Lưu\b/iu.test(line))
  return [...cleaned.map((line) => `- ${line};`), '- Lưu: VT.']
}

/** A block of a document's body. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; widths: number[]; header: string[]; rows: string[][] }
  | { kind: 'pageBreak' }

/** Everything a Decree 30 document shows, in the order it shows it. */
export type OfficialDocument = {
  /** The parent body (regular capitals) and the issuing body (bold capitals). */
  parentBody: string | null
  issuingBody: string
  numberLine: string
  dateLine: string
  /** "BÁO CÁO" */
  kind: string
  subject: string
  body: Block[]
  recipients: string[]
  signature: { lines: string[]; name: string }
  /** Metadata: title and author as the file says them. */
  title: string
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc'

/** A share for a document: "83,3%"; none → "–". */
export const formatShare = (share: number | null): string =>
  share === null ? '–' : `${share.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`

/** A count the Vietnamese way: 1.475. */
export const formatCount = (n: number | null | undefined): string =>
  n === null || n === undefined ? '–' : n.toLocaleString('vi-VN')

/** A file name for a document: "bao-cao-12-BC-UBND-2026-Q1.docx" without diacritics or spaces. */
export const documentFileName = (parts: string[], extension: string): string =>
  `${parts
    .map((part) =>
      fold(part)
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-')}.${extension}`
