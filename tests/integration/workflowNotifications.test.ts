import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import { slugs } from '@/platform/slugs'
import { deliverDue } from '@/modules/messaging/outbox'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpTrap, subjectsTo, type SmtpTrap } from '../helpers/smtp'

let app: TestApp
let smtp: SmtpTrap
let tree: Tree
let area: number
let planId: number
const token: Record<string, string> = {}

const EDITOR = 'bientap.a1@test.vn'
const REPORTER = 'baocao.a1@test.vn'
const REVIEWER_A1 = 'duyet.a1@test.vn'
const REVIEWER_PROVINCE = 'duyet.tinh@test.vn'
const REVIEWER_B1 = 'duyet.b1@test.vn'
const QUIET_REVIEWER = 'tatthongbao@test.vn'
const ADMIN = 'quantri@test.vn'
const UNIT_INBOX = 'vanthu.a1@test.vn'

/** Sends what the outbox holds (as the minute's tick does) and returns the mails SMTP received. */
let seen = 0
const tick = async (): Promise<ParsedMail[]> => {
  const before = smtp.mails.length
  const { sent } = await deliverDue(app.payload, { now: new Date(Date.now() + 1000) })
  if (sent > 0) await smtp.waitFor(before + sent, 5_000)
  const mails = smtp.mails.slice(seen)
  seen = smtp.mails.length
  return mails
}
const recipientsOf = (mails: ParsedMail[]): string[] =>
  mails
    .flatMap((mail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []))
    .flatMap((to) => to.value.map((address) => address.address ?? ''))
    .sort()

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM_ADDRESS = 'cchc@test.vn'
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  await app.payload.update({
    collection: slugs.units,
    id: tree.communeA1,
    data: { contactEmails: [{ email: UNIT_INBOX }] },
    overrideAccess: true,
  })
  await createUser(app.payload, EDITOR, ['editor'], tree.communeA1)
  await createUser(app.payload, REPORTER, ['reporter'], tree.communeA1, { language: 'en' })
  await createUser(app.payload, REVIEWER_A1, ['reviewer'], tree.communeA1)
  await createUser(app.payload, REVIEWER_PROVINCE, ['reviewer'], tree.province, {
    language: 'en',
  })
  await createUser(app.payload, REVIEWER_B1, ['reviewer'], tree.communeB1)
  await createUser(app.payload, QUIET_REVIEWER, ['reviewer'], tree.province)
  await createUser(app.payload, ADMIN, ['admin'], null)
  for (const email of [
    EDITOR,
    REPORTER,
    REVIEWER_A1,
    REVIEWER_PROVINCE,
    REVIEWER_B1,
    QUIET_REVIEWER,
  ])
    token[email] = await app.login(email, PASSWORD)
  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: 'Số 07/KH-TB',
        title: 'Kế hoạch thử thông báo',
        issueDate: '2026-01-05',
        year: 2026,
        issuingUnit: tree.province,
        participatingRoot: tree.province,
        reportingLevels: ['commune'],
        reportDeadlines: [{ period: 'Q4', deadline: '2030-12-20T17:00:00+07:00' }],
      },
      overrideAccess: true,
      depth: 0,
    })
  ).id as number
})
afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})

type Doc = { id: number; updatedAt: string }
const patch = async (who: string, path: string, body: object) =>
  app.rest('PATCH', path, { token: token[who], body })

describe('workflow notifications by mail and bell', () => {
  let articleId: number

  it('should let a person turn a kind off on their own account', async () => {
    const me = (await (
      await app.rest('GET', `/${slugs.users}/me`, { token: token[QUIET_REVIEWER] })
    ).json()) as { user: { id: number } }
    const res = await patch(QUIET_REVIEWER, `/${slugs.users}/${me.user.id}`, {
      notificationsOff: ['reviewRequested', 'reportSubmitted'],
    })
    expect(res.status).toBe(200)
    const bad = await patch(QUIET_REVIEWER, `/${slugs.users}/${me.user.id}`, {
      notificationsOff: ['khongCoLoaiNay'],
    })
    expect(bad.status).toBe(400)
  })

  it('should tell the reviewers of the unit and above, once, each in their language, when an article is submitted', async () => {
    const created = await app.rest('POST', `/${slugs.articles}?draft=true`, {
      token: token[EDITOR],
      body: {
        title: 'Xã A1 rút ngắn thời gian cấp giấy phép',
        summary: 'Tóm tắt',
        body: richText('Nội dung.'),
        reformAreas: [area],
        unit: tree.communeA1,
      },
    })
    expect(created.status).toBe(201)
    articleId = ((await created.json()) as { doc: Doc }).doc.id
    expect(await tick()).toHaveLength(0)

    // An editor may not publish alone: refused, and nobody hears of it.
    const refused = await patch(EDITOR, `/${slugs.articles}/${articleId}`, {
      _status: 'published',
    })
    expect(refused.status).toBe(403)
    expect(await tick()).toHaveLength(0)

    const submit = await patch(EDITOR, `/${slugs.articles}/${articleId}?draft=true`, {
      reviewStatus: 'inReview',
    })
    expect(submit.status).toBe(200)
    const mails = await tick()
    // Not the editor (the actor), not B1's reviewer (another subtree), not the one who opted out,
    // not the admin, not the unit's contact address.
    expect(recipientsOf(mails)).toEqual([REVIEWER_A1, REVIEWER_PROVINCE])
    expect(subjectsTo(mails, REVIEWER_A1)).toEqual([
      'Có bài chờ duyệt: Xã A1 rút ngắn thời gian cấp giấy phép',
    ])
    expect(subjectsTo(mails, REVIEWER_PROVINCE)).toEqual([
      'Awaiting review: Xã A1 rút ngắn thời gian cấp giấy phép',
    ])
    expect(mails[0]!.text).toContain(`/admin/collections/${slugs.articles}/${articleId}`)

    // A retried request, a re-save without a transition and a second tick send nothing more.
    expect(
      (
        await patch(EDITOR, `/${slugs.articles}/${articleId}?draft=true`, {
          reviewStatus: 'inReview',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await patch(EDITOR, `/${slugs.articles}/${articleId}?draft=true`, {
          summary: 'Tóm tắt mới',
        })
      ).status,
    ).toBe(200)
    expect(await tick()).toHaveLength(0)
    expect(await tick()).toHaveLength(0)
  })

  it('should show each person only their own entries on the bell, and let them mark them read', async () => {
    const unread = async (who: string) =>
      (
        (await (
          await app.rest('GET', `/${slugs.notifications}?where[readAt][exists]=false&limit=1`, {
            token: token[who],
          })
        ).json()) as { totalDocs: number }
      ).totalDocs
    expect(await unread(REVIEWER_A1)).toBe(1)
    expect(await unread(REVIEWER_PROVINCE)).toBe(1)
    expect(await unread(EDITOR)).toBe(0)
    expect(await unread(REVIEWER_B1)).toBe(0)

    const list = (await (
      await app.rest('GET', `/${slugs.notifications}?depth=0`, { token: token[REVIEWER_A1] })
    ).json()) as { docs: { id: number; kind: string; link: string }[] }
    expect(list.docs).toHaveLength(1)
    expect(list.docs[0]).toMatchObject({
      kind: 'reviewRequested',
      link: `/collections/${slugs.articles}/${articleId}`,
    })
    const id = list.docs[0]!.id

    // Someone else's entry: not found for them, unchanged.
    const foreign = await patch(REVIEWER_PROVINCE, `/${slugs.notifications}/${id}`, {
      readAt: new Date().toISOString(),
    })
    expect(foreign.status).toBe(403)
    // Nobody creates entries or rewrites what they say.
    const forged = await app.rest('POST', `/${slugs.notifications}`, {
      token: token[REVIEWER_A1],
      body: { recipient: 1, kind: 'reviewRequested', key: 'x', title: 'x', link: '/x' },
    })
    expect(forged.status).toBe(403)
    const rewritten = await patch(REVIEWER_A1, `/${slugs.notifications}/${id}`, { title: 'Khác' })
    expect(rewritten.status).toBe(403)

    const read = await patch(REVIEWER_A1, `/${slugs.notifications}/${id}`, {
      readAt: new Date().toISOString(),
    })
    expect(read.status).toBe(200)
    expect(await unread(REVIEWER_A1)).toBe(0)
    expect(await unread(REVIEWER_PROVINCE)).toBe(1)
    const all = await app.rest('PATCH', `/${slugs.notifications}?where[readAt][exists]=false`, {
      token: token[REVIEWER_PROVINCE],
      body: { readAt: new Date().toISOString() },
    })
    expect(all.status).toBe(200)
    expect(await unread(REVIEWER_PROVINCE)).toBe(0)
  })

  it('should tell the author when the article is returned, with the comment, and when it is published', async () => {
    // B1's reviewer may not touch A1's article: refused, nobody told.
    const outside = await patch(REVIEWER_B1, `/${slugs.articles}/${articleId}?draft=true`, {
      reviewStatus: 'returned',
      reviewComment: 'Không phải đơn vị mình',
    })
    expect(outside.status).toBeGreaterThanOrEqual(400)
    expect(await tick()).toHaveLength(0)

    const returned = await patch(REVIEWER_A1, `/${slugs.articles}/${articleId}?draft=true`, {
      reviewStatus: 'returned',
      reviewComment: 'Bổ sung số liệu quý IV',
    })
    expect(returned.status).toBe(200)
    let mails = await tick()
    expect(recipientsOf(mails)).toEqual([EDITOR])
    expect(mails[0]!.subject).toBe('Bài bị trả lại: Xã A1 rút ngắn thời gian cấp giấy phép')
    expect(mails[0]!.text).toContain('Ý kiến: Bổ sung số liệu quý IV')

    const published = await patch(REVIEWER_PROVINCE, `/${slugs.articles}/${articleId}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    mails = await tick()
    expect(recipientsOf(mails)).toEqual([EDITOR])
    expect(mails[0]!.subject).toBe('Bài đã được xuất bản: Xã A1 rút ngắn thời gian cấp giấy phép')
    expect(await tick()).toHaveLength(0)
  })

  it('should tell the reviewers of a submitted report, and the unit’s staff when it is returned or approved', async () => {
    const created = await app.rest('POST', `/${slugs.unitReports}`, {
      token: token[REPORTER],
      body: { plan: planId, unit: tree.communeA1, period: 'Q4', status: 'submitted' },
    })
    expect(created.status).toBe(201)
    const reportId = ((await created.json()) as { doc: Doc }).doc.id
    let mails = await tick()
    expect(recipientsOf(mails)).toEqual([REVIEWER_A1, REVIEWER_PROVINCE])
    expect(subjectsTo(mails, REVIEWER_A1)[0]).toMatch(
      /^Có báo cáo chờ duyệt: UBND xã A1 – Quý IV\/2026 \(Số 07\/KH-TB\)$/,
    )
    expect(subjectsTo(mails, REVIEWER_PROVINCE)[0]).toMatch(
      /^Report awaiting review: UBND xã A1 – Quý IV\/2026 \(Số 07\/KH-TB\)$/,
    )

    // A return needs a reason: refused, nobody told.
    const bare = await patch(REVIEWER_PROVINCE, `/${slugs.unitReports}/${reportId}`, {
      status: 'returned',
    })
    expect(bare.status).toBe(400)
    expect(await tick()).toHaveLength(0)

    const returned = await patch(REVIEWER_PROVINCE, `/${slugs.unitReports}/${reportId}`, {
      status: 'returned',
      returnReason: 'Thiếu minh chứng',
    })
    expect(returned.status).toBe(200)
    mails = await tick()
    // The unit's reporter (in English) and editor; not its contact address, not the reviewer.
    expect(recipientsOf(mails)).toEqual([REPORTER, EDITOR].sort())
    expect(subjectsTo(mails, REPORTER)[0]).toMatch(
      /^Report returned: UBND xã A1 – Quý IV\/2026 \(Số 07\/KH-TB\)$/,
    )
    expect(mails.find((m) => subjectsTo([m], REPORTER).length)!.text).toContain(
      'Comment: Thiếu minh chứng',
    )
    expect(subjectsTo(mails, EDITOR)[0]).toMatch(
      /^Báo cáo bị trả lại: UBND xã A1 – Quý IV\/2026 \(Số 07\/KH-TB\)$/,
    )

    const again = await patch(REPORTER, `/${slugs.unitReports}/${reportId}`, {
      status: 'submitted',
    })
    expect(again.status).toBe(200)
    mails = await tick()
    expect(recipientsOf(mails)).toEqual([REVIEWER_A1, REVIEWER_PROVINCE])

    const approved = await patch(REVIEWER_A1, `/${slugs.unitReports}/${reportId}`, {
      status: 'approved',
    })
    expect(approved.status).toBe(200)
    // The same approval sent again changes nothing and tells nobody.
    expect(
      (await patch(REVIEWER_A1, `/${slugs.unitReports}/${reportId}`, { status: 'approved' }))
        .status,
    ).toBeLessThan(500)
    mails = await tick()
    expect(recipientsOf(mails)).toEqual([REPORTER, EDITOR].sort())
    expect(subjectsTo(mails, EDITOR)[0]).toMatch(
      /^Báo cáo đã được duyệt: UBND xã A1 – Quý IV\/2026 \(Số 07\/KH-TB\)$/,
    )
    expect(await tick()).toHaveLength(0)
    expect(recipientsOf(smtp.mails)).not.toContain(UNIT_INBOX)
    expect(recipientsOf(smtp.mails)).not.toContain(QUIET_REVIEWER)
    expect(recipientsOf(smtp.mails)).not.toContain(ADMIN)
    expect(recipientsOf(smtp.mails)).not.toContain(REVIEWER_B1)
  })
})
