import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { quietSystemRequest } from '@/platform/bulk'
import { storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { slugify } from '@/platform/text/slug'
import { DAY } from '@/platform/time'

import { drawBanner } from './images'
import { seedArticles } from './articles'
import { seedComments } from './comments'
import { seedFaqs } from './faqs'
import { seedQuestions } from './questions'
import { lexicalBody } from './richText'
import { seedProcedureFields, seedReformAreas } from './taxonomy'
import type { SeedArticle } from './types'

type Id = number | string
type Ids = Map<string, Id>
type System = ReturnType<typeof asSystem>

/** Finds a document by a unique field or creates it; returns its id and whether it was new. */
const ensure = async (
  system: System,
  collection: typeof slugs.reformAreas | typeof slugs.tags | typeof slugs.procedureFields,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<number | string> => {
  const slug = slugify(name)
  const { docs } = await system.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0].id
  return (await system.create({ collection, data: { name, slug, ...extra }, depth: 0 })).id
}

type ReviewData = {
  _status?: 'published'
  reviewStatus: 'draft' | 'inReview' | 'returned' | 'published'
  reviewedBy?: number
  reviewComment?: string
}

const reviewFields = (article: SeedArticle, reviewer: number | string): ReviewData => {
  switch (article.state) {
    case 'published':
      return { _status: 'published', reviewStatus: 'published', reviewedBy: storedId(reviewer) }
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
  ids: { units: Ids; editor: Id; reviewer: Id },
): Promise<{ articlesCreated: number; faqsCreated: number; mediaCreated: number }> => {
  // Seeding is the system acting, not a user, and quietly: derived data is rebuilt once at the end.
  const system = asSystem(await quietSystemRequest(payload))
  const unit = (code: string) => storedId(ids.units.get(code)!)
  const mediaCreated = await seedBanners(system, unit('HT'))
  const areas = new Map<string, number | string>()
  for (const [key, area] of Object.entries(seedReformAreas))
    areas.set(key, await ensure(system, slugs.reformAreas, area.name, area))
  const fields = new Map<string, number | string>()
  for (const [key, field] of Object.entries(seedProcedureFields))
    fields.set(key, await ensure(system, slugs.procedureFields, field.name, field))
  const tags = new Map<string, number | string>()
  for (const name of new Set(seedArticles.flatMap((a) => a.tags)))
    tags.set(name, await ensure(system, slugs.tags, name))

  const now = Date.now()
  const articleIds: (number | string)[] = []
  let articlesCreated = 0
  for (const [index, article] of seedArticles.entries()) {
    const slug = slugify(article.title)
    const existing = await system.find({
      collection: slugs.articles,
      where: { slug: { equals: slug } },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      articleIds.push(existing.docs[0].id)
      continue
    }
    const cover = await drawBanner((index * 37) % 360, 1200, 675)
    const media = await system.create({
      collection: slugs.media,
      data: {
        alt: article.coverCaption,
        caption: article.coverCaption,
        credit: article.byline,
        visibility: 'public',
        unit: unit(article.unit),
      },
      file: {
        data: cover,
        mimetype: 'image/jpeg',
        name: `${slug.slice(0, 60)}.jpg`,
        size: cover.length,
      },
      depth: 0,
    })
    const publishedAt = new Date(now - article.daysAgo * DAY).toISOString()
    const doc = await system.create({
      collection: slugs.articles,
      draft: article.state !== 'published',
      data: {
        title: article.title,
        slug,
        summary: article.summary,
        body: lexicalBody({
          paragraphs: article.paragraphs,
          heading: article.heading,
          image: article.featured
            ? { id: media.id, caption: article.coverCaption, after: 0 }
            : undefined,
        }),
        coverImage: media.id,
        reformAreas: article.areas.map((key) => storedId(areas.get(key)!)),
        tags: article.tags.map((name) => storedId(tags.get(name)!)),
        unit: unit(article.unit),
        byline: article.byline,
        source: article.source ? { name: article.source.name, url: article.source.url } : undefined,
        featured: Boolean(article.featured),
        publishedAt: article.state === 'published' ? publishedAt : undefined,
        author: storedId(ids.editor),
        ...reviewFields(article, ids.reviewer),
      },
      depth: 0,
    })
    if (article.state === 'scheduled') {
      // Payload keeps the document id of this job as text (its own comment, #10481); its type says number.
      await payload.jobs.queue({
        task: 'schedulePublish',
        // The id as text (see above); the job's generated type says number.
        input: {
          type: 'publish',
          doc: { relationTo: slugs.articles, value: String(doc.id) as never },
          user: { relationTo: slugs.users, value: storedId(ids.reviewer) },
        },
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
      const next = seedArticles.findIndex(
        (other, j) =>
          j > index &&
          other.state === 'published' &&
          other.areas.some((a) => article.areas.includes(a)),
      )
      if (next > 0) {
        await system.update({
          collection: slugs.articles,
          id: articleIds[index]!,
          data: { relatedArticles: [storedId(articleIds[next]!)] },
          depth: 0,
        })
      }
    }
  }

  let faqsCreated = 0
  for (const faq of seedFaqs) {
    const slug = slugify(faq.question)
    const existing = await system.count({
      collection: slugs.faqs,
      where: { slug: { equals: slug } },
    })
    if (existing.totalDocs > 0) continue
    await system.create({
      collection: slugs.faqs,
      draft: faq.state !== 'published',
      data: {
        question: faq.question,
        slug,
        answer: lexicalBody({ paragraphs: faq.answerParagraphs }),
        procedureField: storedId(fields.get(faq.field)!),
        reformArea: storedId(areas.get(faq.area)!),
        unit: unit(faq.unit),
        order: faq.order,
        author: storedId(ids.editor),
        ...(faq.state === 'published'
          ? {
              _status: 'published' as const,
              reviewStatus: 'published' as const,
              reviewedBy: storedId(ids.reviewer),
              publishedAt: new Date(now - faq.order * DAY).toISOString(),
            }
          : { reviewStatus: 'draft' as const }),
      },
      depth: 0,
    })
    faqsCreated++
  }

  // Questions, comments and ratings only come with a freshly seeded database.
  if (articlesCreated > 0) {
    for (const question of seedQuestions) {
      const created = await system.create({
        collection: slugs.citizenQuestions,
        data: {
          name: question.name,
          email: question.email,
          question: question.question,
          procedureField: storedId(fields.get(question.field)!),
          status: question.state === 'published' ? 'answered' : question.state,
          answer: question.answer ? lexicalBody({ paragraphs: [question.answer] }) : undefined,
          // The demo has no mail server: mark answers as already mailed.
          answerEmailedAt: question.answer ? new Date(now).toISOString() : undefined,
          // The demo askers and commenters agreed to processing and to anonymous publication.
          consentProcessing: true,
          consentPublish: true,
        },
        depth: 0,
      })
      if (question.state === 'published') {
        const faq = await system.create({
          collection: slugs.faqs,
          data: {
            question: question.question,
            answer: lexicalBody({ paragraphs: [question.answer ?? ''] }),
            procedureField: storedId(fields.get(question.field)!),
            unit: unit('HT-SNV'),
            sourceQuestion: created.id,
            _status: 'published',
            reviewStatus: 'published',
            publishedAt: new Date(now).toISOString(),
          },
          depth: 0,
        })
        await system.update({
          collection: slugs.citizenQuestions,
          id: created.id,
          data: { status: 'published', faq: faq.id },
          depth: 0,
        })
      }
    }
    for (const comment of seedComments) {
      await system.create({
        collection: slugs.comments,
        data: {
          article: storedId(articleIds[comment.article]!),
          name: comment.name,
          content: comment.content,
          status: comment.state,
          consentProcessing: true,
          consentPublish: true,
        },
        depth: 0,
      })
    }
    // One person asked what the office holds about them (the queue's deadlines start today).
    await system.create({
      collection: slugs.personalDataRequests,
      data: {
        kind: 'access',
        name: seedQuestions[0]!.name,
        email: seedQuestions[0]!.email,
        details: 'Xin cho tôi biết cơ quan đang lưu giữ những dữ liệu cá nhân nào của tôi.',
        declaration: true,
        status: 'received',
      },
      depth: 0,
    })
    for (const [index, article] of seedArticles.entries()) {
      if (article.state !== 'published') continue
      for (let visitor = 0; visitor < (index % 5) + 1; visitor++) {
        await system.create({
          collection: slugs.ratings,
          // `visitorId` is read by a hook from the request and never stored, so the generated type lacks it.
          data: {
            article: storedId(articleIds[index]!),
            score: 3 + ((index + visitor) % 3),
            visitorId: `seed-${index}-${visitor}`,
          } as { article: number; score: number },
          depth: 0,
        })
      }
    }
  }
  return { articlesCreated, faqsCreated, mediaCreated }
}

const banners = [
  {
    name: 'demo-banner-cchc.jpg',
    hue: 205,
    alt: 'Ảnh minh họa chuyên mục cải cách hành chính của tỉnh',
    credit: 'Ảnh minh họa: Sở Nội vụ',
  },
  {
    name: 'demo-banner-mot-cua.jpg',
    hue: 150,
    alt: 'Ảnh minh họa bộ phận một cửa tiếp nhận hồ sơ của người dân',
    credit: 'Ảnh minh họa: Trung tâm Phục vụ hành chính công',
  },
]

/** Two drawn banners for the media library (drawn here: the seed fetches nothing). */
const seedBanners = async (system: System, unit: number): Promise<number> => {
  let created = 0
  for (const banner of banners) {
    const found = await system.count({
      collection: slugs.media,
      where: { filename: { equals: banner.name } },
    })
    if (found.totalDocs > 0) continue
    const data = await drawBanner(banner.hue)
    await system.create({
      collection: slugs.media,
      data: { alt: banner.alt, credit: banner.credit, visibility: 'public', unit },
      file: { data, mimetype: 'image/jpeg', name: banner.name, size: data.length },
      depth: 0,
    })
    created++
  }
  return created
}
