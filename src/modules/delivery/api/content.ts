import type { Where } from 'payload'

import type { Article, Faq, Media } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { INCLUDE_SEARCH_TEXT, rankByRelevance, searchTokens } from '@/modules/content'
import { isValidHttpUrl } from '@/platform/text/url'
import { normalizeUnitCode, unitSubtreeWhere } from '@/modules/organisation'
import { absoluteUrl, itemLink } from '@/modules/delivery/domain/links'
import { dayRange, pageInfo, type PageInfo } from '@/modules/delivery/domain/params'

import { API_BASE, invalidParameter, type PublicContext } from './operation'
import { collectRichTextRefs, richTextToHtml, type BodyMedia, type RichTextRefs } from './richText'

/**
 * Reading published articles and FAQs for the public API and the feeds (one copy of the filters).
 * Content reads run as the anonymous visitor (`context.visitor`: no user, `overrideAccess: false`),
 * so only published documents and public fields come back; each field is then mapped explicitly to
 * the contract's shape, so fields added in the admin never reach a portal. Related documents are
 * looked up once per page, not per document.
 */

type Id = number | string
type Term = { slug: string; name: string }
type UnitRef = { code: string; name: string }
type ImageSize = { url: string; width: number; height: number }
export type PublicImage = {
  alt: string
  thumbnail: ImageSize | null
  card: ImageSize | null
  hero: ImageSize | null
}

export type ArticleSummary = {
  id: string
  slug: string
  title: string
  summary: string
  publishedAt: string
  featured: boolean
  unit: UnitRef | null
  reformAreas: Term[]
  tags: Term[]
  image: PublicImage | null
}

export type ArticleDetail = ArticleSummary & {
  bodyHtml: string
  byline: string | null
  source: { name: string | null; url: string | null } | null
  related: ArticleSummary[]
}

export type PublicFaq = {
  id: string
  slug: string
  question: string
  answerHtml: string
  field: Term | null
  reformArea: Term | null
  unit: UnitRef | null
  publishedAt: string
}

export type ContentFilters = {
  area?: string
  tag?: string
  field?: string
  unit?: string
  subtree?: boolean
  featured?: boolean
  from?: string
  to?: string
  q?: string
}

export type Paging = { page: number; limit: number }

type SizeRow = {
  url?: string | null
  width?: number | null
  height?: number | null
  filename?: string | null
}
type MediaRow = Pick<
  Media,
  'id' | 'alt' | 'filename' | 'mimeType' | 'url' | 'width' | 'height' | 'sizes'
>

/** The fields of an article the API reads (the body and the rest only where a view needs them). */
type ArticleRow = Pick<
  Article,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'publishedAt'
  | 'createdAt'
  | 'featured'
  | 'unit'
  | 'reformAreas'
  | 'tags'
  | 'coverImage'
> &
  Partial<Pick<Article, 'body' | 'byline' | 'source' | 'relatedArticles' | 'searchText'>>

type FaqRow = Pick<
  Faq,
  | 'id'
  | 'slug'
  | 'question'
  | 'answer'
  | 'procedureField'
  | 'reformArea'
  | 'unit'
  | 'publishedAt'
  | 'createdAt'
> &
  Partial<Pick<Faq, 'searchText'>>

/** A ranked search reads at most this many candidates (newest first) before ranking them. */
const MAX_SEARCH_CANDIDATES = 300

const articleSummarySelect = {
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  createdAt: true,
  featured: true,
  unit: true,
  reformAreas: true,
  tags: true,
  coverImage: true,
} as const

const faqSelect = {
  slug: true,
  question: true,
  answer: true,
  procedureField: true,
  reformArea: true,
  unit: true,
  publishedAt: true,
  createdAt: true,
} as const

const mediaSelect = {
  alt: true,
  filename: true,
  mimeType: true,
  url: true,
  width: true,
  height: true,
  sizes: {
    thumbnail: { url: true, width: true, height: true, filename: true },
    card: { url: true, width: true, height: true, filename: true },
    hero: { url: true, width: true, height: true, filename: true },
  },
} as const

const ids = (values: unknown[]): string[] => [
  ...new Set(
    values
      .map(relationId)
      .filter((id): id is Id => id !== null)
      .map(String),
  ),
]
const idsOf = (values: unknown): unknown[] => (Array.isArray(values) ? values : [])

export const articleApiUrl = (context: PublicContext, slug: string) =>
  `${context.serverUrl}${API_BASE}/articles/${encodeURIComponent(slug)}`
export const faqApiUrl = (context: PublicContext, slug: string) =>
  `${context.serverUrl}${API_BASE}/faqs/${encodeURIComponent(slug)}`
export const articleLink = (context: PublicContext, slug: string) =>
  itemLink(context.links.article, articleApiUrl(context, slug), slug)
export const faqLink = (context: PublicContext, slug: string) =>
  itemLink(context.links.faq, faqApiUrl(context, slug), slug)

// ---------- lookups ----------

/**
 * Code and name of units by id. SYSTEM read: units are not readable by anonymous callers (their
 * contacts and equipment are internal), but the code and name of the unit that published something
 * are public; only those two fields are selected and mapped.
 */
export const unitsById = async (
  context: PublicContext,
  unitIds: string[],
): Promise<Map<string, UnitRef>> => {
  if (unitIds.length === 0) return new Map()
  const { docs } = await asSystem(context.req).find({
    collection: slugs.units,
    where: { id: { in: unitIds } },
    select: { code: true, name: true },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), { code: doc.code, name: doc.name }]))
}

type TermCollection = typeof slugs.reformAreas | typeof slugs.tags | typeof slugs.procedureFields

const termsById = async (
  context: PublicContext,
  collection: TermCollection,
  termIds: string[],
): Promise<Map<string, Term>> => {
  if (termIds.length === 0) return new Map()
  const { docs } = await context.visitor.find({
    collection,
    where: { id: { in: termIds } },
    select: { slug: true, name: true },
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), { slug: doc.slug ?? '', name: doc.name }]))
}

/** Media the public may see (the collection's access leaves out internal files). */
const mediaById = async (
  context: PublicContext,
  mediaIds: string[],
): Promise<Map<string, MediaRow>> => {
  if (mediaIds.length === 0) return new Map()
  const { docs } = await context.visitor.find({
    collection: slugs.media,
    where: { id: { in: mediaIds } },
    select: mediaSelect,
    depth: 0,
    pagination: false,
  })
  return new Map(docs.map((doc): [string, MediaRow] => [String(doc.id), doc]))
}

const isImage = (media: MediaRow) => Boolean(media.mimeType?.startsWith('image/'))

const imageSize = (context: PublicContext, size: SizeRow | undefined): ImageSize | null =>
  size?.filename && size.url && size.width && size.height
    ? { url: absoluteUrl(context.serverUrl, size.url), width: size.width, height: size.height }
    : null

const publicImage = (context: PublicContext, media: MediaRow | undefined): PublicImage | null => {
  if (!media || !isImage(media)) return null
  return {
    alt: media.alt ?? '',
    thumbnail: imageSize(context, media.sizes?.thumbnail),
    card: imageSize(context, media.sizes?.card),
    hero: imageSize(context, media.sizes?.hero),
  }
}

const bodyMedia = (context: PublicContext, media: MediaRow): BodyMedia | null => {
  const card = media.sizes?.card
  const useCard = isImage(media) && card?.filename && card.url
  const url = useCard ? card.url : media.url
  if (!url) return null
  return {
    alt: media.alt ?? '',
    url: absoluteUrl(context.serverUrl, url),
    width: (useCard ? card.width : media.width) ?? null,
    height: (useCard ? card.height : media.height) ?? null,
    isImage: isImage(media),
    filename: media.filename ?? '',
  }
}

/** The media and article links a set of rich-text values needs, in two queries. */
const richTextRefs = async (context: PublicContext, values: unknown[]): Promise<RichTextRefs> => {
  const { mediaIds, articleIds } = collectRichTextRefs(values)
  const [media, linked] = await Promise.all([
    mediaById(context, mediaIds),
    articleIds.length === 0
      ? Promise.resolve([])
      : context.visitor
          .find({
            collection: slugs.articles,
            where: { id: { in: articleIds } },
            select: { slug: true },
            depth: 0,
            pagination: false,
          })
          .then((result) => result.docs),
  ])
  const bodyMediaMap = new Map<string, BodyMedia>()
  for (const [id, row] of media) {
    const mapped = bodyMedia(context, row)
    if (mapped) bodyMediaMap.set(id, mapped)
  }
  return {
    media: bodyMediaMap,
    articleLinks: new Map(
      linked
        .filter((doc) => doc.slug)
        .map((doc) => [String(doc.id), articleLink(context, doc.slug!)]),
    ),
  }
}

// ---------- filters ----------

const termIdBySlug = async (
  context: PublicContext,
  collection: TermCollection,
  slug: string,
  unknownKey: 'public.api.unknownArea' | 'public.api.unknownTag' | 'public.api.unknownField',
) => {
  const { docs } = await context.visitor.find({
    collection,
    where: { slug: { equals: slug } },
    select: { slug: true },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw invalidParameter(unknownKey, { value: slug })
  return docs[0].id
}

/**
 * The unit with `code` (a bad parameter when there is none). SYSTEM read of the organisation chart
 * (not public as a collection); only the id and code are read.
 */
export const unitByCode = async (
  context: PublicContext,
  code: string,
): Promise<{ id: Id; code: string }> => {
  const { docs } = await asSystem(context.req).find({
    collection: slugs.units,
    where: { code: { equals: normalizeUnitCode(code) } },
    select: { code: true },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw invalidParameter('public.api.unknownUnit', { value: code })
  return { id: docs[0].id, code: docs[0].code }
}

/** The id of the unit with `code` and, with `subtree`, of every unit under it (SYSTEM read of ids only). */
export const unitIdsByCode = async (
  context: PublicContext,
  code: string,
  subtree: boolean,
): Promise<Id[]> => {
  const unit = await unitByCode(context, code)
  if (!subtree) return [unit.id]
  const below = await asSystem(context.req).find({
    collection: slugs.units,
    where: unitSubtreeWhere(unit.id),
    select: { code: true },
    depth: 0,
    pagination: false,
  })
  return below.docs.map((doc) => doc.id)
}

/** The publication window of `from`/`to` (local Vietnamese days, both included). */
const publishedWithin = (from: string | undefined, to: string | undefined): Where[] => {
  const result = dayRange(from, to)
  if ('problem' in result) throw invalidParameter('public.api.range.order')
  const { start, end } = result.range
  return [
    ...(start ? [{ publishedAt: { greater_than_equal: start.toISOString() } }] : []),
    ...(end ? [{ publishedAt: { less_than: end.toISOString() } }] : []),
  ]
}

const filterWhere = async (
  context: PublicContext,
  kind: 'articles' | 'faqs',
  filters: ContentFilters,
): Promise<Where[]> => {
  const [area, tag, field, units] = await Promise.all([
    filters.area
      ? termIdBySlug(context, slugs.reformAreas, filters.area, 'public.api.unknownArea')
      : null,
    filters.tag ? termIdBySlug(context, slugs.tags, filters.tag, 'public.api.unknownTag') : null,
    filters.field
      ? termIdBySlug(context, slugs.procedureFields, filters.field, 'public.api.unknownField')
      : null,
    filters.unit ? unitIdsByCode(context, filters.unit, filters.subtree ?? true) : null,
  ])
  const where: Where[] = publishedWithin(filters.from, filters.to)
  if (area !== null)
    where.push(
      kind === 'articles' ? { reformAreas: { in: [area] } } : { reformArea: { equals: area } },
    )
  if (tag !== null) where.push({ tags: { in: [tag] } })
  if (field !== null) where.push({ procedureField: { equals: field } })
  if (units !== null) where.push({ unit: { in: units } })
  if (filters.featured !== undefined) where.push({ featured: { equals: filters.featured } })
  return where
}

type Found<Row> = { rows: Row[]; info: PageInfo }

/**
 * One page of a collection under the filters: newest first, or with a query, most relevant first
 * among the newest MAX_SEARCH_CANDIDATES matches (tone marks ignored: "thu tuc" finds "thủ tục").
 */
const findPage = async <
  Row extends { id: Id; publishedAt?: string | null; searchText?: string | null },
>(
  context: PublicContext,
  kind: 'articles' | 'faqs',
  filters: ContentFilters,
  paging: Paging,
  select: Record<string, unknown>,
  sort: string[],
  searchable: (row: Row) => { title: string; summary: string | null },
): Promise<Found<Row>> => {
  const where = await filterWhere(context, kind, filters)
  const tokens = searchTokens(filters.q ?? '')
  const collection = kind === 'articles' ? slugs.articles : slugs.faqs
  if (tokens.length === 0) {
    const result = await context.visitor.find({
      collection,
      where: { and: where },
      // A select chosen at run time (with or without the body) has no static type; `Row` names what it selects.
      select: select as never,
      sort,
      page: paging.page,
      limit: paging.limit,
      depth: 0,
    })
    // The rows hold exactly the selected fields, which `Row` names.
    return {
      rows: result.docs as unknown as Row[],
      info: pageInfo(result.totalDocs, paging.page, paging.limit),
    }
  }
  // Ranking reads the folded search text, which responses otherwise leave out (it is never mapped).
  context.req.context[INCLUDE_SEARCH_TEXT] = true
  const candidates = await context.visitor.find({
    collection,
    where: { and: [...where, ...tokens.map((token) => ({ searchText: { contains: token } }))] },
    // As above: a run-time select.
    select: { ...select, searchText: true } as never,
    sort: ['-publishedAt', '-id'],
    limit: MAX_SEARCH_CANDIDATES,
    depth: 0,
  })
  const ranked = rankByRelevance(
    // As above: the rows hold the selected fields.
    (candidates.docs as unknown as Row[]).map((row) => ({
      row,
      ...searchable(row),
      searchText: row.searchText ?? null,
      publishedAt: row.publishedAt ?? null,
    })),
    filters.q ?? '',
  )
  const start = (paging.page - 1) * paging.limit
  return {
    rows: ranked.slice(start, start + paging.limit).map(({ row }) => row),
    info: pageInfo(ranked.length, paging.page, paging.limit),
  }
}

// ---------- articles ----------

const summarize = async (context: PublicContext, rows: ArticleRow[]): Promise<ArticleSummary[]> => {
  const [units, areas, tags, media] = await Promise.all([
    unitsById(context, ids(rows.map((row) => row.unit))),
    termsById(context, slugs.reformAreas, ids(rows.flatMap((row) => idsOf(row.reformAreas)))),
    termsById(context, slugs.tags, ids(rows.flatMap((row) => idsOf(row.tags)))),
    mediaById(context, ids(rows.map((row) => row.coverImage))),
  ])
  const terms = (values: unknown, from: Map<string, Term>) =>
    idsOf(values).flatMap((value) => from.get(String(relationId(value))) ?? [])
  return rows.map((row) => ({
    id: String(row.id),
    slug: row.slug ?? '',
    title: row.title,
    summary: row.summary,
    publishedAt: new Date(row.publishedAt ?? row.createdAt ?? 0).toISOString(),
    featured: Boolean(row.featured),
    unit: units.get(String(relationId(row.unit))) ?? null,
    reformAreas: terms(row.reformAreas, areas),
    tags: terms(row.tags, tags),
    image: publicImage(context, media.get(String(relationId(row.coverImage)))),
  }))
}

/** A page of published articles as summaries; `withBody` adds each one's HTML (for the feeds). */
export const findArticles = async <WithBody extends boolean = false>(
  context: PublicContext,
  filters: ContentFilters,
  paging: Paging,
  options: { withBody?: WithBody } = {},
): Promise<{
  items: Array<WithBody extends true ? ArticleSummary & { bodyHtml: string } : ArticleSummary>
  info: PageInfo
}> => {
  const select = options.withBody ? { ...articleSummarySelect, body: true } : articleSummarySelect
  const { rows, info } = await findPage<ArticleRow>(
    context,
    'articles',
    filters,
    paging,
    select,
    ['-publishedAt', '-id'],
    (row) => ({
      title: row.title,
      summary: row.summary,
    }),
  )
  const summaries = await summarize(context, rows)
  // The item type depends on `WithBody`, which TypeScript cannot narrow inside the function.
  if (!options.withBody) return { items: summaries as never, info }
  const refs = await richTextRefs(
    context,
    rows.map((row) => row.body),
  )
  // As above: `WithBody` is true here.
  return {
    items: summaries.map((summary, index) => ({
      ...summary,
      bodyHtml: richTextToHtml(rows[index]!.body, refs),
    })) as never,
    info,
  }
}

/** One published article by slug, with its body as HTML and its published related articles; null when none. */
export const findArticleBySlug = async (
  context: PublicContext,
  slug: string,
): Promise<ArticleDetail | null> => {
  const { docs } = await context.visitor.find({
    collection: slugs.articles,
    where: { slug: { equals: slug } },
    select: {
      ...articleSummarySelect,
      body: true,
      byline: true,
      source: true,
      relatedArticles: true,
    },
    depth: 0,
    limit: 1,
  })
  const row: ArticleRow | undefined = docs[0]
  if (!row) return null
  const relatedIds = ids(idsOf(row.relatedArticles))
  const [[summary], refs, relatedRows] = await Promise.all([
    summarize(context, [row]),
    richTextRefs(context, [row.body]),
    relatedIds.length === 0
      ? Promise.resolve([] as ArticleRow[])
      : context.visitor
          .find({
            collection: slugs.articles,
            where: { id: { in: relatedIds } },
            select: articleSummarySelect,
            depth: 0,
            pagination: false,
          })
          .then((result): ArticleRow[] => result.docs),
  ])
  // In the order the editor chose; unpublished ones are simply absent.
  const order = new Map(relatedIds.map((id, index) => [id, index]))
  const related = await summarize(
    context,
    [...relatedRows].sort(
      (a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0),
    ),
  )
  const sourceName = row.source?.name?.trim() || null
  const rawSourceUrl = row.source?.url?.trim()
  const sourceUrl = rawSourceUrl && isValidHttpUrl(rawSourceUrl) ? new URL(rawSourceUrl).href : null
  return {
    ...summary!,
    bodyHtml: richTextToHtml(row.body, refs),
    byline: row.byline?.trim() || null,
    source: sourceName || sourceUrl ? { name: sourceName, url: sourceUrl } : null,
    related,
  }
}

// ---------- FAQs ----------

const faqsOf = async (context: PublicContext, rows: FaqRow[]): Promise<PublicFaq[]> => {
  const [units, fields, areas, refs] = await Promise.all([
    unitsById(context, ids(rows.map((row) => row.unit))),
    termsById(context, slugs.procedureFields, ids(rows.map((row) => row.procedureField))),
    termsById(context, slugs.reformAreas, ids(rows.map((row) => row.reformArea))),
    richTextRefs(
      context,
      rows.map((row) => row.answer),
    ),
  ])
  return rows.map((row) => ({
    id: String(row.id),
    slug: row.slug ?? '',
    question: row.question,
    answerHtml: richTextToHtml(row.answer, refs),
    field: fields.get(String(relationId(row.procedureField))) ?? null,
    reformArea: areas.get(String(relationId(row.reformArea))) ?? null,
    unit: units.get(String(relationId(row.unit))) ?? null,
    publishedAt: new Date(row.publishedAt ?? row.createdAt ?? 0).toISOString(),
  }))
}

/** A page of published FAQs: in the editors' order (then newest) or, for feeds, newest first. */
export const findFaqs = async (
  context: PublicContext,
  filters: ContentFilters,
  paging: Paging,
  order: 'editorial' | 'newest' = 'editorial',
): Promise<{ items: PublicFaq[]; info: PageInfo }> => {
  const sort = order === 'editorial' ? ['order', '-publishedAt', '-id'] : ['-publishedAt', '-id']
  const { rows, info } = await findPage<FaqRow>(
    context,
    'faqs',
    filters,
    paging,
    faqSelect,
    sort,
    (row) => ({ title: row.question, summary: null }),
  )
  return { items: await faqsOf(context, rows), info }
}

export const findFaqBySlug = async (
  context: PublicContext,
  slug: string,
): Promise<PublicFaq | null> => {
  const { docs } = await context.visitor.find({
    collection: slugs.faqs,
    where: { slug: { equals: slug } },
    select: faqSelect,
    depth: 0,
    limit: 1,
  })
  const row: FaqRow | undefined = docs[0]
  return row ? ((await faqsOf(context, [row]))[0] ?? null) : null
}

// ---------- taxonomies ----------

export const listReformAreas = async (context: PublicContext) => {
  const { docs } = await context.visitor.find({
    collection: slugs.reformAreas,
    select: { slug: true, name: true, description: true },
    sort: ['order', 'name'],
    depth: 0,
    pagination: false,
  })
  return docs.map((doc) => ({
    slug: doc.slug ?? '',
    name: doc.name,
    description: doc.description?.trim() || null,
  }))
}

/** Names of terms by slug, for feed titles ("Tin cải cách hành chính – Cải cách TTHC"). */
export const termName = async (
  context: PublicContext,
  collection: TermCollection,
  slug: string,
): Promise<string | null> => {
  const { docs } = await context.visitor.find({
    collection,
    where: { slug: { equals: slug } },
    select: { name: true },
    depth: 0,
    limit: 1,
  })
  return docs[0]?.name ?? null
}
