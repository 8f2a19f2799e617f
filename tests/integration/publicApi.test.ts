import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { createTree, type Tree } from '../helpers/fixtures'
import { validateOpenApi } from '../helpers/openApiValidate'
import { startTestApp, type TestApp } from '../helpers/payload'
import {
  createArticle,
  createPublicContent,
  getPublic,
  type PublicContent,
} from '../helpers/publicContent'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

let app: TestApp
let tree: Tree
let content: PublicContent
let publicPlanId: number
let privatePlanId: number
let provinceOutletId: number
let stationA1Id: number
let openapi: OpenApiDocument
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)

type OpenApiDocument = {
  openapi: string
  paths: Record<
    string,
    {
      get: {
        operationId: string
        parameters: { name: string; in: string }[]
        responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>
      }
    }
  >
  components: { schemas: Record<string, unknown> }
}
type Page<T> = {
  items: T[]
  page: number
  limit: number
  totalItems: number
  totalPages: number
  nextPage: number | null
}
type Summary = {
  id: string
  slug: string
  title: string
  featured: boolean
  unit: { code: string } | null
  reformAreas: { slug: string }[]
  tags: { slug: string }[]
  image: Record<string, { url: string; width: number } | null> | null
}

const sys = { overrideAccess: true } as const
const API = '/api/public/v1'

const get = (pathAndQuery: string) => getPublic(app.payload, pathAndQuery)
const json = async <T = any>(pathAndQuery: string, status = 200): Promise<T> => {
  const res = await get(pathAndQuery)
  const body = await res.text()
  expect({ path: pathAndQuery, status: res.status }).toEqual({ path: pathAndQuery, status })
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  return JSON.parse(body) as T
}
const titles = async (query: string) =>
  (await json<Page<Summary>>(`${API}/articles${query}`)).items.map((item) => item.title)

/** Validates a body against a component schema of the served OpenAPI document. */
const conforms = (schemaRef: string, body: unknown) => {
  const validate = ajv.getSchema(`openapi.json${schemaRef}`)!
  const ok = validate(body)
  if (!ok)
    throw new Error(
      `${schemaRef}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
    )
}

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  content = await createPublicContent(app.payload, tree)

  // A rich-text body as a crafted request could store it: script text, a javascript: link, an
  // internal link, a public and an internal image, a forged heading tag and table cell, a block.
  const text = (value: string) => ({
    type: 'text',
    text: value,
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
    type,
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    ...extra,
  })
  const hostileBody = {
    root: block('root', [
      block('paragraph', [text('<script>alert("x")</script> Thủ tục & "hồ sơ"')]),
      block('paragraph', [
        block('link', [text('bấm vào đây')], {
          fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: true },
        }),
      ]),
      block('paragraph', [
        block('link', [text('Cổng dịch vụ công')], {
          fields: { url: 'https://dichvucong.gov.vn/', linkType: 'custom' },
        }),
      ]),
      block('paragraph', [
        block('link', [text('Bài liên quan')], {
          fields: {
            linkType: 'internal',
            doc: { relationTo: slugs.articles, value: content.articles.training.id },
          },
        }),
      ]),
      {
        type: 'upload',
        relationTo: slugs.media,
        value: content.media.cover.id,
        fields: { caption: 'Ảnh <b>hội nghị</b>' },
        format: '',
        version: 3,
      },
      {
        type: 'upload',
        relationTo: slugs.media,
        value: content.media.internalImage.id,
        fields: {},
        format: '',
        version: 3,
      },
      block('heading', [text('Tiêu đề')], { tag: 'script' }),
      block('table', [
        block('tablerow', [
          block('tablecell', [text('Cột')], { headerState: 1, colSpan: 2 }),
          block('tablecell', [text('Ô')], {
            headerState: '1" onmouseover="alert(1)',
            colSpan: '2" onclick="x',
          }),
        ]),
      ]),
      {
        type: 'block',
        fields: { blockType: 'html', html: '<iframe src="https://evil.example"></iframe>' },
        format: '',
        version: 2,
      },
      block('paragraph', [text('Hết.')], { indent: '1;background:url(javascript:alert(1))' }),
    ]),
  }
  await app.payload.db.updateOne({
    collection: slugs.articles,
    where: { id: { equals: content.articles.oneStopNews.id } },
    data: { body: hostileBody },
  })

  // A published article whose newer edit is still a draft: the public keeps the published text.
  const edited = await createArticle(app.payload, {
    title: 'Lịch tiếp công dân tháng 3',
    unit: tree.province,
    reformAreas: [content.areas.procedure.id as number],
    publishedAt: '2026-03-02T08:00:00+07:00',
  })
  await app.payload.update({
    collection: slugs.articles,
    id: edited.id,
    data: { title: 'Tiêu đề nháp bí mật' },
    draft: true,
    ...sys,
  })

  provinceOutletId = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Đài Phát thanh – Truyền hình tỉnh',
        kind: 'radioTv',
        channels: ['radio', 'tv'],
        unit: tree.province,
      },
      ...sys,
    })
  ).id as number
  stationA1Id = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Trạm truyền thanh xã A1',
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: tree.communeA1,
      },
      ...sys,
    })
  ).id as number
  await app.payload.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Chuyên mục Cải cách hành chính',
      outlet: provinceOutletId,
      channel: 'radio',
      start: '2026-01-05T06:30:00+07:00',
      durationMinutes: 15,
      recurrence: 'weeklyMonday',
      repeatUntil: '2026-12-31T00:00:00+07:00',
      script: 'Kịch bản nội bộ',
    },
    ...sys,
  })
  await app.payload.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Bản tin xã A1',
      outlet: stationA1Id,
      channel: 'communeRadio',
      start: '2026-03-12T10:00:00+07:00',
      durationMinutes: 10,
    },
    ...sys,
  })

  const plan = (isPublic: boolean, number: string) =>
    app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number,
        title: `Kế hoạch tuyên truyền CCHC ${number}`,
        issuingUnit: tree.province,
        issueDate: '2025-12-28T00:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        isPublic,
        publicSummary: isPublic ? 'Tuyên truyền cải cách hành chính năm 2026' : null,
        reformAreas: [content.areas.procedure.id as number],
        topics: [{ topic: 'Chủ đề nội bộ' }],
        keyTasks: [{ title: 'Nhiệm vụ nội bộ' }],
        reportDeadlines: [{ period: 'Q1', deadline: '2026-04-10T10:00:00.000Z' }],
      },
      ...sys,
    })
  publicPlanId = (await plan(true, '163/KH-UBND')).id as number
  privatePlanId = (await plan(false, '7/KH-UBND')).id as number
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: publicPlanId,
      title: 'Mỗi xã, phường đăng ít nhất 1 tin CCHC',
      scopeLevels: ['commune'],
      ruleKind: 'contentCount',
      contentKind: 'articles',
      minCount: 1,
      targetShare: 100,
    },
    ...sys,
  })

  openapi = await json<OpenApiDocument>(`${API}/openapi.json`)
  ajv.addSchema({ $id: 'openapi.json', components: openapi.components }, 'openapi.json')
})
afterAll(async () => app?.destroy())

describe('the OpenAPI document', () => {
  it('should be a valid OpenAPI 3.1 document', async () => {
    expect(openapi.openapi).toBe('3.1.0')
    await expect(validateOpenApi(openapi)).resolves.toBeUndefined()
  })

  it('should describe every route, and every route should answer with what it describes', async () => {
    // Each documented operation needs an example request here: a new route cannot go untested.
    const examples: Record<string, string> = {
      listArticles: '/articles?limit=2',
      getArticle: `/articles/${content.articles.oneStopNews.slug}`,
      listFaqs: '/faqs',
      getFaq: `/faqs/${content.faqs.landFaq.slug}`,
      listReformAreas: '/reform-areas',
      listUnits: '/units',
      getSchedule: '/schedule?from=2026-03-01&to=2026-03-31',
      listPlans: '/plans',
      getPlanScorecard: `/plans/${publicPlanId}/scorecard?period=2026-Q1`,
    }
    // …and each one documenting a 404, a request that gets it.
    const missing: Record<string, string> = {
      getArticle: '/articles/khong-co-bai-nay',
      getFaq: '/faqs/khong-co-hoi-dap-nay',
      getPlanScorecard: '/plans/999999/scorecard',
    }
    const operations = Object.entries(openapi.paths).map(([path, item]) => ({ path, ...item.get }))
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(examples).sort())
    expect(
      operations
        .filter((op) => op.responses['404'])
        .map((op) => op.operationId)
        .sort(),
    ).toEqual(Object.keys(missing).sort())
    for (const operation of operations) {
      const example = examples[operation.operationId]!
      expect(example.split('?')[0]!.split('/').length).toBe(operation.path.split('/').length)
      const body = await json(`${API}${example}`)
      conforms(operation.responses['200']!.content['application/json']!.schema.$ref, body)
      if (operation.responses['400']) {
        const firstQueryParam = operation.parameters.find((p) => p.in === 'query')
        if (firstQueryParam)
          conforms(
            operation.responses['400'].content['application/json']!.schema.$ref,
            await json(
              `${API}${example.split('?')[0]}?${firstQueryParam.name}=${'x'.repeat(300)}`,
              400,
            ),
          )
      }
      if (operation.responses['404'])
        conforms(
          operation.responses['404'].content['application/json']!.schema.$ref,
          await json(`${API}${missing[operation.operationId]}`, 404),
        )
    }
  })

  it('should serve a Vietnamese docs page that loads Swagger UI from this server only', async () => {
    const res = await get(`${API}/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<title>Tài liệu API công khai CCHC v1</title>')
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(assets).toEqual([
      `${API}/docs/assets/swagger-ui.css`,
      `${API}/docs/assets/docs.css`,
      `${API}/docs/assets/swagger-ui-bundle.js`,
      `${API}/docs/assets/init.js`,
    ])
    for (const asset of assets) {
      const served = await get(asset)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toMatch(
        asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      )
      expect((await served.text()).length).toBeGreaterThan(
        asset.endsWith('init.js') || asset.endsWith('docs.css') ? 50 : 10_000,
      )
    }
    const init = await (await get(`${API}/docs/assets/init.js`)).text()
    expect(init).toContain(`"${API}/openapi.json"`)
    expect(init).toContain('validatorUrl: null')
    expect((await get(`${API}/docs/assets/package.json`)).status).toBe(404)
  })
})

describe('articles', () => {
  it('should list published articles newest first, with absolute image URLs of each size', async () => {
    const page = await json<Page<Summary>>(`${API}/articles`)
    expect(page.items.map((item) => item.title)).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
      'Lịch tiếp công dân tháng 3',
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
      'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
    ])
    expect(page).toMatchObject({ page: 1, limit: 20, totalItems: 4, totalPages: 1, nextPage: null })
    const [first] = page.items
    expect(first).toMatchObject({
      featured: true,
      unit: { code: 'TN', name: 'UBND tỉnh Thử Nghiệm' },
      reformAreas: [{ slug: 'cai-cach-thu-tuc-hanh-chinh' }],
      tags: [{ slug: 'mot-cua' }],
    })
    expect(first!.image).toMatchObject({
      alt: 'Bộ phận một cửa huyện A',
      thumbnail: { width: 320, height: 240 },
      card: { width: 768, height: 432 },
      hero: { width: 1600, height: 900 },
    })
    for (const size of ['thumbnail', 'card', 'hero'])
      expect(first!.image![size]!.url).toMatch(
        /^http:\/\/localhost:3000\/api\/media\/file\/.+\.webp$/,
      )
    // The internal cover of another article is not shown.
    expect(page.items.find((item) => item.title.startsWith('Đường dây'))!.image).toBeNull()
  })

  it('should never show drafts or the unpublished edit of a published article', async () => {
    const body = JSON.stringify(await json(`${API}/articles?limit=50`))
    expect(body).not.toContain('Bản nháp chưa duyệt')
    expect(body).not.toContain('Tiêu đề nháp bí mật')
    await json(`${API}/articles/${content.articles.draft.slug}`, 404)
  })

  it('should page with page and limit', async () => {
    const first = await json<Page<Summary>>(`${API}/articles?limit=3`)
    expect(first).toMatchObject({ page: 1, limit: 3, totalItems: 4, totalPages: 2, nextPage: 2 })
    const second = await json<Page<Summary>>(`${API}/articles?limit=3&page=2`)
    expect(second).toMatchObject({ page: 2, totalPages: 2, nextPage: null })
    expect(second.items.map((item) => item.title)).toEqual([
      'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
    ])
  })

  it('should filter by reform area, tag, featured and publication days (Vietnam time)', async () => {
    expect(await titles('?area=xay-dung-chinh-quyen-so')).toEqual([
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    expect(await titles('?tag=mot-cua')).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
    ])
    expect(await titles('?featured=true')).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
    ])
    expect(await titles('?featured=false')).toHaveLength(3)
    // 2026-02-01 08:00 in Vietnam is still 2026-02-01 there (but 01:00 UTC): both ends are included.
    expect(await titles('?from=2026-02-01&to=2026-03-02')).toEqual([
      'Lịch tiếp công dân tháng 3',
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    expect(await titles('?to=2026-01-31')).toEqual(['Đường dây nóng tiếp nhận phản ánh, kiến nghị'])
  })

  it('should filter by unit, with its subtree by default', async () => {
    expect(await titles('?unit=TN-A1')).toEqual(['Tập huấn dịch vụ công trực tuyến cho cán bộ xã'])
    expect(await titles('?unit=tn-a1&subtree=false')).toEqual([])
    expect(await titles('?unit=TN-A1-TT&subtree=false')).toEqual([
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    expect(await titles('?unit=TN')).toHaveLength(4)
  })

  it('should search without tone marks, most relevant first, combined with filters', async () => {
    expect(await titles('?q=thu%20tuc')).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
    ])
    expect(await titles(`?q=${encodeURIComponent('THỦ TỤC')}`)).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
    ])
    expect(await titles('?q=duong%20day%20nong')).toEqual([
      'Đường dây nóng tiếp nhận phản ánh, kiến nghị',
    ])
    expect(await titles('?q=dich%20vu%20cong&unit=TN-B1')).toEqual([])
    const page = await json<Page<Summary>>(`${API}/articles?q=cong`)
    expect(page.totalItems).toBe(page.items.length)
  })

  it('should give one article with sanitised HTML, byline, source and published related articles', async () => {
    const article = await json<Record<string, any>>(
      `${API}/articles/${content.articles.oneStopNews.slug}`,
    )
    expect(article).toMatchObject({
      byline: 'Bài, ảnh: Thu Hà',
      source: { name: 'Báo Thử Nghiệm', url: 'https://bao.example/cai-cach' },
    })
    expect(article.related.map((r: Summary) => r.title)).toEqual([
      'Tập huấn dịch vụ công trực tuyến cho cán bộ xã',
    ])
    const html = article.bodyHtml as string
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Thủ tục &amp; &quot;hồ sơ&quot;',
    )
    expect(html).toContain('href="#"')
    expect(html).toContain('href="https://dichvucong.gov.vn/"')
    expect(html).toContain(
      `href="http://localhost:3000/api/public/v1/articles/${content.articles.training.slug}"`,
    )
    expect(html).toMatch(
      /<figure><img src="http:\/\/localhost:3000\/api\/media\/file\/[^"]+-768x432\.webp" alt="Bộ phận một cửa huyện A" width="768" height="432" loading="lazy" \/><figcaption>Ảnh &lt;b&gt;hội nghị&lt;\/b&gt;<\/figcaption><\/figure>/,
    )
    expect(html).toContain('<h1>Tiêu đề</h1>')
    expect(html).toContain('<th colspan="2">Cột</th>')
    expect(html).toContain('<td>Ô</td>')
    // Nothing that could run, load from elsewhere or break out of an attribute.
    expect(html).not.toMatch(
      /<script|<iframe|javascript:|onmouseover|onclick|evil\.example|unknown node/i,
    )
    expect((html.match(/<img /g) ?? []).length).toBe(1)
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1]))
    for (const tag of tags)
      expect([
        'p',
        'a',
        'figure',
        'img',
        'figcaption',
        'h1',
        'div',
        'table',
        'tbody',
        'tr',
        'th',
        'td',
        'br',
        'strong',
        'em',
      ]).toContain(tag)
  })

  it('should answer 404 in Vietnamese and English for an unknown slug or path', async () => {
    const body = await json<{ error: { code: string; message: string } }>(
      `${API}/articles/khong-co-bai-nay`,
      404,
    )
    expect(body.error.code).toBe('notFound')
    expect(body.error.message).toBe(
      'Không tìm thấy tin bài "khong-co-bai-nay" (hoặc tin chưa được xuất bản). / Article "khong-co-bai-nay" was not found (or is not published).',
    )
    expect((await json(`${API}/articles/a/b`, 404)).error.code).toBe('notFound')
    expect((await json(`${API}/faqs/khong-co`, 404)).error.code).toBe('notFound')
  })
})

describe('bad parameters', () => {
  const refused = async (query: string, vi: RegExp, en: RegExp) => {
    const body = await json<{ error: { code: string; message: string } }>(`${API}${query}`, 400)
    expect(body.error.code).toBe('invalidParameter')
    const [viText, enText] = body.error.message.split(' / ')
    expect(viText).toMatch(vi)
    expect(enText).toMatch(en)
  }

  it('should refuse them with a 400 in Vietnamese, then English', async () => {
    await refused(
      '/articles?limit=0',
      /"limit" phải là số nguyên từ 1 đến 50/,
      /"limit" must be a whole number from 1 to 50/,
    )
    await refused('/articles?limit=51', /"limit"/, /"limit"/)
    await refused('/articles?page=abc', /"page" phải là số nguyên/, /"page" must be a whole number/)
    await refused(
      '/articles?featured=maybe',
      /"featured" chỉ nhận true hoặc false/,
      /true or false/,
    )
    await refused('/articles?from=2026-02-30', /"from" phải là ngày có thật/, /real date/)
    await refused('/articles?from=2026-03-01&to=2026-02-01', /"from" phải trước/, /on or before/)
    await refused('/articles?area=Cải%20cách', /"area" không đúng định dạng/, /expected format/)
    await refused(
      '/articles?area=khong-co',
      /Không có lĩnh vực cải cách "khong-co"/,
      /no reform area "khong-co"/,
    )
    await refused('/articles?tag=khong-co', /Không có thẻ/, /no tag/)
    await refused('/articles?unit=ZZ-99', /Không có đơn vị mã "ZZ-99"/, /no unit with code "ZZ-99"/)
    await refused('/faqs?field=khong-co', /lĩnh vực thủ tục/, /procedure field/)
    await refused('/units?parent=ZZ', /Không có đơn vị/, /no unit/)
    await refused('/schedule?from=2026-01-01&to=2026-12-31', /tối đa 93 ngày/, /93 days/)
    await refused('/schedule?outlet=abc', /"outlet" không đúng định dạng/, /"outlet"/)
    await refused(
      `/plans/${publicPlanId}/scorecard?period=2026-Q5`,
      /"period" không đúng định dạng/,
      /"period"/,
    )
  })

  it('should ignore parameters it does not know (such as cache busters)', async () => {
    expect(await titles('?tag=mot-cua&_=12345')).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
    ])
  })
})

describe('FAQs and reference lists', () => {
  it('should list published FAQs in the editors’ order and filter them', async () => {
    const page = await json<
      Page<{ question: string; field: { slug: string }; answerHtml: string }>
    >(`${API}/faqs`)
    expect(page.items.map((faq) => faq.question)).toEqual([
      'Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?',
      'Đăng ký đầu tư trực tuyến như thế nào?',
    ])
    expect(page.items[0]!.answerHtml).toBe(
      '<p>Trả lời: Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?</p>',
    )
    const questions = async (query: string) =>
      (await json<Page<{ question: string }>>(`${API}/faqs${query}`)).items.map(
        (faq) => faq.question,
      )
    expect(await questions('?field=dat-dai')).toEqual([
      'Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?',
    ])
    expect(await questions('?area=xay-dung-chinh-quyen-so')).toEqual([
      'Đăng ký đầu tư trực tuyến như thế nào?',
    ])
    expect(await questions('?unit=TN-A1')).toEqual([
      'Thủ tục cấp giấy chứng nhận quyền sử dụng đất cần những giấy tờ gì?',
    ])
    expect(await questions('?q=dang%20ky%20dau%20tu')).toEqual([
      'Đăng ký đầu tư trực tuyến như thế nào?',
    ])
    expect(JSON.stringify(page)).not.toContain('Hỏi đáp nháp')
  })

  it('should list reform areas and units with public fields only', async () => {
    expect((await json(`${API}/reform-areas`)).items).toEqual([
      {
        slug: 'cai-cach-thu-tuc-hanh-chinh',
        name: 'Cải cách thủ tục hành chính',
        description: null,
      },
      { slug: 'xay-dung-chinh-quyen-so', name: 'Xây dựng chính quyền số', description: null },
    ])
    const units = (await json(`${API}/units`)).items
    expect(units).toHaveLength(6)
    expect(units[0]).toEqual({
      code: 'TN',
      name: 'UBND tỉnh Thử Nghiệm',
      level: 'province',
      type: 'tinh',
      officialCode: null,
      parentCode: null,
      portalUrl: null,
      validFrom: null,
      validTo: null,
      successorOf: null,
    })
    expect((await json(`${API}/units?parent=TN-A1`)).items).toEqual([
      {
        code: 'TN-A1-TT',
        name: 'Trung tâm Phục vụ hành chính công xã A1',
        level: 'communeUnit',
        type: null,
        officialCode: null,
        parentCode: 'TN-A1',
        portalUrl: null,
        validFrom: null,
        validTo: null,
        successorOf: null,
      },
    ])
  })
})

describe('schedule and plans', () => {
  it('should expand regular segments into airings in the window, earliest first', async () => {
    const { items } = await json<{
      items: {
        title: string
        start: string
        end: string
        channelName: string
        outlet: { id: string; name: string }
      }[]
    }>(`${API}/schedule?from=2026-03-01&to=2026-03-31`)
    expect(items.map((item) => [item.title, item.start])).toEqual([
      ['Chuyên mục Cải cách hành chính', '2026-03-01T23:30:00.000Z'],
      ['Chuyên mục Cải cách hành chính', '2026-03-08T23:30:00.000Z'],
      ['Bản tin xã A1', '2026-03-12T03:00:00.000Z'],
      ['Chuyên mục Cải cách hành chính', '2026-03-15T23:30:00.000Z'],
      ['Chuyên mục Cải cách hành chính', '2026-03-22T23:30:00.000Z'],
      ['Chuyên mục Cải cách hành chính', '2026-03-29T23:30:00.000Z'],
    ])
    expect(items[0]).toMatchObject({
      end: '2026-03-01T23:45:00.000Z',
      channelName: 'Phát thanh',
      outlet: { id: String(provinceOutletId), name: 'Đài Phát thanh – Truyền hình tỉnh' },
    })
    expect(JSON.stringify(items)).not.toContain('Kịch bản nội bộ')
  })

  it('should narrow the schedule to a unit subtree or an outlet', async () => {
    const titlesOf = async (query: string) =>
      (
        await json<{ items: { title: string }[] }>(
          `${API}/schedule?from=2026-03-01&to=2026-03-31&${query}`,
        )
      ).items.map((item) => item.title)
    expect(await titlesOf('unit=TN-A1')).toEqual(['Bản tin xã A1'])
    expect(await titlesOf('unit=TN&subtree=false')).toHaveLength(5)
    expect(await titlesOf(`outlet=${stationA1Id}`)).toEqual(['Bản tin xã A1'])
  })

  it('should list public plans only, and their scorecards without any unit data', async () => {
    const { items } = await json<{ items: Record<string, unknown>[] }>(`${API}/plans`)
    expect(items).toEqual([
      {
        id: String(publicPlanId),
        number: '163/KH-UBND',
        title: 'Kế hoạch tuyên truyền CCHC 163/KH-UBND',
        year: 2026,
        issueDate: '2025-12-28',
        issuingUnit: { code: 'TN', name: 'UBND tỉnh Thử Nghiệm' },
        periodStart: null,
        periodEnd: null,
        summary: 'Tuyên truyền cải cách hành chính năm 2026',
        reformAreas: [{ slug: 'cai-cach-thu-tuc-hanh-chinh', name: 'Cải cách thủ tục hành chính' }],
      },
    ])
    const card = await json<{
      indicators: { title: string; inScope: number; met: number; share: number }[]
      period: { key: string }
    }>(`${API}/plans/${publicPlanId}/scorecard?period=2026-q1`)
    expect(card.period.key).toBe('2026-Q1')
    // The three communes are in scope; no unit appears by name or code.
    expect(card.indicators).toEqual([
      expect.objectContaining({ title: 'Mỗi xã, phường đăng ít nhất 1 tin CCHC', inScope: 3 }),
    ])
    expect(JSON.stringify(card)).not.toMatch(/UBND xã|TN-A|Nhiệm vụ nội bộ/)
    await json(`${API}/plans/${privatePlanId}/scorecard?period=2026-Q1`, 404)
    await json(`${API}/plans/999999/scorecard`, 404)
  })
})
