import type { Endpoint } from 'payload'

import type { Article, Faq } from '@/payload-types'
import { asUser } from '@/platform/access/asUser'
import { searchParams } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { rankByRelevance, searchTokens } from '@/modules/content/domain/search'
import { INCLUDE_SEARCH_TEXT } from '@/modules/content/hooks/searchText'

const MAX_CANDIDATES = 300

/**
 * `GET /api/<collection>/search?q=…&limit=…`: tone-insensitive search, most relevant first, then
 * most recent. Runs as the caller, so anonymous readers search published documents only.
 */
export const searchEndpoint = (
  collection: typeof slugs.articles | typeof slugs.faqs,
  titleField: 'title' | 'question',
  summaryField?: 'summary',
): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const params = searchParams(req)
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
      docs.map((doc: Article | Faq) => ({
        doc,
        title:
          titleField === 'title' && 'title' in doc
            ? doc.title
            : 'question' in doc
              ? doc.question
              : '',
        summary: summaryField && 'summary' in doc ? doc.summary : null,
        searchText: doc.searchText ?? null,
        publishedAt: doc.publishedAt ?? null,
      })),
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
