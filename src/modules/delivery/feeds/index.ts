import { Feed, type Item } from 'feed'
import { slugs } from '@/platform/slugs'
import { toJsonFeed11 } from '@/modules/delivery/domain/jsonFeed'
import type { ParamSpec } from '@/modules/delivery/domain/params'
import { translate, type TextKey as MessageKey } from '@/modules/delivery/i18n'
import {
  articleApiUrl,
  articleLink,
  faqApiUrl,
  faqLink,
  findArticles,
  findFaqs,
  termName,
  unitByCode,
  unitsById,
  type ContentFilters,
} from '@/modules/delivery/api/content'
import {
  answer,
  API_BASE,
  publicContext,
  readParams,
  type PublicContext,
} from '@/modules/delivery/api/operation'
import {
  areaParam,
  fieldParam,
  subtreeParam,
  tagParam,
  unitParam,
} from '@/modules/delivery/api/params'
import type { PublicRoute } from '@/modules/delivery/types'

/**
 * Feeds of the latest published articles and FAQs as RSS 2.0, Atom 1.0 and JSON Feed 1.1, made by
 * the `feed` library from the same queries and filters as the public API (`?area=&unit=&tag=`,
 * `?area=&unit=&field=` for FAQs). Links are absolute; item links follow PORTAL_ARTICLE_URL /
 * PORTAL_FAQ_URL when set, else point at the API item. Items carry no author: RSS 2.0 wants an
 * e-mail address there, and the publishing unit is not a person.
 */

const FEED_SIZE = 50

const formats = {
  xml: { type: 'application/rss+xml; charset=utf-8', render: (feed: Feed) => feed.rss2() },
  atom: { type: 'application/atom+xml; charset=utf-8', render: (feed: Feed) => feed.atom1() },
  json: {
    type: 'application/feed+json; charset=utf-8',
    render: (feed: Feed) => toJsonFeed11(feed.json1(), 'vi'),
  },
} as const

type Format = keyof typeof formats

type FeedKind = {
  name: 'articles' | 'faqs'
  params: readonly ParamSpec[]
  title: MessageKey
  description: MessageKey
  items: (context: PublicContext, filters: ContentFilters) => Promise<Item[]>
}

const categories = (...terms: Array<{ slug: string; name: string } | null>) =>
  terms.flatMap((term) => (term ? [{ name: term.name, term: term.slug }] : []))

const kinds: FeedKind[] = [
  {
    name: 'articles',
    params: [areaParam, unitParam, tagParam, subtreeParam],
    title: 'public.feed.articles.title',
    description: 'public.feed.articles.description',
    items: async (context, filters) => {
      const { items } = await findArticles(
        context,
        filters,
        { page: 1, limit: FEED_SIZE },
        { withBody: true },
      )
      return items.map((article) => ({
        id: articleApiUrl(context, article.slug),
        title: article.title,
        link: articleLink(context, article.slug),
        date: new Date(article.publishedAt),
        published: new Date(article.publishedAt),
        description: article.summary,
        content: article.bodyHtml,
        category: categories(...article.reformAreas, ...article.tags),
        ...(article.image?.card
          ? { image: { url: article.image.card.url, type: 'image/webp', length: 0 } }
          : {}),
      }))
    },
  },
  {
    name: 'faqs',
    params: [areaParam, unitParam, fieldParam, subtreeParam],
    title: 'public.feed.faqs.title',
    description: 'public.feed.faqs.description',
    items: async (context, filters) => {
      const { items } = await findFaqs(context, filters, { page: 1, limit: FEED_SIZE }, 'newest')
      return items.map((faq) => ({
        id: faqApiUrl(context, faq.slug),
        title: faq.question,
        link: faqLink(context, faq.slug),
        date: new Date(faq.publishedAt),
        published: new Date(faq.publishedAt),
        content: faq.answerHtml,
        category: categories(faq.field, faq.reformArea),
      }))
    },
  },
]

/** "Tin cải cách hành chính – Cải cách TTHC – UBND huyện A": the channel title names its filters. */
const titleFor = async (
  context: PublicContext,
  kind: FeedKind,
  filters: ContentFilters,
): Promise<string> => {
  const unitName = async (code: string) => {
    const { id } = await unitByCode(context, code)
    return (await unitsById(context, [String(id)])).get(String(id))?.name ?? null
  }
  const names = await Promise.all([
    filters.area ? termName(context, slugs.reformAreas, filters.area) : null,
    filters.field ? termName(context, slugs.procedureFields, filters.field) : null,
    filters.tag ? termName(context, slugs.tags, filters.tag) : null,
    filters.unit ? unitName(filters.unit) : null,
  ])
  return [translate('vi', kind.title), ...names.filter(Boolean)].join(' – ')
}

/** The query string of the filters actually given, in declaration order (no cache busters). */
const canonicalQuery = (params: readonly ParamSpec[], values: Record<string, unknown>): string => {
  const search = new URLSearchParams()
  for (const spec of params) {
    const value = values[spec.name]
    if (value !== undefined && value !== spec.schema.default) search.set(spec.name, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

const feedRoute = (kind: FeedKind, format: Format): PublicRoute => ({
  path: `/feeds/${kind.name}.${format}`,
  shared: true,
  handler: ({ payload, url }) =>
    answer(async () => {
      const values = readParams({ params: kind.params }, url)
      const filters = values as ContentFilters
      const context = await publicContext(payload)
      const [title, items] = await Promise.all([
        titleFor(context, kind, filters),
        kind.items(context, filters),
      ])
      const query = canonicalQuery(kind.params, values)
      const feedUrl = (ext: Format) => `${context.serverUrl}/feeds/${kind.name}.${ext}${query}`
      const newest = items.reduce<Date | null>(
        (latest, item) => (!latest || item.date > latest ? item.date : latest),
        null,
      )
      const feed = new Feed({
        id: feedUrl(format),
        title,
        description: translate('vi', kind.description),
        link: `${context.serverUrl}${API_BASE}/${kind.name}${query}`,
        language: 'vi',
        updated: newest ?? new Date(),
        generator: 'CCHC',
        feedLinks: { rss: feedUrl('xml'), atom: feedUrl('atom'), json: feedUrl('json') },
      })
      for (const item of items) feed.addItem(item)
      return {
        status: 200,
        headers: { 'Content-Type': formats[format].type },
        body: formats[format].render(feed),
      }
    }),
})

export const feedRoutes: PublicRoute[] = kinds.flatMap((kind) =>
  (Object.keys(formats) as Format[]).map((format) => feedRoute(kind, format)),
)
