import type { Payload } from 'payload'

import { slugs } from '@/platform/slugs'
import { slugify } from '@/platform/text/slug'
import { drawBanner } from './images'
import { seedArticles } from './articles'
import { seedComments } from './comments'
import { seedFaqs } from './faqs'
import { seedQuestions } from './questions'
import { lexicalBody } from './richText'
import { seedProcedureFields, seedReformAreas } from './taxonomy'
import type { SeedArticle } from './types'

type Ids = Map<string, number | string>
const system = { overrideAccess: true, depth: 0 } as const
const DAY = 24 * 60 * 60 * 1000

/** Finds a document by a unique field or creates it; returns its id and whether it was new. */
const ensure = async (
  payload: Payload,
  collection: 'reform-areas' | 'tags' | 'procedure-fields',
  name: string,
  extra: Record<string, unknown> = {},
): Promise<number | string> => {
  const slug = slugify(name)
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, ...system })
  if (docs[0]) return docs[0].id
  return (await payload.create({ collection, data: { name, slug, ...extra }, ...system })).id
}

type ReviewData = { _status?: 'published'; reviewStatus: 'draft' | 'inReview' | 'returned' | 'published'; reviewedBy?: number; reviewComment?: string }

const reviewFields = (article: SeedArticle, reviewer: number | string): ReviewData => {
  switch (article.state) {
    case 'published':
      return { _status: 'published', reviewStatus: 'published', reviewedBy: reviewer as number }
    case 'inReview':
    case 'scheduled':
      return { reviewStatus: 'inReview' }
    case 'returned':
      return { reviewStatus: 'returned', reviewComment: article.reviewComment }
    default:
      return { reviewStatus: 'draft' }
  }
}

/**
 * The content of the demo province: reform areas, procedure fields, tags, ~30 articles with drawn
 * covers in every workflow state (one scheduled through Payload's job), ~20 FAQs, citizen questions
 * and comments in every state, and a few ratings. Idempotent: documents are found by slug first.
 */
export const seedContent = async (
  payload: Payload,
  ids: { units: Ids; editor: number | string; reviewer: number | string },
): Promise<{ articlesCreated: number; faqsCreated: number }> => {
  const areas = new Map<string, number | string>()
  for (const [key, area] of Object.entries(seedReformAreas)) areas.set(key, await ensure(payload, slugs.reformAreas, area.name, area))
  const fields = new Map<string, number | string>()
  for (const [key, field] of Object.entries(seedProcedureFields)) fields.set(key, await ensure(payload, slugs.procedureFields, field.name, field))
  const tags = new Map<string, number | string>()
  for (const name of new Set(seedArticles.flatMap((a) => a.tags))) tags.set(name, await ensure(payload, slugs.tags, name))

  const now = Date.now()
  const articleIds: (number | string)[] = []
  let articlesCreated = 0
  for (const [index, article] of seedArticles.entries()) {
    const slug = slugify(article.title)
    const existing = await payload.find({ collection: slugs.articles, where: { slug: { equals: slug } }, draft: true, limit: 1, ...system })
    if (existing.docs[0]) {
      articleIds.push(existing.docs[0].id)
      continue
    }
    const cover = await drawBanner((index * 37) % 360, 1200, 675)
    const media = await payload.create({
      collection: slugs.media,
      data: { alt: article.coverCaption, caption: article.coverCaption, credit: article.byline, visibility: 'public', unit: ids.units.get(article.unit) as number },
      file: { data: cover, mimetype: 'image/jpeg', name: `${slug.slice(0, 60)}.jpg`, size: cover.length },
      ...system,
    })
    const publishedAt = new Date(now - article.daysAgo * DAY).toISOString()
    const doc = await payload.create({
      collection: slugs.articles,
      draft: article.state !== 'published',
      data: {
        title: article.title,
        slug,
        summary: article.summary,
        body: lexicalBody({
          paragraphs: article.paragraphs,
          heading: article.heading,
          image: article.featured ? { id: media.id, caption: article.coverCaption, after: 0 } : undefined,
        }),
        coverImage: media.id as number,
        reformAreas: article.areas.map((key) => areas.get(key) as number),
        tags: article.tags.map((name) => tags.get(name) as number),
        unit: ids.units.get(article.unit) as number,
        byline: article.byline,
        source: article.source ? { name: article.source.name, url: article.source.url } : undefined,
        featured: Boolean(article.featured),
        publishedAt: article.state === 'published' ? publishedAt : undefined,
        author: ids.editor as number,
        ...reviewFields(article, ids.reviewer),
      },
      ...system,
    })
    if (article.state === 'scheduled') {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: slugs.articles, value: String(doc.id) as never }, user: { relationTo: slugs.users, value: ids.reviewer as number } },
        waitUntil: new Date(now - article.daysAgo * DAY),
      })
    }
    articleIds.push(doc.id)
    articlesCreated++
  }
  // Related articles: each published article points at the next one in the same area.
  if (articlesCreated > 0) {
    for (const [index, article] of seedArticles.entries()) {
      if (article.state !== 'published') continue
      const next = seedArticles.findIndex((other, j) => j > index && other.state === 'published' && other.areas.some((a) => article.areas.includes(a)))
      if (next > 0) {
        await payload.update({ collection: slugs.articles, id: articleIds[index]!, data: { relatedArticles: [articleIds[next] as number] }, ...system })
      }
    }
  }

  let faqsCreated = 0
  for (const faq of seedFaqs) {
    const slug = slugify(faq.question)
    const existing = await payload.count({ collection: slugs.faqs, where: { slug: { equals: slug } }, ...system })
    if (existing.totalDocs > 0) continue
    await payload.create({
      collection: slugs.faqs,
      draft: faq.state !== 'published',
      data: {
        question: faq.question,
        slug,
        answer: lexicalBody({ paragraphs: faq.answerParagraphs }),
        procedureField: fields.get(faq.field) as number,
        reformArea: areas.get(faq.area) as number,
        unit: ids.units.get(faq.unit) as number,
        order: faq.order,
        author: ids.editor as number,
        ...(faq.state === 'published'
          ? { _status: 'published' as const, reviewStatus: 'published' as const, reviewedBy: ids.reviewer as number, publishedAt: new Date(now - faq.order * DAY).toISOString() }
          : { reviewStatus: 'draft' as const }),
      },
      ...system,
    })
    faqsCreated++
  }

  // Questions, comments and ratings only come with a freshly seeded database.
  if (articlesCreated > 0) {
    for (const question of seedQuestions) {
      const created = await payload.create({
        collection: slugs.citizenQuestions,
        data: {
          name: question.name,
          email: question.email,
          question: question.question,
          procedureField: fields.get(question.field) as number,
          status: question.state === 'published' ? 'answered' : question.state,
          answer: question.answer ? lexicalBody({ paragraphs: [question.answer] }) : undefined,
          // The demo has no mail server: mark answers as already mailed.
          answerEmailedAt: question.answer ? new Date(now).toISOString() : undefined,
        },
        ...system,
      })
      if (question.state === 'published') {
        const faq = await payload.create({
          collection: slugs.faqs,
          data: {
            question: question.question,
            answer: lexicalBody({ paragraphs: [question.answer ?? ''] }),
            procedureField: fields.get(question.field) as number,
            unit: ids.units.get('HT-SNV') as number,
            sourceQuestion: created.id as number,
            _status: 'published',
            reviewStatus: 'published',
            publishedAt: new Date(now).toISOString(),
          },
          ...system,
        })
        await payload.update({ collection: slugs.citizenQuestions, id: created.id, data: { status: 'published', faq: faq.id as number }, ...system })
      }
    }
    for (const comment of seedComments) {
      await payload.create({
        collection: slugs.comments,
        data: { article: articleIds[comment.article] as number, name: comment.name, content: comment.content, status: comment.state },
        ...system,
      })
    }
    for (const [index, article] of seedArticles.entries()) {
      if (article.state !== 'published') continue
      for (let visitor = 0; visitor < (index % 5) + 1; visitor++) {
        await payload.create({
          collection: slugs.ratings,
          data: { article: articleIds[index] as number, score: 3 + ((index + visitor) % 3), visitorId: `seed-${index}-${visitor}` } as never,
          ...system,
        })
      }
    }
  }
  return { articlesCreated, faqsCreated }
}
