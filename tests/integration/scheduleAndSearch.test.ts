import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { runDueJobs } from '@/platform/jobs/scheduler'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { setClock } from '../helpers/clock'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let area: number
let reviewerId: number
let editorId: number

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  reviewerId = (await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province))
    .id as number
  editorId = (await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province))
    .id as number
})
afterAll(async () => app?.destroy())
afterEach(() => {
  jest.useRealTimers()
})

const draft = async (title: string, summary = 'Tóm tắt', body = 'Nội dung') =>
  app.payload.create({
    collection: slugs.articles,
    data: { title, summary, body: richText(body), reformAreas: [area], unit: tree.province },
    draft: true,
    overrideAccess: true,
  })

/** What the admin's "schedule publish" does: queue Payload's schedulePublish job for a time. */
const schedule = (id: number, at: string, by: number, type: 'publish' | 'unpublish' = 'publish') =>
  app.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: slugs.articles, value: String(id) as never },
      user: { relationTo: slugs.users, value: by },
    },
    waitUntil: new Date(at),
  })

const isPublic = async (id: number) => (await app.rest('GET', `/articles/${id}`)).status === 200

describe('scheduled publishing', () => {
  it('should publish at the scheduled time and not a minute before', async () => {
    setClock('2026-12-01T08:00:00+07:00')
    const doc = await draft('Lịch tiếp công dân tháng 12')
    await schedule(doc.id as number, '2026-12-01T09:00:00+07:00', reviewerId)

    setClock('2026-12-01T08:59:00+07:00')
    await runDueJobs(app.payload)
    expect(await isPublic(doc.id as number)).toBe(false)

    setClock('2026-12-01T09:00:30+07:00')
    await runDueJobs(app.payload)
    expect(await isPublic(doc.id as number)).toBe(true)
    const published = await app.payload.findByID({
      collection: slugs.articles,
      id: doc.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(published.reviewStatus).toBe('published')
    expect(String(published.reviewedBy)).toBe(String(reviewerId))
  })

  it('should unpublish at the scheduled time', async () => {
    setClock('2026-12-02T08:00:00+07:00')
    const doc = await draft('Thông báo tạm thời')
    await app.payload.update({
      collection: slugs.articles,
      id: doc.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(await isPublic(doc.id as number)).toBe(true)
    await schedule(doc.id as number, '2026-12-03T00:00:00+07:00', reviewerId, 'unpublish')
    setClock('2026-12-03T00:01:00+07:00')
    await runDueJobs(app.payload)
    expect(await isPublic(doc.id as number)).toBe(false)
  })

  it('should not publish what an editor without the right scheduled', async () => {
    setClock('2026-12-04T08:00:00+07:00')
    const doc = await draft('Lên lịch trái quyền')
    await schedule(doc.id as number, '2026-12-04T09:00:00+07:00', editorId)
    setClock('2026-12-04T09:05:00+07:00')
    await runDueJobs(app.payload)
    expect(await isPublic(doc.id as number)).toBe(false)
  })
})

describe('search that ignores tone marks', () => {
  beforeAll(async () => {
    const publish = async (title: string, summary: string, publishedAt: string) => {
      const doc = await draft(title, summary, `${title}. ${summary}`)
      await app.payload.update({
        collection: slugs.articles,
        id: doc.id,
        data: { _status: 'published', publishedAt },
        overrideAccess: true,
      })
    }
    await publish(
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
      'Người dân hài lòng',
      '2026-09-01T00:00:00Z',
    )
    await publish(
      'Tập huấn dịch vụ công trực tuyến',
      'Gắn với cải cách thủ tục hành chính',
      '2026-10-01T00:00:00Z',
    )
    await publish(
      'Đường dây nóng tiếp nhận phản ánh',
      'Phản ánh, kiến nghị về thủ tục',
      '2026-11-01T00:00:00Z',
    )
    await draft('Cải cách thủ tục hành chính: bản nháp', 'Chưa duyệt')
  })

  const search = async (q: string, token?: string) =>
    (
      (await (
        await app.rest('GET', `/articles/search?q=${encodeURIComponent(q)}`, { token })
      ).json()) as { docs: { title: string; searchText?: string }[] }
    ).docs

  it('should find "cải cách thủ tục" from "cai cach thu tuc", most relevant first, never a draft', async () => {
    const docs = await search('cai cach thu tuc')
    expect(docs.map((d) => d.title)).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
      'Tập huấn dịch vụ công trực tuyến',
    ])
    expect(docs[0]!.searchText).toBeUndefined()
  })

  it('should treat a query with tone marks, upper case or đ the same way', async () => {
    expect((await search('CẢI CÁCH THỦ TỤC')).map((d) => d.title)).toHaveLength(2)
    expect((await search('duong day nong')).map((d) => d.title)).toEqual([
      'Đường dây nóng tiếp nhận phản ánh',
    ])
    expect((await search('Đường dây'.normalize('NFD'))).map((d) => d.title)).toEqual([
      'Đường dây nóng tiếp nhận phản ánh',
    ])
  })

  it('should fold what is typed into the admin list search', async () => {
    const query = (text: string) =>
      app.payload.find({
        collection: slugs.articles,
        where: { searchText: { like: text } },
        overrideAccess: true,
        draft: true,
      })
    const plain = await query('cai cach thu tuc')
    const marked = await query('cải cách thủ tục')
    expect(marked.totalDocs).toBe(plain.totalDocs)
    expect(plain.totalDocs).toBe(3)
  })
})
