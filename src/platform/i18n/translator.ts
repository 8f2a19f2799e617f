import {
  format,
  languageOf,
  mergeCatalogs,
  type Catalog,
  type CatalogKey,
  type Language,
  type MessageParams,
} from './catalog'
import { coreMessages, type CoreMessageKey } from './core'

export type Translator<K extends string> = {
  catalog: Catalog<K>
  /** A text in `language` (Vietnamese unless English is asked for). */
  translate: (language: string | null | undefined, key: K, params?: MessageParams) => string
  /** A `{ vi, en }` label, the shape Payload accepts for labels and descriptions. */
  label: (key: K) => Record<Language, string>
  /** Both languages in one text, Vietnamese first: "<vi> / <en>". */
  bilingual: (key: K, params?: MessageParams, separator?: string) => string
}

/**
 * The texts a module may use: the shared ones plus the given catalogues (its own, and those of the
 * modules it builds on, taken from their index). Client components pass only their own catalogue.
 */
export const translatorFor = <const T extends readonly Catalog[]>(
  ...catalogs: T
): Translator<CoreMessageKey | CatalogKey<T[number]>> => {
  type Key = CoreMessageKey | CatalogKey<T[number]>
  const catalog = mergeCatalogs(coreMessages, ...catalogs) as Catalog<Key>
  const translate = (language: string | null | undefined, key: Key, params?: MessageParams) =>
    format(catalog[languageOf(language)][key], params)
  return {
    catalog,
    translate,
    label: (key) => ({ vi: catalog.vi[key], en: catalog.en[key] }),
    bilingual: (key, params, separator = ' / ') =>
      `${translate('vi', key, params)}${separator}${translate('en', key, params)}`,
  }
}
