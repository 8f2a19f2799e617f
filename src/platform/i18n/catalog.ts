/**
 * The i18n core: catalogues of `{ vi, en }` texts, Vietnamese first. Each module declares its own
 * catalogue (`modules/<name>/messages.ts`); a key is declared once in the whole application (the
 * assembly merges every catalogue and refuses a key declared twice). Pure: safe in client components.
 */
export const languages = ['vi', 'en'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'vi'

export const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en'

/** The language to answer in: English when asked for, Vietnamese otherwise. */
export const languageOf = (value: unknown): Language =>
  isLanguage(value) ? value : defaultLanguage

export const languageNames: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' }

export type MessageParams = Record<string, string | number>

export type Catalog<K extends string = string> = {
  readonly vi: Readonly<Record<K, string>>
  readonly en: Readonly<Record<K, string>>
}

export type CatalogKey<C> = C extends Catalog<infer K> ? K : never

/** A catalogue; the English half must have exactly the Vietnamese half's keys. */
export const defineMessages = <const V extends Record<string, string>>(
  vi: V,
  en: { readonly [K in keyof V]: string },
): Catalog<keyof V & string> => ({ vi, en })

/** Fills `{{name}}` placeholders (Payload's own syntax). */
export const format = (template: string, params: MessageParams = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )

export class DuplicateMessageKey extends Error {
  constructor(readonly key: string) {
    super(`Message key "${key}" is declared in more than one catalogue`)
    this.name = 'DuplicateMessageKey'
  }
}

/** One catalogue of several (the same catalogue given twice counts once); a key declared in two is a programming error. */
export const mergeCatalogs = <const T extends readonly Catalog[]>(
  ...catalogs: T
): Catalog<CatalogKey<T[number]>> => {
  const vi: Record<string, string> = {}
  const en: Record<string, string> = {}
  for (const catalog of new Set(catalogs)) {
    for (const [key, text] of Object.entries(catalog.vi)) {
      if (key in vi) throw new DuplicateMessageKey(key)
      vi[key] = text
      en[key] = catalog.en[key as keyof typeof catalog.en] ?? text
    }
  }
  return { vi, en } as Catalog<CatalogKey<T[number]>>
}

/**
 * The language a raw HTTP request asks for, as Payload decides it: the admin's language cookie, then
 * the most preferred of our languages in Accept-Language, then Vietnamese.
 */
export const languageOfHeaders = (headers: { get(name: string): string | null }): Language => {
  const cookie = headers.get('cookie')?.match(/(?:^|;\s*)payload-lng=([^;]+)/)?.[1]
  if (isLanguage(cookie)) return cookie
  const ranked = (headers.get('accept-language') ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { language: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0 && isLanguage(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return languageOf(ranked[0]?.language)
}
