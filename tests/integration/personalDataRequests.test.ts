import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { globalSlugs, jobsSlug, slugs } from '@/platform/slugs'
import {
  addWorkingDays,
  lastDayOf,
  requestDeadlines,
} from '@/modules/content/domain/personalDataRequests'
import { localDay } from '@/platform/time'
import { remindRequestHandlers } from '@/modules/content/requestReminders'
import { deliverDue } from '@/modules/messaging/outbox'
import { solveProof } from '../helpers/antispam'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpTrap, subjectsTo, type SmtpTrap } from '../helpers/smtp'

/**
 * "Requests from people" (Law 91/2025/QH15): a person files a request through the public API, the
 * staff who answer citizens handle it within working-day deadlines with reminders, export
 * everything held about the person and erase it from every collection, each step audited.
 */
let app: TestApp
let smtp: SmtpTrap
let field: number
let articleId: number
const token: Record<string, string> = {}
let address = 0
const from = () => ({ [CLIENT_ADDRESS_HEADER]: `192.0.2.${++address}` })

const PERSON = 'chi.le@nguoidan.demo'

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  app = await startTestApp()
  const tree = await createTree(app.payload)
  const taxonomy = await createTaxonomy(app.payload)
  field = taxonomy.field
  for (const [email, role] of [
    ['editor@pdr.vn', 'editor'],
    ['viewer@pdr.vn', 'viewer'],
    ['admin@pdr.vn', 'admin'],
  ] as const) {
    await createUser(app.payload, email, [role], tree.province)
    token[role] = await app.login(email, PASSWORD)
  }
  articleId = (
    await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Bài đã đăng',
        summary: 'Tóm tắt',
        body: richText('Nội dung'),
        reformAreas: [taxonomy.area],
        unit: tree.province,
        _status: 'published',
      },
      overrideAccess: true,
    })
  ).id as number
})
afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})

type Doc = Record<string, unknown> & { id: number }

const file = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.rest('POST', '/personal-data-requests', {
    headers: { ...from(), ...headers },
    body: {
      kind: 'access',
      name: 'Lê Thị Chi',
      email: PERSON,
      details: 'Tôi muốn biết cơ quan đang giữ dữ liệu gì về tôi.',
      declaration: true,
      altcha: await solveProof(app),
      ...body,
    },
  })

const filed = async (body: Record<string, unknown>): Promise<Doc> => {
  const res = await file(body)
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: Doc }).doc
}

const patch = (id: number, body: Record<string, unknown>, as = 'editor') =>
  app.rest('PATCH', `/personal-data-requests/${id}`, { token: token[as], body })

const requests = async () =>
  (await app.payload.count({ collection: slugs.personalDataRequests, overrideAccess: true }))
    .totalDocs

const auditActions = async (id: number) =>
  (
    await app.payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { collection: { equals: slugs.personalDataRequests } },
          { documentId: { equals: String(id) } },
        ],
      },
      sort: 'at',
      limit: 50,
      overrideAccess: true,
    })
  ).docs.map((entry) => entry.action)

const deliverAll = async () => {
  await deliverDue(app.payload)
}

describe('filing a request through the public API', () => {
  it('should refuse a request without an email or a phone, in Vietnamese or English, storing nothing', async () => {
    const before = await requests()
    const vi = await file({ email: undefined })
    expect(vi.status).toBe(400)
    expect(JSON.stringify(await vi.json())).toContain('thư điện tử hoặc số điện thoại')
    const en = await file({ email: '', phone: ' ' }, { 'Accept-Language': 'en' })
    expect(en.status).toBe(400)
    expect(JSON.stringify(await en.json())).toContain('an email address or a phone number')
    expect(await requests()).toBe(before)
  })

  it('should refuse a request without the declaration, or without the anti-spam proof', async () => {
    const before = await requests()
    expect((await file({ declaration: 'on' })).status).toBe(400)
    const undeclared = await file({ declaration: false })
    expect(undeclared.status).toBe(400)
    expect(JSON.stringify(await undeclared.json())).toContain('ô cam kết')
    const unproven = await file({ altcha: undefined })
    expect(unproven.status).toBe(400)
    const badKind = await file({ kind: 'everything' })
    expect(badKind.status).toBe(400)
    const badEmail = await file({ email: 'không phải email' })
    expect(badEmail.status).toBe(400)
    expect(await requests()).toBe(before)
  })

  it('should store a request with its deadlines and audit its receipt', async () => {
    const doc = await filed({ kind: 'correction', email: undefined, phone: '0912 345 678' })
    expect(doc.status).toBe('received')
    // The public reads back neither name nor contact.
    expect(doc.phone).toBeUndefined()
    const received = new Date(String(doc.receivedAt))
    const ackDue = new Date(String(doc.ackDueAt))
    expect(ackDue.getTime()).toBeGreaterThan(received.getTime() + 24 * 3_600_000)
    // 15 calendar days from the day after receipt: the end of the 15th day (Vietnam time).
    const dueAt = new Date(String(doc.dueAt)).getTime()
    expect(dueAt).toBeGreaterThan(received.getTime() + 15 * 24 * 3_600_000)
    expect(dueAt).toBeLessThanOrEqual(received.getTime() + 16 * 24 * 3_600_000)
    expect(await auditActions(doc.id)).toEqual(['personalDataRequest.received'])
  })

  it('should let the staff who answer citizens read requests, and nobody else', async () => {
    const editor = await app.rest('GET', '/personal-data-requests?limit=1', { token: token.editor })
    const list = (await editor.json()) as { totalDocs: number; docs: Doc[] }
    expect(list.totalDocs).toBeGreaterThan(0)
    // The list's overdue mark is computed when read; sorting by it is no error.
    expect(list.docs[0]?.overdue).toBe(false)
    const sorted = await app.rest('GET', '/personal-data-requests?sort=-overdue', {
      token: token.editor,
    })
    expect(sorted.status).toBeLessThan(500)
    for (const who of ['viewer', undefined]) {
      const res = await app.rest('GET', '/personal-data-requests', {
        token: who ? token[who] : undefined,
      })
      expect(res.status).toBe(403)
    }
    const viewerExport = await app.rest('GET', `/personal-data-requests/export?email=${PERSON}`, {
      token: token.viewer,
    })
    expect(viewerExport.status).toBe(403)
  })
})

describe('the public holidays admins keep', () => {
  it('should count the deadlines without the holidays an admin adds, and let no one else change them', async () => {
    const today = localDay(new Date())
    const holiday = addWorkingDays(today, 1, new Set())
    const viewer = await app.rest('POST', `/globals/${globalSlugs.publicHolidays}`, {
      token: token.viewer,
      body: { days: [{ day: holiday, name: 'Ngày nghỉ thử' }] },
    })
    expect(viewer.status).toBe(403)
    const saved = await app.rest('POST', `/globals/${globalSlugs.publicHolidays}`, {
      token: token.admin,
      body: { days: [{ day: holiday, name: 'Ngày nghỉ thử' }] },
    })
    expect(saved.status).toBe(200)
    const doc = await filed({ email: 'le.holiday@nguoidan.demo' })
    const expected = requestDeadlines(new Date(String(doc.receivedAt)), new Set([holiday]))
    expect(doc.ackDueAt).toBe(expected.ackDueAt.toISOString())
    expect(doc.dueAt).toBe(expected.dueAt.toISOString())
    // Back to no holidays, so the other tests count plain working days.
    await app.rest('POST', `/globals/${globalSlugs.publicHolidays}`, {
      token: token.admin,
      body: { days: [] },
    })
  })
})

describe('handling a request: statuses, refusal, extension', () => {
  it('should move forward only, refuse with a reason, and extend once with a reason', async () => {
    const doc = await filed({ email: 'an.pham@nguoidan.demo' })
    const noReason = await patch(doc.id, { status: 'refused' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(await noReason.json())).toContain('ghi lý do')

    expect((await patch(doc.id, { extensionReason: '   ' })).status).toBe(200)
    const extended = await patch(doc.id, { extensionReason: 'Cần tra cứu hồ sơ lưu trữ' })
    expect(extended.status).toBe(200)
    const { doc: after } = (await extended.json()) as { doc: Doc }
    expect(
      lastDayOf(new Date(String(after.extendedDueAt))) > lastDayOf(new Date(String(after.dueAt))),
    ).toBe(true)
    const again = await patch(doc.id, { extensionReason: 'Lần nữa' })
    expect(again.status).toBe(400)
    expect(JSON.stringify(await again.json())).toContain('một lần')

    expect(
      (
        await patch(doc.id, {
          status: 'refused',
          responseNote: 'Không xác minh được người yêu cầu',
        })
      ).status,
    ).toBe(200)
    const reopen = await patch(doc.id, { status: 'inProgress' })
    expect(reopen.status).toBe(400)
    expect(await auditActions(doc.id)).toEqual([
      'personalDataRequest.received',
      'personalDataRequest.extended',
      'personalDataRequest.refused',
    ])
  })
})

describe('reminders before the deadlines pass', () => {
  it('should mail the admins and the handler once before the acknowledgement deadline and once when overdue', async () => {
    const doc = await filed({ email: 'reminder@nguoidan.demo' })
    const ackDueAt = new Date(String(doc.ackDueAt))
    const req = await createLocalReq({}, app.payload)
    const soon = new Date(ackDueAt.getTime() - 3_600_000)
    const first = await remindRequestHandlers(req, soon)
    const second = await remindRequestHandlers(req, soon)
    expect(second.queued).toBe(0)
    expect(first.queued).toBeGreaterThan(0)
    const late = new Date(ackDueAt.getTime() + 3_600_000)
    await remindRequestHandlers(req, late)
    expect((await remindRequestHandlers(req, late)).queued).toBe(0)
    smtp.mails.length = 0
    await deliverAll()
    const subjects = subjectsTo(smtp.mails, 'admin@pdr.vn').filter((s) =>
      s.includes(`số ${doc.id}`),
    )
    expect(subjects).toEqual([
      `Sắp hết hạn xác nhận yêu cầu dữ liệu cá nhân số ${doc.id}`,
      `Quá hạn xác nhận yêu cầu dữ liệu cá nhân số ${doc.id}`,
    ])
    // Nobody is reminded once the request is acknowledged.
    expect((await patch(doc.id, { status: 'acknowledged' })).status).toBe(200)
    expect(
      (await remindRequestHandlers(req, new Date(ackDueAt.getTime() + 7_200_000))).queued,
    ).toBe(0)
  })
})

describe('a request fulfilled end to end: export, then erasure, then nothing left', () => {
  let questionId: number
  let commentId: number

  it('should export every record held about the person, and acknowledge the request by mail', async () => {
    const asked = await app.rest('POST', '/citizen-questions', {
      headers: from(),
      body: {
        name: 'Lê Thị Chi',
        email: PERSON,
        phone: '0987 654 321',
        question: 'Làm lại căn cước ở đâu?',
        procedureField: field,
        consentProcessing: true,
        altcha: await solveProof(app),
      },
    })
    expect(asked.status).toBe(201)
    questionId = ((await asked.json()) as { doc: Doc }).doc.id
    const commented = await app.rest('POST', '/comments', {
      headers: from(),
      body: {
        article: articleId,
        name: 'Chi',
        email: PERSON.toUpperCase(),
        content: 'Thủ tục nhanh hơn.',
        consentProcessing: true,
        consentPublish: true,
        altcha: await solveProof(app),
      },
    })
    expect(commented.status).toBe(201)
    commentId = ((await commented.json()) as { doc: Doc }).doc.id

    const access = await filed({ kind: 'access', language: 'en' })
    smtp.mails.length = 0
    expect((await patch(access.id, { status: 'acknowledged' })).status).toBe(200)
    await deliverAll()
    const ack = smtp.mails.find((mail) => JSON.stringify(mail.to).includes(PERSON))
    expect(ack?.subject).toBe(`Your personal-data request no. ${access.id} is received`)
    expect(ack?.text).toContain('/privacy?lang=en')

    const res = await app.rest('GET', `/personal-data-requests/${access.id}/export`, {
      token: token.editor,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const held = (await res.json()) as Record<string, Doc[]>
    expect(held[slugs.citizenQuestions]?.map((q) => q.id)).toEqual([questionId])
    expect(held[slugs.comments]?.map((c) => c.id)).toEqual([commentId])
    expect(held[slugs.consents]?.length).toBe(2)
    expect(held[slugs.outbox]?.map((m) => m.subject)).toContain(
      `Your personal-data request no. ${access.id} is received`,
    )
    expect(held[slugs.personalDataRequests]?.map((r) => r.id)).toContain(access.id)
    expect(held[slugs.auditLog]?.map((e) => e.action)).toEqual(
      expect.arrayContaining(['personalDataRequest.received', 'personalDataRequest.acknowledged']),
    )
    // The same by phone number, for a request received by letter.
    const byPhone = await app.rest('GET', '/personal-data-requests/export?phone=%2B84987654321', {
      token: token.admin,
    })
    expect(((await byPhone.json()) as Record<string, Doc[]>)[slugs.citizenQuestions]?.length).toBe(
      1,
    )
    expect(await auditActions(access.id)).toContain('personalDataRequest.exported')
  })

  it('should erase the person from every collection, keeping only the anonymised request', async () => {
    const deletion = await filed({ kind: 'deletion', details: 'Xin xóa mọi dữ liệu của tôi.' })
    const viewer = await app.rest('POST', `/personal-data-requests/${deletion.id}/erase`, {
      token: token.viewer,
    })
    expect(viewer.status).toBe(403)
    const res = await app.rest('POST', `/personal-data-requests/${deletion.id}/erase`, {
      token: token.editor,
    })
    expect(res.status).toBe(200)

    const everything: Record<string, unknown[]> = {}
    for (const collection of [...Object.values(slugs), jobsSlug])
      everything[collection] = (
        await app.payload.find({
          collection,
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const mentions = Object.entries(everything).filter(([, docs]) =>
      JSON.stringify(docs).toLowerCase().includes(PERSON),
    )
    expect(mentions.map(([collection]) => collection)).toEqual([])
    expect(JSON.stringify(everything)).not.toContain('987654321')
    expect(JSON.stringify(everything)).not.toContain('0987 654 321')

    const kept = await app.payload.findByID({
      collection: slugs.personalDataRequests,
      id: deletion.id,
      overrideAccess: true,
    })
    expect(kept).toMatchObject({ email: null, status: 'completed' })
    expect(kept.contactHash).toMatch(/^[0-9a-f]{64}$/)
    expect(kept.erasedAt).toBeTruthy()
    expect(await auditActions(deletion.id)).toEqual([
      'personalDataRequest.received',
      'personalDataRequest.erased',
      'personalDataRequest.completed',
    ])
    // The question, never answered, is gone; the comment too.
    expect(
      await app.payload.findByID({
        collection: slugs.citizenQuestions,
        id: questionId,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    const again = await app.rest('POST', `/personal-data-requests/${deletion.id}/erase`, {
      token: token.editor,
      headers: { 'Accept-Language': 'en' },
    })
    expect(again.status).toBe(409)
    expect(JSON.stringify(await again.json())).toContain('was erased')
  })
})

describe('a withdrawal of consent by request', () => {
  it('should withdraw every consent the person gave, as the mail link does', async () => {
    const email = 'dung.vo@nguoidan.demo'
    const commented = await app.rest('POST', '/comments', {
      headers: from(),
      body: {
        article: articleId,
        email,
        content: 'Cảm ơn.',
        consentProcessing: true,
        consentPublish: true,
        altcha: await solveProof(app),
      },
    })
    expect(commented.status).toBe(201)
    const request = await filed({ kind: 'withdrawal', email })
    const wrongAction = await app.rest('POST', `/personal-data-requests/${request.id}/erase`, {
      token: token.editor,
    })
    expect(wrongAction.status).toBe(409)
    const res = await app.rest('POST', `/personal-data-requests/${request.id}/withdraw`, {
      token: token.editor,
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { summary: { withdrawn: number } }).summary.withdrawn).toBe(1)
    const consents = await app.payload.find({
      collection: slugs.consents,
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(consents.docs.every((consent) => consent.withdrawnAt)).toBe(true)
    expect(await auditActions(request.id)).toEqual([
      'personalDataRequest.received',
      'personalDataRequest.withdrawn',
      'personalDataRequest.completed',
    ])
  })
})
