import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { slugs } from '@/platform/slugs'
import { renderMail } from '@/modules/messaging/templates'
import { solveProof } from '../helpers/antispam'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let field: number
let area: number
let articleId: number
let draftId: number
const token: Record<string, string> = {}
let address = 0
/**
 * Each test speaks from its own address, so rate limits of one test do not leak into another. (The
 * edge, scripts/serve.mjs, is not in front of these handlers: the test sets what it would.)
 */
const from = () => ({ [CLIENT_ADDRESS_HEADER]: `203.0.113.${++address}` })

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ field, area } = await createTaxonomy(app.payload))
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province)
  for (const email of ['editor@test.vn', 'reviewer@test.vn'])
    token[email] = await app.login(email, PASSWORD)
  const base = {
    summary: 'Tóm tắt',
    body: richText('Nội dung'),
    reformAreas: [area],
    unit: tree.province,
  }
  articleId = (
    await app.payload.create({
      collection: slugs.articles,
      data: { ...base, title: 'Bài đã đăng', _status: 'published' },
      overrideAccess: true,
    })
  ).id as number
  draftId = (
    await app.payload.create({
      collection: slugs.articles,
      data: { ...base, title: 'Bài nháp' },
      draft: true,
      overrideAccess: true,
    })
  ).id as number
})
afterAll(async () => app?.destroy())

const count = async (collection: 'citizen-questions' | 'comments' | 'article-ratings') =>
  (await app.payload.count({ collection, overrideAccess: true })).totalDocs

const ask = async (body: Record<string, unknown>, headers = from(), withProof = true) =>
  app.rest('POST', '/citizen-questions', {
    headers,
    body: {
      name: 'Trần Văn Bình',
      email: 'binh@nguoidan.demo',
      question: 'Thủ tục cấp đổi sổ đỏ cần giấy tờ gì?',
      procedureField: field,
      consentProcessing: true,
      consentPublish: true,
      ...(withProof ? { altcha: await solveProof(app) } : {}),
      ...body,
    },
  })

describe('citizen questions', () => {
  it('should take a question from anyone who solves the proof-of-work, as new', async () => {
    const res = await ask({})
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; status?: string } }
    const stored = await app.payload.findByID({
      collection: slugs.citizenQuestions,
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('new')
  })

  it('should refuse a question without the proof, or with a reused proof, and store nothing', async () => {
    const before = await count(slugs.citizenQuestions)
    const missing = await ask({}, from(), false)
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toContain('Thiếu xác minh chống spam')
    const proof = await solveProof(app)
    expect((await ask({ altcha: proof })).status).toBe(201)
    const replay = await ask({ altcha: proof })
    expect(replay.status).toBe(400)
    expect(JSON.stringify(await replay.json())).toContain('đã được dùng')
    expect(await count(slugs.citizenQuestions)).toBe(before + 1)
  })

  it('should refuse an oversized question in Vietnamese', async () => {
    const before = await count(slugs.citizenQuestions)
    const res = await ask({ question: 'Xin hỏi '.repeat(600) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('quá dài (tối đa 4000 ký tự)')
    expect(await count(slugs.citizenQuestions)).toBe(before)
  })

  it('should stop a flood from one address after three questions an hour', async () => {
    const headers = from()
    for (let i = 0; i < 3; i++) expect((await ask({}, headers)).status).toBe(201)
    const before = await count(slugs.citizenQuestions)
    const flooded = await ask({}, headers)
    expect(flooded.status).toBe(429)
    expect(JSON.stringify(await flooded.json())).toContain('gửi quá nhiều lần')
    expect(await count(slugs.citizenQuestions)).toBe(before)
    expect((await ask({}, from())).status).toBe(201)
  })

  it('should never show questions or askers to anonymous readers', async () => {
    expect((await app.rest('GET', '/citizen-questions')).status).toBe(403)
    const gql = await app.graphql('{ CitizenQuestions { docs { email name } } }')
    expect(JSON.stringify(gql)).not.toContain('nguoidan.demo')
  })

  it('should not let the public set the status or the answer', async () => {
    const res = await ask({ status: 'published', answer: richText('Tự trả lời') })
    const { doc } = (await res.json()) as { doc: { id: number } }
    const stored = await app.payload.findByID({
      collection: slugs.citizenQuestions,
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('new')
    expect(stored.answer ?? null).toBeNull()
  })

  it('should queue the answer mail for the asker once, and turn the question into a published FAQ in one click', async () => {
    const queued = async () =>
      (
        await app.payload.find({
          collection: slugs.outbox,
          where: { template: { equals: 'citizenAnswer' } },
          overrideAccess: true,
        })
      ).docs
    const { doc } = (await (
      await ask({ question: 'Đăng ký biến động đất đai mất bao lâu?' })
    ).json()) as { doc: { id: number } }
    const answered = await app.rest('PATCH', `/citizen-questions/${doc.id}`, {
      token: token['editor@test.vn'],
      body: {
        status: 'answered',
        answer: richText('Thời hạn giải quyết không quá 10 ngày làm việc.'),
      },
    })
    expect(answered.status).toBe(200)
    const [message] = await queued()
    expect(message).toMatchObject({
      to: 'binh@nguoidan.demo',
      state: 'pending',
      key: `answer:question:${doc.id}`,
      subject: 'Trả lời câu hỏi của Ông/Bà về thủ tục hành chính',
    })
    const mail = await renderMail(
      app.payload,
      'citizenAnswer',
      message!.data,
      'vi',
      'http://localhost:3000',
    )
    expect(mail.text).toContain('Thời hạn giải quyết không quá 10 ngày làm việc.')
    await app.rest('PATCH', `/citizen-questions/${doc.id}`, {
      token: token['editor@test.vn'],
      body: { assignedUnit: tree.communeA1 },
    })
    expect(await queued()).toHaveLength(1)

    expect(
      (
        await app.rest('POST', `/citizen-questions/${doc.id}/publish-faq`, {
          token: token['editor@test.vn'],
        })
      ).status,
    ).toBe(403)
    const published = await app.rest('POST', `/citizen-questions/${doc.id}/publish-faq`, {
      token: token['reviewer@test.vn'],
    })
    expect(published.status).toBe(201)
    const { faq } = (await published.json()) as { faq: { id: number } }
    const publicFaq = (await (await app.rest('GET', `/faqs/${faq.id}`)).json()) as Record<
      string,
      unknown
    >
    expect(publicFaq.question).toBe('Đăng ký biến động đất đai mất bao lâu?')
    expect(JSON.stringify(publicFaq)).not.toContain('binh@nguoidan.demo')
    expect(JSON.stringify(publicFaq)).not.toContain('Trần Văn Bình')
    expect(
      (
        await app.payload.findByID({
          collection: slugs.citizenQuestions,
          id: doc.id,
          overrideAccess: true,
        })
      ).status,
    ).toBe('published')
    expect(
      (
        await app.rest('POST', `/citizen-questions/${doc.id}/publish-faq`, {
          token: token['reviewer@test.vn'],
        })
      ).status,
    ).toBe(409)
  })

  it('should refuse to mark a question answered without an answer', async () => {
    const { doc } = (await (await ask({})).json()) as { doc: { id: number } }
    const res = await app.rest('PATCH', `/citizen-questions/${doc.id}`, {
      token: token['editor@test.vn'],
      body: { status: 'answered' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Hãy nhập nội dung trả lời')
  })
})

const comment = async (body: Record<string, unknown>, headers = from()) =>
  app.rest('POST', '/comments', {
    headers,
    body: {
      article: articleId,
      name: 'Bạn đọc',
      content: 'Bài viết hay.',
      consentProcessing: true,
      consentPublish: true,
      altcha: await solveProof(app),
      ...body,
    },
  })

describe('comments', () => {
  it('should hold a new comment for moderation and show it to the public only once approved, as text', async () => {
    const res = await comment({ content: 'Bài viết <b>rất</b> hữu ích' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    const visible = async () =>
      (
        (await (await app.rest('GET', '/comments?limit=100')).json()) as {
          docs: { id: number; content: string }[]
        }
      ).docs
    expect((await visible()).map((c) => c.id)).not.toContain(doc.id)
    expect(
      (
        await app.rest('PATCH', `/comments/${doc.id}`, {
          token: token['editor@test.vn'],
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(200)
    const shown = (await visible()).find((c) => c.id === doc.id)
    expect(shown?.content).toBe('Bài viết <b>rất</b> hữu ích')
  })

  it('should refuse a comment with a script in Vietnamese and store nothing', async () => {
    const before = await count(slugs.comments)
    const res = await comment({ content: 'Hay quá <script>document.location="http://x"</script>' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('chứa mã lệnh (script)')
    expect(await count(slugs.comments)).toBe(before)
  })

  it('should refuse comments on drafts, self-approval and floods', async () => {
    expect((await comment({ article: draftId })).status).toBe(400)
    const selfApproved = (await (await comment({ status: 'approved' })).json()) as {
      doc: { id: number }
    }
    expect(
      (
        await app.payload.findByID({
          collection: slugs.comments,
          id: selfApproved.doc.id,
          overrideAccess: true,
        })
      ).status,
    ).toBe('pending')
    const headers = from()
    for (let i = 0; i < 5; i++) expect((await comment({}, headers)).status).toBe(201)
    expect((await comment({}, headers)).status).toBe(429)
  })
})

describe('ratings', () => {
  const rate = async (score: unknown, visitorId?: string, headers = from(), withProof = true) =>
    app.rest('POST', '/article-ratings', {
      headers,
      body: {
        article: articleId,
        score,
        ...(visitorId ? { visitorId } : {}),
        ...(withProof ? { altcha: await solveProof(app) } : {}),
      },
    })

  it('should count one rating per reader, whatever browser id they send, and show the count and average', async () => {
    const reader = from()
    expect((await rate(5, 'visitor-1', reader)).status).toBe(201)
    expect((await rate(4, 'visitor-2')).status).toBe(201)
    const again = await rate(1, 'a-fresh-browser-id', reader)
    expect(again.status).toBe(409)
    expect(JSON.stringify(await again.json())).toContain('đã đánh giá bài viết này')
    const articleView = (await (await app.rest('GET', `/articles/${articleId}`)).json()) as {
      rating: { count: number; average: number }
    }
    expect(articleView.rating).toEqual({ count: 2, average: 4.5 })
  })

  it('should refuse a rating without the anti-spam proof, storing nothing', async () => {
    const before = await count('article-ratings')
    const res = await rate(5, undefined, from(), false)
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Thiếu xác minh chống spam')
    expect(await count('article-ratings')).toBe(before)
  })

  it('should refuse scores outside 1–5 and keep individual ratings private', async () => {
    const res = await rate(6, 'visitor-3')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('từ 1 đến 5')
    expect((await app.rest('GET', '/article-ratings')).status).toBe(403)
  })
})
