import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'
import type { Article, Faq } from '@/payload-types'
import { buildSearchText, foldWhereValues } from '@/modules/content/domain/search'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const plain = (value: unknown): string => {
  if (!value) return ''
  if (typeof value === 'string') return value
  try {
    return convertLexicalToPlaintext({ data: value as RichText })
  } catch {
    return ''
  }
}

/** Keeps `searchText` as the folded text of the given fields (plain or rich text). */
export const keepSearchText =
  (...fields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    data.searchText = buildSearchText(
      ...fields.map((name) => plain(data[name] !== undefined ? data[name] : originalDoc?.[name])),
    )
    return data
  }

/**
 * Folds what a reader types before it is compared with `searchText`, so "cải cách" and "cai cach"
 * find the same documents in the admin list search and in the API.
 */
export const foldSearchQuery: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation === 'read' || operation === 'count') && (args as { where?: unknown }).where) {
    const withWhere = args as { where?: unknown }
    withWhere.where = foldWhereValues(withWhere.where, 'searchText')
  }
  return args
}

export const INCLUDE_SEARCH_TEXT = 'includeSearchText'

/** Search text is an index, not content: responses leave it out unless a search ranks with it. */
export const omitSearchText: CollectionAfterReadHook<Article | Faq> = ({ doc, req }) => {
  if (!req.context[INCLUDE_SEARCH_TEXT] && doc && typeof doc === 'object') delete doc.searchText
  return doc
}
