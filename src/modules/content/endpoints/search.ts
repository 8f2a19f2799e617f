import type { Endpoint } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { rankByRelevance, searchTokens } from '@/modules/content/domain/search'
import { INCLUDE_SEARCH_TEXT } from '@/modules/content/hooks/searchText'

const MAX_CANDIDATES = 300

/**
 * `GET /api/<collection>/search?q=…&limit=…`: tone-insensitive search, most relevant first, then
 * most recent. Runs as the caller, so anonymous readers search published documents only.
 */
export const searchEndpoint = (collection: 'articles' | 'faqs', titleField: 'title' | 'question', summaryField?: 'summary'): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? 'http://x').searchParams
    const query = params.get('q') ?? ''
    const limit = Math.min(Math.max(Number(params.get('limit')) || 10, 1), 50)
    const tokens = searchTokens(query)
    if (tokens.length === 0) return Response.json({ query, totalDocs: 0, docs: [] })

    req.context[INCLUDE_SEARCH_TEXT] = true
    const { docs } = await asUser(req).find({
      collection,
      where: { and: tokens.map((token) => ({ searchText: { contains: token } })) },
      sort: '-publishedAt',
      limit: MAX_CANDIDATES,
      depth: 1,
    })
    const ranked = rankByRelevance(
      docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          doc: record,
          title: String(record[titleField] ?? ''),
          summary: summaryField ? (record[summaryField] as string | null) : null,
          searchText: (record.searchText as string | undefined) ?? null,
          publishedAt: (record.publishedAt as string | undefined) ?? null,
        }
      }),
      query,
    )
    return Response.json({
      query,
      totalDocs: ranked.length,
      docs: ranked.slice(0, limit).map(({ doc, score }) => {
        const { searchText: _omit, ...rest } = doc
        return { ...rest, score }
      }),
    })
  },
})
