import { unitLevels, unitTypes } from '@/modules/organisation'
import { broadcastChannels, periodBases } from '@/modules/campaigns'
import { bilingual } from '@/modules/delivery/i18n'

/**
 * The response shapes of the public API v1 as JSON Schema (2020-12, what OpenAPI 3.1 uses), defined
 * once: the OpenAPI document publishes them and the tests validate real responses against them.
 * Every object is closed (`additionalProperties: false`): a field added to a collection in the admin
 * never leaks into a response, and a response that grows by accident fails the tests.
 */
export type JsonSchema = Record<string, unknown>

/** The names of the schema components the document declares. */
export const componentNames = [
  'ImageSize',
  'Image',
  'TermRef',
  'UnitRef',
  'ArticleSummary',
  'Article',
  'ArticlePage',
  'Faq',
  'FaqPage',
  'ReformArea',
  'ReformAreaList',
  'Unit',
  'UnitList',
  'ScheduleItem',
  'Schedule',
  'PlanSummary',
  'PlanList',
  'Scorecard',
  'Error',
] as const

export type ComponentName = (typeof componentNames)[number]

export const ref = (name: ComponentName): JsonSchema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })
const text = { type: 'string' } as const
const nullableText = { type: ['string', 'null'] } as const
const instant = { type: 'string', format: 'date-time' } as const
const day = { type: 'string', format: 'date' } as const
const id = { type: 'string', description: bilingual('public.api.schema.id') } as const
const html = { type: 'string', description: bilingual('public.api.schema.html') } as const
const count = { type: 'integer', minimum: 0 } as const

const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
})

const articleSummaryProperties = {
  id,
  slug: text,
  title: text,
  summary: text,
  publishedAt: instant,
  featured: { type: 'boolean' },
  unit: nullable(ref('UnitRef')),
  reformAreas: { type: 'array', items: ref('TermRef') },
  tags: { type: 'array', items: ref('TermRef') },
  image: nullable(ref('Image')),
}

const pageProperties = {
  page: { type: 'integer', minimum: 1 },
  limit: { type: 'integer', minimum: 1, maximum: 50 },
  totalItems: count,
  totalPages: { type: 'integer', minimum: 1 },
  nextPage: { type: ['integer', 'null'], minimum: 2 },
}

const paged = (item: ComponentName): JsonSchema =>
  object({ items: { type: 'array', items: ref(item) }, ...pageProperties })
const listOf = (item: ComponentName): JsonSchema =>
  object({ items: { type: 'array', items: ref(item) } })

export const schemas: Record<ComponentName, JsonSchema> = {
  ImageSize: object({
    url: { type: 'string', format: 'uri' },
    width: { type: 'integer' },
    height: { type: 'integer' },
  }),
  Image: object({
    alt: text,
    thumbnail: nullable(ref('ImageSize')),
    card: nullable(ref('ImageSize')),
    hero: nullable(ref('ImageSize')),
  }),
  TermRef: object({ slug: text, name: text }),
  UnitRef: object({ code: text, name: text }),
  ArticleSummary: object(articleSummaryProperties),
  Article: object({
    ...articleSummaryProperties,
    bodyHtml: html,
    byline: nullableText,
    source: nullable(
      object({ name: nullableText, url: nullable({ type: 'string', format: 'uri' }) }),
    ),
    related: { type: 'array', items: ref('ArticleSummary') },
  }),
  ArticlePage: paged('ArticleSummary'),
  Faq: object({
    id,
    slug: text,
    question: text,
    answerHtml: html,
    field: nullable(ref('TermRef')),
    reformArea: nullable(ref('TermRef')),
    unit: nullable(ref('UnitRef')),
    publishedAt: instant,
  }),
  FaqPage: paged('Faq'),
  ReformArea: object({ slug: text, name: text, description: nullableText }),
  ReformAreaList: listOf('ReformArea'),
  Unit: object({
    code: text,
    name: text,
    level: { type: 'string', enum: [...unitLevels] },
    type: nullable({ type: 'string', enum: [...unitTypes] }),
    officialCode: nullableText,
    parentCode: nullableText,
    portalUrl: nullable({ type: 'string', format: 'uri' }),
    validFrom: nullable(day),
    validTo: nullable(day),
    successorOf: nullableText,
  }),
  UnitList: listOf('Unit'),
  ScheduleItem: object({
    itemId: id,
    title: text,
    channel: { type: 'string', enum: [...broadcastChannels] },
    channelName: text,
    outlet: object({ id, name: text }),
    start: instant,
    end: instant,
  }),
  Schedule: listOf('ScheduleItem'),
  PlanSummary: object({
    id,
    number: text,
    title: text,
    year: { type: 'integer' },
    issueDate: nullable(day),
    issuingUnit: nullable(ref('UnitRef')),
    periodStart: nullable(day),
    periodEnd: nullable(day),
    summary: nullableText,
    reformAreas: { type: 'array', items: ref('TermRef') },
  }),
  PlanList: listOf('PlanSummary'),
  Scorecard: object({
    plan: object({ id, number: text, title: text, year: { type: 'integer' } }),
    period: object({
      key: text,
      label: text,
      // Which days the figures cover, as the plan counts its periods (calendar or Decree 09/2019).
      window: text,
      basis: { type: 'string', enum: [...periodBases] },
      start: instant,
      end: instant,
    }),
    indicators: {
      type: 'array',
      items: object({
        id,
        title: text,
        targetShare: { type: 'number', minimum: 0, maximum: 100 },
        share: { type: ['number', 'null'], minimum: 0, maximum: 100 },
        inScope: count,
        met: count,
        achieved: { type: 'boolean' },
        rating: { type: 'string', enum: ['green', 'amber', 'red', 'none'] },
      }),
    },
    history: {
      type: 'array',
      items: object({
        period: text,
        label: text,
        shares: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
      }),
    },
  }),
  Error: object({
    error: object({
      code: { type: 'string', enum: ['invalidParameter', 'notFound'] },
      message: text,
    }),
  }),
}
