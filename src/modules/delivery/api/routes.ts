import { listPublicPlans, listSchedule, listUnits, publicScorecard } from './campaigns'
import {
  findArticleBySlug,
  findArticles,
  findFaqBySlug,
  findFaqs,
  listReformAreas,
} from './content'
import { defineOperation, notFound, type ApiOperation } from './operation'
import {
  areaParam,
  atParam,
  featuredParam,
  fieldParam,
  fromParam,
  limitParam,
  outletParam,
  pageParam,
  parentParam,
  periodParam,
  planIdParam,
  queryParam,
  scheduleFromParam,
  scheduleToParam,
  slugPathParam,
  subtreeParam,
  tagParam,
  toParam,
  unitCodeParam,
  unitParam,
} from './params'

/**
 * Every operation of the public API v1 (under /api/public/v1), in the order the documentation
 * shows them. Adding one here serves it, documents it and puts it under the contract tests.
 */
export const apiOperations: ApiOperation[] = [
  defineOperation({
    operationId: 'listArticles',
    path: '/articles',
    tag: 'content',
    summary: 'public.api.op.listArticles',
    description: 'public.api.op.listArticles.description',
    params: [
      areaParam,
      tagParam,
      unitParam,
      subtreeParam,
      featuredParam,
      fromParam,
      toParam,
      queryParam,
      pageParam,
      limitParam,
    ],
    response: 'ArticlePage',
    handler: async (context, { page, limit, ...filters }) => {
      const { items, info } = await findArticles(context, filters, { page, limit })
      return { items, ...info }
    },
  }),
  defineOperation({
    operationId: 'getArticle',
    path: '/articles/{slug}',
    tag: 'content',
    summary: 'public.api.op.getArticle',
    params: [slugPathParam],
    response: 'Article',
    hasNotFound: true,
    handler: async (context, { slug }) =>
      (await findArticleBySlug(context, slug)) ??
      Promise.reject(notFound('public.api.articleNotFound', { slug })),
  }),
  defineOperation({
    operationId: 'listFaqs',
    path: '/faqs',
    tag: 'content',
    summary: 'public.api.op.listFaqs',
    description: 'public.api.op.listFaqs.description',
    params: [fieldParam, areaParam, unitParam, subtreeParam, queryParam, pageParam, limitParam],
    response: 'FaqPage',
    handler: async (context, { page, limit, ...filters }) => {
      const { items, info } = await findFaqs(context, filters, { page, limit })
      return { items, ...info }
    },
  }),
  defineOperation({
    operationId: 'getFaq',
    path: '/faqs/{slug}',
    tag: 'content',
    summary: 'public.api.op.getFaq',
    params: [slugPathParam],
    response: 'Faq',
    hasNotFound: true,
    handler: async (context, { slug }) =>
      (await findFaqBySlug(context, slug)) ??
      Promise.reject(notFound('public.api.faqNotFound', { slug })),
  }),
  defineOperation({
    operationId: 'listReformAreas',
    path: '/reform-areas',
    tag: 'content',
    summary: 'public.api.op.listReformAreas',
    params: [],
    response: 'ReformAreaList',
    handler: async (context) => ({ items: await listReformAreas(context) }),
  }),
  defineOperation({
    operationId: 'listUnits',
    path: '/units',
    tag: 'organisation',
    summary: 'public.api.op.listUnits',
    description: 'public.api.op.listUnits.description',
    params: [parentParam, unitCodeParam, atParam],
    response: 'UnitList',
    handler: async (context, query) => ({ items: await listUnits(context, query) }),
  }),
  defineOperation({
    operationId: 'getSchedule',
    path: '/schedule',
    tag: 'schedule',
    summary: 'public.api.op.schedule',
    description: 'public.api.op.schedule.description',
    params: [unitParam, subtreeParam, outletParam, scheduleFromParam, scheduleToParam],
    response: 'Schedule',
    handler: async (context, query) => ({ items: await listSchedule(context, query) }),
  }),
  defineOperation({
    operationId: 'listPlans',
    path: '/plans',
    tag: 'plans',
    summary: 'public.api.op.listPlans',
    params: [],
    response: 'PlanList',
    handler: async (context) => ({ items: await listPublicPlans(context) }),
  }),
  defineOperation({
    operationId: 'getPlanScorecard',
    path: '/plans/{id}/scorecard',
    tag: 'plans',
    summary: 'public.api.op.scorecard',
    description: 'public.api.op.scorecard.description',
    params: [planIdParam, periodParam],
    response: 'Scorecard',
    hasNotFound: true,
    handler: async (context, { id, period }) => publicScorecard(context, id, period),
  }),
]
