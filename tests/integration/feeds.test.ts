import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createTree, type Tree } from '../helpers/fixtures'
import { jsonFeed11Schema } from '../helpers/jsonFeedSchema'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createPublicContent, getPublic, type PublicContent } from '../helpers/publicContent'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import Parser from 'rss-parser'

let app: TestApp
let tree: Tree
let content: PublicContent
const parser = new Parser()
// `anyOf: [{ required: [...] }]` ("at least one of") is what strictRequired objects to; the rest stays strict.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats(ajv)
const validateJsonFeed = ajv.compile(jsonFeed11Schema)

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  content = await createPublicContent(app.payload, tree)
})
afterAll(async () => app?.destroy())
afterEach(() => {
  delete process.env.PORTAL_ARTICLE_URL
})

const fetchFeed = async (path: string, type: RegExp) => {
  const res = await getPublic(app.payload, path)
  expect({ path, status: res.status }).toEqual({ path, status: 200 })
  expect(res.headers.get('content-type')).toMatch(type)
  return res.text()
}
const parse = async (path: string) =>
  parser.parseString(await fetchFeed(path, /^application\/(rss|atom)\+xml; charset=utf-8$/))
const jsonFeed = async (path: string) => {
  const body: unknown = JSON.parse(
    await fetchFeed(path, /^application\/feed\+json; charset=utf-8$/),
  )
  if (!validateJsonFeed(body)) throw new Error(ajv.errorsText(validateJsonFeed.errors))
  return body as {
    title: string
    items: { id: string; title: string; url: string; content_html: string; tags?: string[] }[]
  }
}

const ARTICLES = [
  'Cải cách thủ tục hành chính tại bộ phận một cửa',
  'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
  'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
]
const FAQS = [
  'Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?',
  'Đăng ký đầu tư trực tuyến như thế nào?',
]

describe('article feeds', () => {
  it.each(['xml', 'atom'])(
    'should give the latest published articles as %s, newest first, with absolute links',
    async (ext) => {
      const feed = await parse(`/feeds/articles.${ext}`)
      expect(feed.title).toBe('Tin cải cách hành chính')
      expect(feed.items.map((item) => item.title)).toEqual(ARTICLES)
      const [first] = feed.items
      expect(first!.link).toBe(
        `http://localhost:3000/api/public/v1/articles/${content.articles.oneStopNews.slug}`,
      )
      expect(new Date(first!.isoDate!).toISOString()).toBe('2026-03-10T02:00:00.000Z')
      // RSS carries the summary as the description and the body as content:encoded; Atom the body as content.
      const body =
        ext === 'xml' ? (first as Record<string, unknown>)['content:encoded'] : first!.content
      expect(body).toBe('<p>Thủ tục được giải quyết trước hạn.</p>')
      if (ext === 'xml') expect(first!.content).toBe('Người dân hài lòng với bộ phận một cửa')
      expect(JSON.stringify(feed)).not.toContain('Bản nháp')
    },
  )

  it('should give the same articles as a valid JSON Feed 1.1', async () => {
    const feed = await jsonFeed('/feeds/articles.json')
    expect(feed.title).toBe('Tin cải cách hành chính')
    expect(feed.items.map((item) => item.title)).toEqual(ARTICLES)
    expect(feed.items[0]).toMatchObject({
      url: `http://localhost:3000/api/public/v1/articles/${content.articles.oneStopNews.slug}`,
      content_html: '<p>Thủ tục được giải quyết trước hạn.</p>',
      tags: ['Cải cách thủ tục hành chính', 'Một cửa'],
    })
    expect(JSON.stringify(feed)).not.toContain('Bản nháp')
  })

  it('should filter by reform area, unit subtree and tag, and say so in the title', async () => {
    const rss = await parse('/feeds/articles.xml?area=xay-dung-chinh-quyen-so')
    expect(rss.title).toBe('Tin cải cách hành chính – Xây dựng chính quyền số')
    expect(rss.items.map((item) => item.title)).toEqual([
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    const atom = await parse('/feeds/articles.atom?unit=TN-A1')
    expect(atom.title).toBe('Tin cải cách hành chính – UBND xã A1')
    expect(atom.items.map((item) => item.title)).toEqual([
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    expect(
      (
        await jsonFeed('/feeds/articles.json?tag=mot-cua&area=cai-cach-thu-tuc-hanh-chinh')
      ).items.map((item) => item.title),
    ).toEqual([ARTICLES[0]])
  })

  it('should link items to the portal when PORTAL_ARTICLE_URL is set', async () => {
    process.env.PORTAL_ARTICLE_URL = 'https://portal.example/tin/{slug}'
    const feed = await parse('/feeds/articles.xml?tag=mot-cua&_=portal')
    expect(feed.items[0]!.link).toBe(
      `https://portal.example/tin/${content.articles.oneStopNews.slug}`,
    )
  })

  it('should refuse an unknown filter with a 400 in Vietnamese and English', async () => {
    const res = await getPublic(app.payload, '/feeds/articles.atom?area=khong-co')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'Không có lĩnh vực cải cách "khong-co". / There is no reform area "khong-co".',
    )
  })
})

describe('FAQ feeds', () => {
  it.each(['xml', 'atom'])('should give the latest published FAQs as %s', async (ext) => {
    const feed = await parse(`/feeds/faqs.${ext}`)
    expect(feed.title).toBe('Hỏi đáp thủ tục hành chính')
    expect(feed.items.map((item) => item.title)).toEqual(FAQS)
    expect(feed.items[0]!.link).toBe(
      `http://localhost:3000/api/public/v1/faqs/${content.faqs.landFaq.slug}`,
    )
    expect(JSON.stringify(feed)).not.toContain('Hỏi đáp nháp')
  })

  it('should filter FAQs by procedure field, reform area and unit', async () => {
    expect((await parse('/feeds/faqs.xml?field=dat-dai')).items.map((item) => item.title)).toEqual([
      FAQS[0],
    ])
    expect(
      (await parse('/feeds/faqs.atom?area=xay-dung-chinh-quyen-so')).items.map(
        (item) => item.title,
      ),
    ).toEqual([FAQS[1]])
    const json = await jsonFeed('/feeds/faqs.json?unit=TN-A1')
    expect(json.title).toBe('Hỏi đáp thủ tục hành chính – UBND xã A1')
    expect(json.items.map((item) => item.title)).toEqual([FAQS[0]])
    expect(json.items[0]!.content_html).toBe(`<p>Trả lời: ${FAQS[0]}</p>`)
  })

  it('should give a valid JSON Feed 1.1 without drafts', async () => {
    const feed = await jsonFeed('/feeds/faqs.json')
    expect(feed.items.map((item) => item.title)).toEqual(FAQS)
    expect(JSON.stringify(feed)).not.toContain('Hỏi đáp nháp')
  })
})
