import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let area: number
let procedureField: number
let planId: number
const token: Record<string, string> = {}
const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area, field: procedureField } = await createTaxonomy(app.payload))
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'reporter.b1@test.vn', ['reporter'], tree.communeB1)
  await createUser(app.payload, 'viewer@test.vn', ['viewer'], tree.province)
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  for (const email of Object.keys({
    'editor@test.vn': 1,
    'reviewer@test.vn': 1,
    'reporter.a1@test.vn': 1,
    'reporter.b1@test.vn': 1,
    'viewer@test.vn': 1,
    'admin@test.vn': 1,
  }))
    token[email] = await app.login(email, PASSWORD)
  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '12/KH-UBND',
        title: 'Kế hoạch thử các bước',
        issuingUnit: tree.province,
        issueDate: '2025-12-28T00:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        reportDeadlines: [
          { period: 'Q1', deadline: '2026-04-10T10:00:00.000Z' },
          { period: 'Q4', deadline: '2099-01-10T10:00:00.000Z' },
        ],
      },
      ...sys,
    })
  ).id as number
})
afterAll(async () => app?.destroy())

type Answer = { message?: string; errors?: { message: string }[] }
const act = async (
  who: string | null,
  path: string,
  body?: unknown,
  language = 'vi',
): Promise<{ status: number; message: string }> => {
  const res = await app.rest('POST', path, {
    token: who ? token[who] : undefined,
    body,
    headers: { 'Accept-Language': language },
  })
  const answer = (await res.json()) as Answer
  return { status: res.status, message: answer.message ?? answer.errors?.[0]?.message ?? '' }
}

const latest = (collection: typeof slugs.articles | typeof slugs.faqs, id: number) =>
  app.payload.findByID({ collection, id, draft: true, ...sys })

describe('editorial workflow actions', () => {
  const draft = async () => {
    const res = await app.rest('POST', '/articles?draft=true', {
      token: token['editor@test.vn'],
      body: {
        title: 'Bài theo các bước duyệt',
        summary: 'Tóm tắt',
        body: richText('Nội dung.'),
        reformAreas: [area],
        unit: tree.province,
      },
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { doc: { id: number } }).doc.id
  }

  it('should take an article through submit, return, resubmit, publish and unpublish', async () => {
    const id = await draft()
    const path = (action: string) => `/articles/${id}/actions/${action}`

    // An editor may not review or publish; the same words as a save would get.
    expect(await act('editor@test.vn', path('publish'))).toEqual({
      status: 403,
      message: expect.stringContaining('chưa được quyền xuất bản'),
    })
    expect(await act('reviewer@test.vn', path('return'), { reason: 'Sửa' })).toEqual({
      status: 403,
      message: 'Không thể chuyển trạng thái duyệt như vậy.',
    })
    expect(await act('editor@test.vn', path('submit'))).toEqual({
      status: 200,
      message: 'Đã gửi duyệt',
    })
    expect((await latest(slugs.articles, id)).reviewStatus).toBe('inReview')
    // Submitting twice is not a step.
    expect((await act('editor@test.vn', path('submit'))).status).toBe(403)
    expect(await act('editor@test.vn', path('return'), { reason: 'x' })).toMatchObject({
      status: 403,
    })

    // A return needs a reason, in the caller's language.
    expect(await act('reviewer@test.vn', path('return'))).toEqual({
      status: 400,
      message: 'Khi trả lại bài, người duyệt phải ghi ý kiến để biên tập viên sửa.',
    })
    expect(await act('reviewer@test.vn', path('return'), { reason: '  ' }, 'en')).toEqual({
      status: 400,
      message: 'A reviewer returning a document must say what to change.',
    })
    expect(
      await act('reviewer@test.vn', path('return'), { reason: 'Bổ sung nguồn tin' }, 'en'),
    ).toEqual({ status: 200, message: 'Returned for changes' })
    const returned = await latest(slugs.articles, id)
    expect(returned.reviewStatus).toBe('returned')
    expect(returned.reviewComment).toBe('Bổ sung nguồn tin')
    expect(returned._status).toBe('draft')

    expect((await act('editor@test.vn', path('submit'))).status).toBe(200)
    expect(await act('reviewer@test.vn', path('publish'))).toEqual({
      status: 200,
      message: 'Đã duyệt và xuất bản',
    })
    const live = await latest(slugs.articles, id)
    expect(live._status).toBe('published')
    expect(live.reviewStatus).toBe('published')
    expect((await app.rest('GET', `/articles/${id}`)).status).toBe(200)

    expect((await act('editor@test.vn', path('unpublish'))).status).toBe(403)
    expect(await act('reviewer@test.vn', path('unpublish'))).toEqual({
      status: 200,
      message: 'Đã gỡ xuống',
    })
    const down = await latest(slugs.articles, id)
    expect(down._status).toBe('draft')
    expect(down.reviewStatus).toBe('draft')
    expect((await app.rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await act('reviewer@test.vn', path('unpublish'))).status).toBe(403)
  })

  it('should refuse unknown actions, strangers, bad bodies and missing documents', async () => {
    const id = await draft()
    expect(await act('editor@test.vn', `/articles/${id}/actions/approve`)).toEqual({
      status: 400,
      message: 'Không có thao tác "approve".',
    })
    expect((await act(null, `/articles/${id}/actions/submit`)).status).toBe(401)
    // A viewer reads the unit's drafts but takes no step; nothing changes.
    expect(await act('viewer@test.vn', `/articles/${id}/actions/submit`)).toEqual({
      status: 403,
      message: 'Không thể chuyển trạng thái duyệt như vậy.',
    })
    expect((await act('reporter.b1@test.vn', `/articles/${id}/actions/submit`)).status).toBe(404)
    expect((await act('editor@test.vn', `/articles/999999/actions/submit`)).status).toBe(404)
    const badBody = await app.rest('POST', `/articles/${id}/actions/submit`, {
      token: token['editor@test.vn'],
      body: '[1]',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(badBody.status).toBe(400)
    expect((await latest(slugs.articles, id)).reviewStatus).toBe('draft')
  })

  it('should work the same way for FAQs', async () => {
    const res = await app.rest('POST', '/faqs?draft=true', {
      token: token['editor@test.vn'],
      body: {
        question: 'Hỏi về các bước?',
        answer: richText('Đáp.'),
        procedureField,
        unit: tree.province,
      },
    })
    expect(res.status).toBe(201)
    const id = ((await res.json()) as { doc: { id: number } }).doc.id
    expect((await act('editor@test.vn', `/faqs/${id}/actions/submit`)).status).toBe(200)
    expect((await act('reviewer@test.vn', `/faqs/${id}/actions/publish`)).status).toBe(200)
    expect((await latest(slugs.faqs, id))._status).toBe('published')
  })
})

describe('report workflow actions', () => {
  const create = async (period: string) => {
    const res = await app.rest('POST', '/unit-reports', {
      token: token['reporter.a1@test.vn'],
      body: { plan: planId, unit: tree.communeA1, period, figures: { proceduresPostedPct: 90 } },
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { doc: { id: number } }).doc.id
  }
  const stored = (id: number) => app.payload.findByID({ collection: slugs.unitReports, id, ...sys })
  const audits = async (id: number) =>
    (
      await app.payload.find({
        collection: slugs.auditLog,
        where: {
          collection: { equals: slugs.unitReports },
          documentId: { equals: String(id) },
        },
        limit: 100,
        sort: 'createdAt',
        ...sys,
      })
    ).docs.map((d) => d.action)

  it('should take a report through submit, return, approve, reopen and resubmit', async () => {
    const id = await create('Q4')
    const path = (action: string) => `/unit-reports/${id}/actions/${action}`

    for (const action of ['return', 'approve', 'reopen'])
      expect(await act('reporter.a1@test.vn', path(action), { reason: 'x' })).toEqual({
        status: 403,
        message: 'Bạn không thể chuyển báo cáo sang trạng thái này.',
      })
    expect((await act('reporter.b1@test.vn', path('submit'))).status).toBe(404)
    expect(await act('reporter.a1@test.vn', path('submit'))).toEqual({
      status: 200,
      message: 'Đã nộp báo cáo',
    })
    expect((await stored(id)).status).toBe('submitted')
    expect((await act('reporter.a1@test.vn', path('submit'))).status).toBe(403)

    expect(await act('reviewer@test.vn', path('return'), {})).toEqual({
      status: 400,
      message: 'Khi trả lại báo cáo phải ghi rõ lý do.',
    })
    expect(await act('reviewer@test.vn', path('return'), { reason: 'Thiếu minh chứng' })).toEqual({
      status: 200,
      message: 'Đã trả lại báo cáo cho đơn vị',
    })
    expect((await stored(id)).returnReason).toBe('Thiếu minh chứng')
    expect((await act('reporter.a1@test.vn', path('submit'))).status).toBe(200)
    expect(await act('reviewer@test.vn', path('approve'), undefined, 'en')).toEqual({
      status: 200,
      message: 'Report approved',
    })
    expect((await act('reviewer@test.vn', path('reopen'))).status).toBe(403)

    // Approved: locked to the unit, until an admin reopens it; then the unit edits and resubmits.
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reporter.a1@test.vn'],
          body: { figures: { proceduresPostedPct: 95 } },
        })
      ).status,
    ).toBe(403)
    expect(await act('admin@test.vn', path('reopen'))).toEqual({
      status: 200,
      message: 'Đã mở lại báo cáo cho đơn vị sửa',
    })
    expect(await stored(id)).toMatchObject({ status: 'draft', reopened: true })
    expect(
      (
        await app.rest('PATCH', `/unit-reports/${id}`, {
          token: token['reporter.a1@test.vn'],
          body: { figures: { proceduresPostedPct: 95 } },
        })
      ).status,
    ).toBe(200)
    expect((await act('reporter.a1@test.vn', path('submit'))).status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'submitted', reopened: false })
    expect(await audits(id)).toEqual([
      'report.submitted',
      'report.returned',
      'report.submitted',
      'report.approved',
      'report.reopened',
      'report.submitted',
    ])
  })

  it('should let an admin reopen an approved report by its flag alone, giving it back as a draft', async () => {
    const id = await create('Q3')
    await app.payload.update({
      collection: slugs.unitReports,
      id,
      data: { status: 'approved' },
      ...sys,
    })
    const res = await app.rest('PATCH', `/unit-reports/${id}`, {
      token: token['admin@test.vn'],
      body: { reopened: true },
    })
    expect(res.status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'draft', reopened: true })
    expect((await act('reporter.a1@test.vn', `/unit-reports/${id}/actions/submit`)).status).toBe(
      200,
    )
  })

  it('should refuse the unit a report past its deadline until an admin reopens it', async () => {
    const q1 = await app.payload.create({
      collection: slugs.unitReports,
      data: { plan: planId, unit: tree.communeA1, period: 'Q1', status: 'draft' },
      ...sys,
    })
    const path = (action: string) => `/unit-reports/${q1.id}/actions/${action}`
    expect(await act('reporter.a1@test.vn', path('submit'))).toEqual({
      status: 403,
      message: expect.stringContaining('bị khóa'),
    })
    expect((await act('admin@test.vn', path('reopen'))).status).toBe(200)
    expect(await stored(q1.id as number)).toMatchObject({ status: 'draft', reopened: true })
    expect((await act('reporter.a1@test.vn', path('submit'))).status).toBe(200)
    expect(await audits(q1.id as number)).toEqual(['report.reopened', 'report.submitted'])
  })

  it('should refuse an unknown action and a stranger', async () => {
    const id = await create('Q2')
    expect(
      await act('admin@test.vn', `/unit-reports/${id}/actions/publish`, undefined, 'en'),
    ).toEqual({ status: 400, message: 'There is no action "publish".' })
    expect((await act(null, `/unit-reports/${id}/actions/submit`)).status).toBe(401)
    expect((await stored(id)).status).toBe('draft')
  })
})
