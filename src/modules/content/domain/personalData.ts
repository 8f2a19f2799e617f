/**
 * Personal data in text about to be published (Law 91/2025/QH15): a citizen's question or comment
 * may carry an email address, a phone number or a citizen ID number that must not reach the public.
 * These rules find them; staff then redact the text or confirm that what was found is not personal.
 */

export type PersonalDataKind = 'email' | 'phone' | 'citizenId'
export type PersonalDataFinding = { kind: PersonalDataKind; value: string }

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

/** Digits may be split by a space, a dot or a dash ("0912 345 678", "+84-912.345.678"). */
const SEP = '[ .-]?'
/** The 12-digit citizen ID (CCCD, personal identification number): it starts with a province code 0xx. */
const CITIZEN_ID = new RegExp(`(?<![\\d+])0(?:${SEP}\\d){11}(?!\\d)`, 'g')
/** Mobile numbers (03x, 05x, 07x, 08x, 09x, ten digits) and landlines (02xx, eleven digits), or +84. */
const PHONE = new RegExp(
  `(?<![\\d+])(?:\\+?84|0)${SEP}(?:[35789](?:${SEP}\\d){8}|2(?:${SEP}\\d){9})(?!\\d)`,
  'g',
)

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length))

/** Every email address, citizen ID number and Vietnamese phone number in the text, once each. */
export const findPersonalData = (text: string | null | undefined): PersonalDataFinding[] => {
  const value = text ?? ''
  const found: PersonalDataFinding[] = []
  const seen = new Set<string>()
  const add = (kind: PersonalDataKind, raw: string) => {
    const key = `${kind}:${raw}`
    if (seen.has(key)) return
    seen.add(key)
    found.push({ kind, value: raw })
  }
  // Each kind is blanked once found, so digits in an email are not also a phone number.
  for (const match of value.matchAll(EMAIL)) add('email', match[0])
  const withoutEmails = blank(value, EMAIL)
  for (const match of withoutEmails.matchAll(CITIZEN_ID)) add('citizenId', match[0])
  for (const match of blank(withoutEmails, CITIZEN_ID).matchAll(PHONE)) add('phone', match[0])
  return found
}

/** What was found in several texts (a question and its answer), without repeats. */
export const findPersonalDataIn = (texts: (string | null | undefined)[]): PersonalDataFinding[] => {
  const all = texts.flatMap((text) => findPersonalData(text))
  const seen = new Set<string>()
  return all.filter((f) => {
    const key = `${f.kind}:${f.value}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type PublicationDecision =
  | { ok: true }
  | { ok: false; problem: 'noPublishConsent' }
  | { ok: false; problem: 'personalData'; findings: PersonalDataFinding[] }

/**
 * Whether a citizen's text may be made public: the person agreed to publication, and either nothing
 * personal is found in it or a staff member confirmed having checked it.
 */
export const decidePublication = (args: {
  texts: (string | null | undefined)[]
  publishConsent: boolean
  checkedByStaff: boolean
}): PublicationDecision => {
  if (!args.publishConsent) return { ok: false, problem: 'noPublishConsent' }
  if (args.checkedByStaff) return { ok: true }
  const findings = findPersonalDataIn(args.texts)
  return findings.length === 0 ? { ok: true } : { ok: false, problem: 'personalData', findings }
}

const REDACTED = '[…]'

/** The text with every finding replaced, for staff who prefer to redact rather than edit by hand. */
export const redactPersonalData = (text: string): string =>
  findPersonalData(text).reduce((out, f) => out.split(f.value).join(REDACTED), text)
