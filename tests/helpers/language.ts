import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Page } from 'playwright-core'

type Tree = { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const vietnamese = flatten(vi.translations as unknown as Tree)

/** Payload's English interface strings of two words or more that Vietnamese says differently. */
const payloadEnglish = new Set(
  [...flatten(en.translations as unknown as Tree)]
    .filter(([key, text]) => vietnamese.get(key) !== text && !text.includes('{{'))
    .map(([, text]) => text.trim())
    .filter((text) => /^[A-Za-z]+( [A-Za-z]+)+[.!?]?$/.test(text)),
)

/** Words that read the same in both languages, or are names and abbreviations. */
const sameInBoth =
  /^(CCHC|UBND|API|JSON|CSV|XLSX|DOCX|PDF|RSS|Atom|iCal|URL|Email|Zalo|Facebook|YouTube|TOTP|SMTP|SIPAS|MIME|ID|OK|Logo|Tab|Web|Webhook|Admin|Payload)$/

/**
 * A line made of English-looking words: only unaccented letters, several words or one capitalised
 * word, at least one of three letters or more that is not a name. Codes, slugs, file names and
 * e-mail addresses (no spaces, lower case or digits) are data, not interface text.
 */
export const looksEnglish = (line: string): boolean => {
  const several = /^[A-Za-z][A-Za-z ,.'’:()?!/&-]*$/.test(line) && line.includes(' ')
  const capitalised = /^[A-Z][a-z]+$/.test(line)
  if (!several && !capitalised) return false
  return line.split(/[\s,.:()?!/&-]+/).some((word) => word.length >= 3 && !sameInBoth.test(word))
}

/** A message key shown as it is: a text that was never translated. */
export const untranslatedKey = (line: string): boolean =>
  /^(custom:|[a-z]+:[a-z])/.test(line) || /^[a-z][A-Za-z]*(\.[a-zA-Z]+){1,3}$/.test(line)

/** What the page shows and says to screen readers: visible lines and aria-label/title/placeholder/alt. */
export const pageTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const lines = (document.body.innerText || '').split('\n')
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)))
      .filter((value): value is string => !!value)
    return [...lines, ...attributes].map((text) => text.trim()).filter(Boolean)
  })

/** The texts of a Vietnamese page that are English, raw objects or untranslated keys. */
export const notVietnamese = (texts: string[], allowed: Set<string>): string[] =>
  [
    ...new Set(
      texts.filter(
        (text) =>
          !allowed.has(text) &&
          (looksEnglish(text) ||
            payloadEnglish.has(text) ||
            untranslatedKey(text) ||
            /\[object Object\]|\bundefined\b|\bNaN\b/.test(text)),
      ),
    ),
  ].sort()

/** The texts of an English page that are raw objects or untranslated keys. */
export const untranslated = (texts: string[]): string[] =>
  [
    ...new Set(
      texts.filter((text) => untranslatedKey(text) || /\[object Object\]|\bundefined\b/.test(text)),
    ),
  ].sort()
