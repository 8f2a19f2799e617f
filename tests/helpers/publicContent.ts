import type { Payload } from 'payload'
import { slugs } from '@/platform/slugs'
import { dispatchPublic } from '@/modules/delivery/registry'
import { richText } from './content'
import type { Tree } from './fixtures'
import sharp from 'sharp'

/** Calls a public route the way the Next route handlers do. */
export const getPublic = (
  payload: Payload,
  pathAndQuery: string,
  headers: Record<string, string> = {},
) => dispatchPublic(payload, new Request(`http://localhost:3000${pathAndQuery}`, { headers }))

const sys = { overrideAccess: true } as const

export const createTerm = async (
  payload: Payload,
  collection: typeof slugs.reformAreas | typeof slugs.tags | typeof slugs.procedureFields,
  name: string,
  order = 0,
) => payload.create({ collection, data: { name, order }, ...sys })

/** An image in the library, resized to its thumbnail, card and hero sizes by the real upload path. */
export const createImage = async (
  payload: Payload,
  alt: string,
  visibility: 'public' | 'internal' = 'public',
) => {
  const data = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  return payload.create({
    collection: slugs.media,
    data: { alt, visibility },
    file: {
      data,
      mimetype: 'image/png',
      name: `${alt.length}-${visibility}.png`,
      size: data.byteLength,
    },
    ...sys,
  })
}

type ArticleInput = {
  title: string
  summary?: string
  body?: string
  unit: number
  reformAreas: number[]
  tags?: number[]
  publishedAt?: string
  featured?: boolean
  coverImage?: number
  byline?: string
  source?: { name?: string; url?: string }
  relatedArticles?: number[]
}

/** A published article (or a draft with `draft: true`), made as the system. */
export const createArticle = async (payload: Payload, input: ArticleInput, draft = false) =>
  payload.create({
    collection: slugs.articles,
    data: {
      summary: `Tóm tắt: ${input.title}`,
      ...input,
      body: richText(input.body ?? input.title),
      _status: draft ? 'draft' : 'published',
    },
    draft,
    ...sys,
  })

type FaqInput = {
  question: string
  answer?: string
  procedureField: number
  reformArea?: number
  unit: number
  publishedAt?: string
  order?: number
}

export const createFaq = async (payload: Payload, input: FaqInput, draft = false) =>
  payload.create({
    collection: slugs.faqs,
    data: {
      ...input,
      answer: richText(input.answer ?? `Trả lời: ${input.question}`),
      _status: draft ? 'draft' : 'published',
    },
    draft,
    ...sys,
  })

/** The content both public test files use: three published articles, a draft, FAQs. */
export const createPublicContent = async (payload: Payload, tree: Tree) => {
  const procedureArea = await createTerm(
    payload,
    slugs.reformAreas,
    'Cải cách thủ tục hành chính',
    1,
  )
  const digitalArea = await createTerm(payload, slugs.reformAreas, 'Xây dựng chính quyền số', 2)
  const oneStop = await createTerm(payload, slugs.tags, 'Một cửa')
  const onlineServices = await createTerm(payload, slugs.tags, 'Dịch vụ công')
  const land = await createTerm(payload, slugs.procedureFields, 'Đất đai')
  const investment = await createTerm(payload, slugs.procedureFields, 'Đầu tư')
  const cover = await createImage(payload, 'Bộ phận một cửa huyện A')
  const internalImage = await createImage(payload, 'Ảnh nội bộ', 'internal')

  const training = await createArticle(payload, {
    title: 'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    unit: tree.centreA1,
    reformAreas: [digitalArea.id as number],
    tags: [onlineServices.id as number],
    publishedAt: '2026-02-01T08:00:00+07:00',
  })
  const hotline = await createArticle(payload, {
    title: 'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
    unit: tree.communeB1,
    reformAreas: [procedureArea.id as number],
    publishedAt: '2026-01-15T08:00:00+07:00',
    coverImage: internalImage.id as number,
  })
  const draft = await createArticle(
    payload,
    {
      title: 'Bản nháp chưa duyệt về thủ tục',
      unit: tree.province,
      reformAreas: [procedureArea.id as number],
    },
    true,
  )
  const oneStopNews = await createArticle(payload, {
    title: 'Cải cách thủ tục hành chính tại bộ phận một cửa',
    summary: 'Người dân hài lòng với bộ phận một cửa',
    body: 'Thủ tục được giải quyết trước hạn.',
    unit: tree.province,
    reformAreas: [procedureArea.id as number],
    tags: [oneStop.id as number],
    publishedAt: '2026-03-10T09:00:00+07:00',
    featured: true,
    coverImage: cover.id as number,
    byline: 'Bài, ảnh: Thu Hà',
    source: { name: 'Báo Thử Nghiệm', url: 'https://bao.example/cai-cach' },
    relatedArticles: [training.id as number, draft.id as number],
  })

  const landFaq = await createFaq(payload, {
    question: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?',
    procedureField: land.id as number,
    reformArea: procedureArea.id as number,
    unit: tree.communeA1,
    publishedAt: '2026-03-01T08:00:00+07:00',
    order: 1,
  })
  const investmentFaq = await createFaq(payload, {
    question: 'Đăng ký đầu tư trực tuyến như thế nào?',
    procedureField: investment.id as number,
    reformArea: digitalArea.id as number,
    unit: tree.province,
    publishedAt: '2026-02-01T08:00:00+07:00',
    order: 2,
  })
  const draftFaq = await createFaq(
    payload,
    { question: 'Hỏi đáp nháp về đất đai', procedureField: land.id as number, unit: tree.province },
    true,
  )

  return {
    areas: { procedure: procedureArea, digital: digitalArea },
    tags: { oneStop, onlineServices },
    fields: { land, investment },
    media: { cover, internalImage },
    articles: { oneStopNews, training, hotline, draft },
    faqs: { landFaq, investmentFaq, draftFaq },
  }
}

export type PublicContent = Awaited<ReturnType<typeof createPublicContent>>
