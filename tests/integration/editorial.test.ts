import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { relationId } from '@/platform/fields/relationId'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let area: number
const token: Record<string, string> = {}

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'editor.b@test.vn', ['editor'], tree.communeB1)
  await createUser(app.payload, 'trusted@test.vn', ['editor'], tree.province, { canPublish: true })
  await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province)
  for (const email of ['editor@test.vn', 'editor.b@test.vn', 'trusted@test.vn', 'reviewer@test.vn'])
    token[email] = await app.login(email, PASSWORD)
})
afterAll(async () => app?.destroy())

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `Tóm tắt: ${title}`,
  body: richText('Nội dung bài viết về cải cách thủ tục hành chính ở cơ sở.'),
  reformAreas: [area],
  unit: tree.province,
  ...extra,
})

type Doc = {
  id: number
  title: string
  slug: string
  _status: string
  reviewStatus?: string
  author?: unknown
  reviewComment?: string
}

const createDraft = async (who: string, title: string, extra: Record<string, unknown> = {}) => {
  const res = await app.rest('POST', '/articles?draft=true', {
    token: token[who],
    body: article(title, extra),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: Doc }).doc
}

const publicIds = async () =>
  ((await (await app.rest('GET', '/articles?limit=100')).json()) as { docs: Doc[] }).docs.map(
    (d) => d.id,
  )

describe('writing and reviewing articles', () => {
  it('should make an ASCII slug from the Vietnamese title and record the author', async () => {
    const doc = await createDraft(
      'editor@test.vn',
      'Đẩy mạnh cải cách thủ tục hành chính ở Cẩm Xuyên',
    )
    expect(doc.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh-o-cam-xuyen')
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: doc.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.author).toBeTruthy()
    expect(stored.reviewStatus).toBe('draft')
  })

  it('should number a second slug and refuse a duplicate one typed by hand, in Vietnamese', async () => {
    const second = await createDraft(
      'editor@test.vn',
      'Đẩy mạnh cải cách thủ tục hành chính ở Cẩm Xuyên',
    )
    expect(second.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh-o-cam-xuyen-2')
    const before = (await app.payload.count({ collection: slugs.articles, overrideAccess: true }))
      .totalDocs
    const res = await app.rest('POST', '/articles?draft=true', {
      token: token['editor@test.vn'],
      body: article('Bài khác', { slug: 'day-manh-cai-cach-thu-tuc-hanh-chinh-o-cam-xuyen' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('đã được dùng cho bài khác')
    expect(
      (await app.payload.count({ collection: slugs.articles, overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('should refuse an article without a title, in Vietnamese, and store nothing', async () => {
    const before = (await app.payload.count({ collection: slugs.articles, overrideAccess: true }))
      .totalDocs
    const res = await app.rest('POST', '/articles', {
      token: token['editor@test.vn'],
      body: article(''),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Tiêu đề|bắt buộc/)
    expect(
      (await app.payload.count({ collection: slugs.articles, overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('should not let an editor publish alone, but let them submit for review', async () => {
    const doc = await createDraft('editor@test.vn', 'Tập huấn dịch vụ công trực tuyến')
    const publish = await app.rest('PATCH', `/articles/${doc.id}`, {
      token: token['editor@test.vn'],
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(JSON.stringify(await publish.json())).toContain('chưa được quyền xuất bản')
    expect(await publicIds()).not.toContain(doc.id)

    const submit = await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['editor@test.vn'],
      body: { reviewStatus: 'inReview' },
    })
    expect(submit.status).toBe(200)
    expect(((await submit.json()) as { doc: Doc }).doc.reviewStatus).toBe('inReview')
  })

  it('should let a reviewer return a submission only with a comment, which the public never sees', async () => {
    const doc = await createDraft('editor@test.vn', 'Bài cần sửa', { reviewStatus: 'inReview' })
    const bare = await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['reviewer@test.vn'],
      body: { reviewStatus: 'returned' },
    })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(await bare.json())).toContain('phải ghi ý kiến')
    const returned = await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['reviewer@test.vn'],
      body: { reviewStatus: 'returned', reviewComment: 'Bổ sung số liệu quý III' },
    })
    expect(returned.status).toBe(200)

    const published = await app.rest('PATCH', `/articles/${doc.id}`, {
      token: token['reviewer@test.vn'],
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const anonymous = (await (await app.rest('GET', `/articles/${doc.id}`)).json()) as Doc &
      Record<string, unknown>
    expect(anonymous.title).toBe('Bài cần sửa')
    for (const hidden of ['reviewComment', 'reviewStatus', 'author', 'reviewedBy', 'searchText'])
      expect(anonymous[hidden]).toBeUndefined()
  })

  it('should let a reviewer and an editor granted the right publish, and publish with a date', async () => {
    const doc = await createDraft('trusted@test.vn', 'Tin được tự xuất bản')
    const res = await app.rest('PATCH', `/articles/${doc.id}`, {
      token: token['trusted@test.vn'],
      body: { _status: 'published' },
    })
    expect(res.status).toBe(200)
    const published = ((await res.json()) as { doc: Doc & { publishedAt?: string } }).doc
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    expect(await publicIds()).toContain(doc.id)
  })

  it('should keep showing the published version while an editor drafts changes to it', async () => {
    const doc = await createDraft('editor@test.vn', 'Bản đã đăng')
    await app.rest('PATCH', `/articles/${doc.id}`, {
      token: token['reviewer@test.vn'],
      body: { _status: 'published' },
    })
    const edit = await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['editor@test.vn'],
      body: { title: 'Bản sửa chưa duyệt' },
    })
    expect(edit.status).toBe(200)
    expect(((await (await app.rest('GET', `/articles/${doc.id}`)).json()) as Doc).title).toBe(
      'Bản đã đăng',
    )
    expect(
      ((await (await app.rest('GET', `/articles/${doc.id}?draft=true`)).json()) as Doc).title,
    ).toBe('Bản đã đăng')
    const staffDraft = (await (
      await app.rest('GET', `/articles/${doc.id}?draft=true`, { token: token['editor@test.vn'] })
    ).json()) as Doc
    expect(staffDraft.title).toBe('Bản sửa chưa duyệt')
  })

  it('should let editors read and restore versions, and refuse versions to the public', async () => {
    const doc = await createDraft('editor@test.vn', 'Phiên bản một')
    await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['editor@test.vn'],
      body: { title: 'Phiên bản hai' },
    })
    expect(
      (await app.rest('GET', `/articles/versions?where[parent][equals]=${doc.id}`)).status,
    ).toBe(403)
    const versions = (await (
      await app.rest('GET', `/articles/versions?where[parent][equals]=${doc.id}&sort=createdAt`, {
        token: token['editor@test.vn'],
      })
    ).json()) as {
      docs: { id: number; version: { title: string; author?: unknown }; createdAt: string }[]
    }
    expect(versions.docs.map((v) => v.version.title)).toEqual(['Phiên bản một', 'Phiên bản hai'])
    // Who changed what: every version records its author.
    const editor = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: 'editor@test.vn' } },
        overrideAccess: true,
      })
    ).docs[0]!
    for (const v of versions.docs)
      expect(String(relationId((v.version as { lastModifiedBy?: unknown }).lastModifiedBy))).toBe(
        String(editor.id),
      )
    const restore = await app.rest(
      'POST',
      `/articles/versions/${versions.docs[0]!.id}?draft=true`,
      { token: token['editor@test.vn'] },
    )
    expect(restore.status).toBe(200)
    const current = (await (
      await app.rest('GET', `/articles/${doc.id}?draft=true`, { token: token['editor@test.vn'] })
    ).json()) as Doc
    expect(current.title).toBe('Phiên bản một')
  })

  it('should keep an editor of one district out of the province articles and units', async () => {
    const doc = await createDraft('editor@test.vn', 'Bài của tỉnh')
    const res = await app.rest('PATCH', `/articles/${doc.id}?draft=true`, {
      token: token['editor.b@test.vn'],
      body: { title: 'Sửa trộm' },
    })
    expect([403, 404]).toContain(res.status)
    const foreign = await app.rest('POST', '/articles?draft=true', {
      token: token['editor.b@test.vn'],
      body: article('Viết hộ xã A1', { unit: tree.communeA1 }),
    })
    expect(foreign.status).toBe(403)
    expect(JSON.stringify(await foreign.json())).toContain('đơn vị của mình')
  })

  it('should show portal API keys published articles only', async () => {
    const key = crypto.randomUUID()
    await createUser(app.payload, 'portal@test.vn', ['portal'], tree.province, {
      enableAPIKey: true,
      apiKey: key,
    })
    const draft = await createDraft('editor@test.vn', 'Nháp không cho cổng')
    const res = await app.rest('GET', '/articles?limit=100', { apiKey: key })
    const docs = ((await res.json()) as { docs: Doc[] }).docs
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    expect((await app.rest('GET', `/articles/versions`, { apiKey: key })).status).toBe(403)
  })

  it('should hide drafts from anonymous GraphQL readers too', async () => {
    const draft = await createDraft('editor@test.vn', 'Bản nháp bí mật')
    const result = await app.graphql('{ Articles(limit: 100) { docs { id title } } }')
    const titles = ((result.data?.Articles as { docs: Doc[] }).docs ?? []).map((d) => d.title)
    expect(titles).not.toContain(draft.title)
    expect(titles).toContain('Tin được tự xuất bản')
    const users = await app.graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(users)).not.toContain('@test.vn')
  })
})
