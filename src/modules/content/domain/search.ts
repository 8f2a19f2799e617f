import { foldVietnamese } from '@/platform/text/fold'

/** Folded words of a query, without duplicates or one-letter noise. */
export const searchTokens = (query: string): string[] => [
  ...new Set(
    foldVietnamese(query)
      .split(/[^a-z0-9]+/)
      .filter((token) => token.length > 1 || /\d/.test(token)),
  ),
]

/** The folded text a document is searched by: its parts joined, tone marks and case removed. */
export const buildSearchText = (...parts: Array<string | null | undefined>): string =>
  foldVietnamese(parts.filter(Boolean).join(' \n ')).replace(/\s+/g, ' ').trim()

export type Searchable = {
  title: string
  summary?: string | null
  searchText?: string | null
  publishedAt?: string | null
}

const countOccurrences = (haystack: string, needle: string): number => {
  let count = 0
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count++
  return count
}

/**
 * How well a document answers a query: every word must appear somewhere (else 0); the whole phrase
 * in the title weighs most, then words in the title, the summary, and how often they occur.
 */
export const relevance = (doc: Searchable, query: string): number => {
  const tokens = searchTokens(query)
  if (tokens.length === 0) return 0
  const title = foldVietnamese(doc.title)
  const summary = foldVietnamese(doc.summary ?? '')
  const all = doc.searchText ?? `${title} ${summary}`
  if (!tokens.every((token) => all.includes(token))) return 0
  const phrase = tokens.join(' ')
  let score = 1
  if (tokens.length > 1 && title.includes(phrase)) score += 20
  if (tokens.length > 1 && summary.includes(phrase)) score += 8
  if (tokens.length > 1 && all.includes(phrase)) score += 4
  for (const token of tokens) {
    if (title.includes(token)) score += 5
    if (summary.includes(token)) score += 2
    score += Math.min(countOccurrences(all, token), 5) * 0.5
  }
  return score
}

/** Matching documents, most relevant first and, at equal relevance, the most recent first. */
export const rankByRelevance = <T extends Searchable>(
  docs: T[],
  query: string,
): Array<T & { score: number }> =>
  docs
    .map((doc) => ({ ...doc, score: relevance(doc, query) }))
    .filter((doc) => doc.score > 0)
    .sort((a, b) => b.score - a.score || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))

/**
 * Rewrites the values a query compares `field` with to their folded form, so a search typed with
 * tone marks ("cải cách") matches the folded search text ("cai cach") just as one typed without.
 */
export const foldWhereValues = (where: unknown, field: string): unknown => {
  if (Array.isArray(where)) return where.map((item) => foldWhereValues(item, field))
  if (!where || typeof where !== 'object') return where
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(where)) {
    if (key === field && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([op, v]) => [op, typeof v === 'string' ? foldVietnamese(v) : v]),
      )
    } else {
      out[key] = foldWhereValues(value, field)
    }
  }
  return out
}
