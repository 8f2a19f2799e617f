import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { globalSlugs, slugs } from '@/platform/slugs'
import { dispatchPublic } from '@/modules/delivery'
import { renderMail } from '@/modules/messaging/templates'
import { solveProof } from '../helpers/antispam'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

/**
 * Citizens' personal data under Law 91/2025/QH15: consent asked and proven, the notice versioned,
 * contact details seen only by those who need them, nothing personal published, withdrawal by link.
 */
let app: TestApp
let tree: Tree
let field: number
let articleId: number
const token: Record<string, string> = {}
let address = 0
const from = () => ({ [CLIENT_ADDRESS_HEADER]: `192.0.2.${++address}` })

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  const taxonomy = await createTaxonomy(app.payload)
  field = taxonomy.field
  for (const [email, role] of [
    ['editor@test.vn', 'editor'],
    ['reviewer@test.vn', 'reviewer'],
    ['viewer@test.vn', 'viewer'],
    ['reporter@test.vn', 'reporter'],
    ['admin@test.vn', 'admin'],
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
afterAll(async () => app?.destroy())

const ask = async (body: Record<string, unknown>, headers: Record<string, string> = from()) =>
  app.rest('POST', '/citizen-questions', {
    headers,
    body: {
      name: 'Trần Văn Bình',
      email: 'binh@nguoidan.demo',
      phone: '0912345678',
      question: 'Thủ tục cấp đổi sổ đỏ cần giấy tờ gì?',
      procedureField: field,
      altcha: await solveProof(app),
      ...body,
    },
  })

const comment = async (body: Record<string, unknown>) =>
  app.rest('POST', '/comments', {
    headers: from(),
    body: {
      article: articleId,
      content: 'Bài viết hữu ích.',
      email: 'ban.doc@nguoidan.demo',
      altcha: await solveProof(app),
      ...body,
    },
  })

const count = async (collection: 'citizen-questions' | 'comments' | 'personal-data-consents') =>
  (await app.payload.count({ collection, overrideAccess: true })).totalDocs

const consentOf = async (where: { question?: number; comment?: number }) =>
  (
    await app.payload.find({
      collection: slugs.consents,
      where: where.question
        ? { question: { equals: where.question } }
        : { comment: { equals: where.comment } },
      overrideAccess: true,
    })
  ).docs[0]

describe('consent in the public forms', () => {
  it('should refuse a question without the consent to processing, in Vietnamese or English, storing nothing', async () => {
    const before = [await count(slugs.citizenQuestions), await count(slugs.consents)]
    for (const consentProcessing of [undefined, false]) {
      const res = await ask({ consentProcessing, consentPublish: true })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(
        'Vui lòng đánh dấu ô đồng ý cho cơ quan xử lý dữ liệu cá nhân',
      )
    }
    const en = await ask({}, { ...from(), 'Accept-Language': 'en' })
    expect(en.status).toBe(400)
    expect(JSON.stringify(await en.json())).toContain('Without this consent nothing is stored')
    expect([await count(slugs.citizenQuestions), await count(slugs.consents)]).toEqual(before)
  })

  it('should refuse a comment without the consent to processing', async () => {
    const before = await count(slugs.comments)
    const res = await comment({})
    expect(res.status).toBe(400)
    expect(await count(slugs.comments)).toBe(before)
  })

  it('should keep the proof of consent: purposes, notice version, time, channel, address and the person', async () => {
    const res = await ask(
      { consentProcessing: true },
      { [CLIENT_ADDRESS_HEADER]: '198.51.100.77', 'X-CCHC-Channel': 'widget' },
    )
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    const consent = await consentOf({ question: doc.id })
    expect(consent).toMatchObject({
      email: 'binh@nguoidan.demo',
      phone: '0912345678',
      purposes: ['process'],
      noticeVersion: 1,
      channel: 'widget',
      clientAddress: '198.51.100.77',
    })
    expect(Date.now() - new Date(consent!.givenAt).getTime()).toBeLessThan(60_000)
    const stored = await app.payload.findByID({
      collection: slugs.citizenQuestions,
      id: doc.id,
      overrideAccess: true,
    })
    expect([stored.consentProcessing, stored.consentPublish]).toEqual([true, false])
  })

  it('should take a comment without a name, recording both purposes when both boxes are ticked', async () => {
    const res = await comment({ consentProcessing: true, consentPublish: true })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    expect((await consentOf({ comment: doc.id }))?.purposes).toEqual(['process', 'publish'])
  })

  it('should let no API write or change a consent record', async () => {
    const res = await app.rest('POST', '/personal-data-consents', {
      token: token.admin,
      body: {
        purposes: ['process'],
        noticeVersion: 1,
        givenAt: new Date().toISOString(),
        channel: 'api',
      },
    })
    expect(res.status).toBe(403)
  })
})

describe('the versioned privacy notice', () => {
  it('should serve the notice at /privacy and over the API, and stamp each consent with the version in force', async () => {
    const page = await dispatchPublic(app.payload, new Request('http://localhost:3000/privacy'))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Thông báo xử lý dữ liệu cá nhân')
    expect(html).toContain('Phiên bản 1')

    const saved = await app.rest('POST', `/globals/${globalSlugs.privacyNotice}`, {
      token: token.admin,
      body: {
        textVi: 'Thông báo mới: chúng tôi chỉ xử lý dữ liệu để trả lời.',
        textEn: 'New notice.',
      },
    })
    expect(saved.status).toBe(200)
    const publicNotice = (await (
      await app.rest('GET', `/globals/${globalSlugs.privacyNotice}`)
    ).json()) as { version: number; textVi: string }
    expect(publicNotice).toMatchObject({
      version: 2,
      textVi: expect.stringContaining('Thông báo mới'),
    })
    const en = await (
      await dispatchPublic(app.payload, new Request('http://localhost:3000/privacy?lang=en'))
    ).text()
    expect(en).toContain('New notice.')
    expect(en).toContain('Version 2')

    const res = await ask({ consentProcessing: true })
    const { doc } = (await res.json()) as { doc: { id: number } }
    expect((await consentOf({ question: doc.id }))?.noticeVersion).toBe(2)
  })

  it('should let only admins edit the notice', async () => {
    const res = await app.rest('POST', `/globals/${globalSlugs.privacyNotice}`, {
      token: token.editor,
      body: { textVi: 'Sửa trái phép' },
    })
    expect(res.status).toBe(403)
  })
})

describe('"Need to know": contact details', () => {
  it("should show commenters' emails to moderators only, never to viewers, reporters or the public", async () => {
    const res = await comment({ consentProcessing: true, consentPublish: true })
    const { doc } = (await res.json()) as { doc: { id: number } }
    await app.payload.update({
      collection: slugs.comments,
      id: doc.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const read = async (as?: string) =>
      (await (await app.rest('GET', `/comments/${doc.id}`, { token: as })).json()) as Record<
        string,
        unknown
      >
    expect((await read(token.editor)).email).toBe('ban.doc@nguoidan.demo')
    expect((await read(token.reviewer)).email).toBe('ban.doc@nguoidan.demo')
    for (const who of [token.viewer, token.reporter, undefined]) {
      const seen = await read(who)
      expect(seen.content).toBe('Bài viết hữu ích.')
      expect(seen).not.toHaveProperty('email')
      expect(seen).not.toHaveProperty('consentPublish')
    }
  })

  it("should keep askers' details from viewers and reporters", async () => {
    for (const who of [token.viewer, token.reporter])
      expect((await app.rest('GET', '/citizen-questions', { token: who })).status).toBe(403)
  })
})

describe('"Nothing personal published"', () => {
  const answered = async (body: Record<string, unknown>, answer: string) => {
    const { doc } = (await (await ask(body)).json()) as { doc: { id: number } }
    const res = await app.rest('PATCH', `/citizen-questions/${doc.id}`, {
      token: token.editor,
      body: { status: 'answered', answer: richText(answer), assignedUnit: tree.province },
    })
    expect(res.status).toBe(200)
    return doc.id
  }
  const publish = (id: number) =>
    app.rest('POST', `/citizen-questions/${id}/publish-faq`, { token: token.reviewer })

  it('should not publish a question whose asker did not agree to publication', async () => {
    const id = await answered({ consentProcessing: true }, 'Cần đơn đề nghị.')
    const res = await publish(id)
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('không đồng ý công khai')
  })

  it('should refuse an FAQ carrying a phone number or a citizen ID, listing them, until a staff member confirms', async () => {
    const id = await answered(
      {
        consentProcessing: true,
        consentPublish: true,
        question: 'CCCD của tôi là 042095001234, cần làm gì?',
      },
      'Ông gọi 0239 3855 123 để được hướng dẫn.',
    )
    const faqs = await app.payload.count({ collection: slugs.faqs, overrideAccess: true })
    const refused = await publish(id)
    expect(refused.status).toBe(400)
    const message = JSON.stringify(await refused.json())
    expect(message).toContain('số định danh cá nhân “042095001234”')
    expect(message).toContain('số điện thoại “0239 3855 123”')
    expect(message).toContain('Tôi đã kiểm tra, không có thông tin cá nhân')
    expect(
      (await app.payload.count({ collection: slugs.faqs, overrideAccess: true })).totalDocs,
    ).toBe(faqs.totalDocs)
    await app.rest('PATCH', `/citizen-questions/${id}`, {
      token: token.editor,
      body: { personalDataChecked: true },
    })
    const published = await publish(id)
    expect(published.status).toBe(201)
    const { faq } = (await published.json()) as { faq: { id: number } }
    const publicFaq = JSON.stringify(await (await app.rest('GET', `/faqs/${faq.id}`)).json())
    expect(publicFaq).not.toContain('binh@nguoidan.demo')
    expect(publicFaq).not.toContain('0912345678')
    expect(publicFaq).not.toContain('Trần Văn Bình')
  })

  it('should refuse to approve a comment with an email in it, or without consent to publication', async () => {
    const withEmail = (
      (await (
        await comment({
          consentProcessing: true,
          consentPublish: true,
          content: 'Liên hệ tôi qua an.nguyen@gmail.com nhé',
        })
      ).json()) as { doc: { id: number } }
    ).doc.id
    const approve = (id: number, extra: object = {}) =>
      app.rest('PATCH', `/comments/${id}`, {
        token: token.editor,
        body: { status: 'approved', ...extra },
      })
    const refused = await approve(withEmail)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('email “an.nguyen@gmail.com”')
    expect(
      (
        await app.payload.findByID({
          collection: slugs.comments,
          id: withEmail,
          overrideAccess: true,
        })
      ).status,
    ).toBe('pending')
    expect((await approve(withEmail, { personalDataChecked: true })).status).toBe(200)

    const private_ = (
      (await (await comment({ consentProcessing: true })).json()) as { doc: { id: number } }
    ).doc.id
    const noConsent = await approve(private_, { personalDataChecked: true })
    expect(noConsent.status).toBe(400)
    expect(JSON.stringify(await noConsent.json())).toContain('không đồng ý công khai')
  })
})

describe('withdrawing consent with the link in the mail', () => {
  it('should put a withdrawal link in the answer mail that anonymises the asker, once, and audit it', async () => {
    const { doc } = (await (
      await ask({ consentProcessing: true, consentPublish: true })
    ).json()) as { doc: { id: number } }
    await app.rest('PATCH', `/citizen-questions/${doc.id}`, {
      token: token.editor,
      body: { status: 'answered', answer: richText('Cần đơn đề nghị.') },
    })
    const message = (
      await app.payload.find({
        collection: slugs.outbox,
        where: { key: { equals: `answer:question:${doc.id}` } },
        overrideAccess: true,
      })
    ).docs[0]
    const mail = await renderMail(
      app.payload,
      'citizenAnswer',
      message!.data,
      'vi',
      'https://cchc.example.vn',
    )
    const link = /https:\/\/cchc\.example\.vn\/privacy\/withdraw\?token=([^&\s]+)&lang=vi/.exec(
      mail.text,
    )
    expect(link).not.toBeNull()
    expect(mail.html).toContain('/privacy/withdraw?token=')
    const withdrawToken = decodeURIComponent(link![1]!)

    // Opening the page changes nothing (mail scanners open links); it shows the button.
    const pageUrl = `http://localhost:3000/privacy/withdraw?token=${encodeURIComponent(withdrawToken)}`
    const opened = await (await dispatchPublic(app.payload, new Request(pageUrl))).text()
    expect(opened).toContain('Rút lại sự đồng ý')
    expect(opened).toContain('action="/api/personal-data-consents/withdraw"')

    const res = await app.rest('POST', '/personal-data-consents/withdraw', {
      body: { token: withdrawToken },
    })
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('đã rút lại sự đồng ý')
    const question = await app.payload.findByID({
      collection: slugs.citizenQuestions,
      id: doc.id,
      overrideAccess: true,
    })
    expect([question.name, question.email, question.phone]).toEqual([null, null, null])
    expect(question.question).toBe('Thủ tục cấp đổi sổ đỏ cần giấy tờ gì?')
    const consent = await consentOf({ question: doc.id })
    expect(consent?.withdrawnAt).toBeTruthy()
    const audited = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'consent.withdrawn' } },
      overrideAccess: true,
    })
    expect(audited.docs.map((d) => d.documentId)).toContain(String(consent!.id))

    const again = await app.rest('POST', '/personal-data-consents/withdraw', {
      body: { token: withdrawToken },
    })
    expect(JSON.stringify(await again.json())).toContain('đã được rút lại trước đó')
    const after = await (await dispatchPublic(app.payload, new Request(pageUrl))).text()
    expect(after).toContain('đã rút lại sự đồng ý')
  })

  it("should take a withdrawn comment off the public pages, from the page's form", async () => {
    const { doc } = (await (
      await comment({ consentProcessing: true, consentPublish: true })
    ).json()) as { doc: { id: number } }
    await app.payload.update({
      collection: slugs.comments,
      id: doc.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const { consentToken } = await import('@/modules/content/domain/consentToken')
    const consent = await consentOf({ comment: doc.id })
    const res = await app.rest('POST', '/personal-data-consents/withdraw', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(consentToken(app.payload.secret, consent!.id))}&lang=en`,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toMatch(/^\/privacy\/withdraw\?token=.+&lang=en$/)
    const stored = await app.payload.findByID({
      collection: slugs.comments,
      id: doc.id,
      overrideAccess: true,
    })
    expect([stored.status, stored.email ?? null]).toEqual(['rejected', null])
    expect((await app.rest('GET', `/comments/${doc.id}`)).status).not.toBe(200)
  })

  it('should refuse a forged or malformed link and change nothing', async () => {
    const consent = (
      await app.payload.find({ collection: slugs.consents, overrideAccess: true, limit: 1 })
    ).docs[0]!
    for (const forged of [`${consent.id}.${'A'.repeat(32)}`, 'nonsense', '']) {
      const res = await app.rest('POST', '/personal-data-consents/withdraw', {
        body: { token: forged },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain('Đường dẫn rút lại đồng ý không hợp lệ')
    }
    const page = await dispatchPublic(
      app.payload,
      new Request('http://localhost:3000/privacy/withdraw?token=nonsense'),
    )
    expect(page.status).toBe(400)
  })
})

describe('retention: the nightly run', () => {
  it('should anonymise askers a year after the answer and delete comments never published after six months, keeping consents only as long as their data, and log the counts', async () => {
    const { createLocalReq } = await import('payload')
    const { applyRetention } = await import('@/modules/content/retention')
    const now = new Date('2027-06-15T20:00:00Z')
    const question = async (answeredAt: string) => {
      const { doc } = (await (await ask({ consentProcessing: true })).json()) as {
        doc: { id: number }
      }
      await app.payload.update({
        collection: slugs.citizenQuestions,
        id: doc.id,
        data: { status: 'answered', answer: richText('Trả lời.') },
        overrideAccess: true,
      })
      // The answer hook stamps the real time; the test moves it to the past.
      await app.payload.db.updateOne({
        collection: slugs.citizenQuestions,
        id: doc.id,
        data: { answeredAt },
      })
      return doc.id
    }
    const old = await question('2026-06-01T03:00:00Z')
    const recent = await question('2026-07-01T03:00:00Z')
    const sentComment = async (createdAt: string, status: 'pending' | 'approved') => {
      const { doc } = (await (
        await comment({ consentProcessing: true, consentPublish: true })
      ).json()) as { doc: { id: number } }
      await app.payload.db.updateOne({
        collection: slugs.comments,
        id: doc.id,
        data: { createdAt, status },
      })
      return doc.id
    }
    const stale = await sentComment('2026-12-01T00:00:00Z', 'pending')
    const shown = await sentComment('2026-12-01T00:00:00Z', 'approved')
    const fresh = await sentComment('2027-01-01T00:00:00Z', 'pending')

    const req = await createLocalReq({}, app.payload)
    const summary = await applyRetention(req, now)
    expect(summary.anonymisedQuestions).toBeGreaterThanOrEqual(1)
    expect(summary.deletedComments).toBeGreaterThanOrEqual(1)

    const read = (id: number) =>
      app.payload.findByID({ collection: slugs.citizenQuestions, id, overrideAccess: true })
    const gone = await read(old)
    expect([gone.name, gone.email, gone.phone]).toEqual([null, null, null])
    expect(gone.question).toBe('Thủ tục cấp đổi sổ đỏ cần giấy tờ gì?')
    expect(await consentOf({ question: old })).toMatchObject({
      email: null,
      phone: null,
      purposes: ['process'],
    })
    expect((await read(recent)).email).toBe('binh@nguoidan.demo')

    const exists = async (id: number) =>
      (
        await app.payload.count({
          collection: slugs.comments,
          where: { id: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs === 1
    expect([await exists(stale), await exists(shown), await exists(fresh)]).toEqual([
      false,
      true,
      true,
    ])
    expect(await consentOf({ comment: stale })).toBeUndefined()
    expect(await consentOf({ comment: shown })).toBeDefined()

    const logged = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'personalData.retention' } },
      sort: '-at',
      overrideAccess: true,
    })
    expect(logged.docs[0]?.summary).toMatchObject({
      anonymisedQuestions: summary.anonymisedQuestions,
      deletedComments: summary.deletedComments,
    })
    expect(await applyRetention(req, now)).toMatchObject({
      anonymisedQuestions: 0,
      deletedComments: 0,
    })
  })
})
