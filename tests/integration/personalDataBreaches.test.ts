import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'

import { runDueJobs, runScheduledNow } from '@/platform/jobs/scheduler'
import { slugs } from '@/platform/slugs'

import { openDocx, openPdf } from '../helpers/documents'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpTrap, type SmtpTrap } from '../helpers/smtp'

let app: TestApp
let smtp: SmtpTrap
let tree: Tree
const token: Record<string, string> = {}
const HOUR = 3_600_000

/** The mails received since the last call (after the outbox was sent at `now`). */
let seen = 0
const newMails = async (now: Date, expected: number): Promise<ParsedMail[]> => {
  await runDueJobs(app.payload, now)
  if (expected > 0) await smtp.waitFor(seen + expected, 5_000)
  const mails = smtp.mails.slice(seen)
  seen = smtp.mails.length
  return mails
}
const recipients = (mails: ParsedMail[]) =>
  mails.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address).sort()

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM_ADDRESS = 'cchc@test.vn'
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'dpo@test.vn', ['admin'], null, { weeklyDigest: false })
  await createUser(app.payload, 'admin.en@test.vn', ['admin'], null, {
    language: 'en',
    weeklyDigest: false,
  })
  await createUser(app.payload, 'editor@test.vn', ['editor', 'reviewer'], tree.province)
  await createUser(app.payload, 'viewer@test.vn', ['viewer'], tree.province)
  for (const email of ['dpo@test.vn', 'editor@test.vn', 'viewer@test.vn'])
    token[email] = await app.login(email, PASSWORD)
}, 120_000)

afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})

type Breach = { id: number; status: string; notifiedAt?: string | null; deadlineStatus?: string }
let breach: Breach
const discoveredAt = new Date(Date.now() - HOUR)

describe('the personal-data breach register', () => {
  it('should register a breach, show its 72-hour deadline and mail every admin once', async () => {
    const res = await app.rest('POST', '/personal-data-breaches', {
      token: token['dpo@test.vn'],
      body: {
        title: 'Gửi nhầm danh sách người hỏi',
        discoveredAt: discoveredAt.toISOString(),
        occurredAt: new Date(discoveredAt.getTime() - 5 * HOUR).toISOString(),
        description: 'Tệp xuất danh sách người hỏi bị gửi nhầm tới một địa chỉ bên ngoài.',
        dataCategories: 'Họ tên, thư điện tử, số điện thoại',
        affectedPeople: 1250,
        consequences: 'Người dân có thể bị gọi điện quấy rối.',
        measures: 'Yêu cầu bên nhận xóa tệp; đổi quy trình xuất dữ liệu.',
        contactName: 'Nguyễn Văn An',
        contactPosition: 'Phó Giám đốc Sở',
        contactPhone: '0239 3855 123',
        contactEmail: 'an.nv@test.vn',
        reportingUnit: tree.department,
      },
    })
    expect(res.status).toBe(201)
    breach = ((await res.json()) as { doc: Breach }).doc
    expect(breach.status).toBe('discovered')
    expect(breach.deadlineStatus).toMatch(/\(còn 7[01] giờ\)$/)
    // The list sorted or filtered by the computed column answers, and never with a 500.
    for (const query of [
      'sort=deadlineStatus',
      'sort=-deadlineStatus',
      'where[deadlineStatus][equals]=x',
    ]) {
      const list = await app.rest('GET', `/personal-data-breaches?${query}`, {
        token: token['dpo@test.vn'],
      })
      expect(list.status).toBeLessThan(500)
    }

    const mails = await newMails(new Date(), 2)
    expect(recipients(mails)).toEqual(['admin.en@test.vn', 'dpo@test.vn'])
    const vi = mails.find((m) => m.subject?.startsWith('Sự cố dữ liệu cá nhân mới'))
    const en = mails.find((m) => m.subject?.startsWith('New personal-data breach'))
    expect(vi?.subject).toBe('Sự cố dữ liệu cá nhân mới: Gửi nhầm danh sách người hỏi')
    expect(vi?.text).toContain('72 giờ kể từ khi phát hiện')
    expect(en?.text).toContain('72 hours after discovery')

    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'breach.created' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.documentId).toBe(String(breach.id))
    expect(docs[0]!.actorEmail).toBe('dpo@test.vn')
  })

  it('should mail the 24-hours-left and the overdue reminders once each, however often it runs', async () => {
    const run = async (hoursAfterDiscovery: number) => {
      const now = new Date(discoveredAt.getTime() + hoursAfterDiscovery * HOUR)
      await runScheduledNow(app.payload, 'breachDeadlines', now)
      return now
    }
    // The registration mail is not sent again; nothing is due before the last day.
    expect(await newMails(await run(2), 0)).toHaveLength(0)
    expect(await newMails(await run(47.5), 0)).toHaveLength(0)

    const dayLeft = await newMails(await run(49), 2)
    expect(dayLeft.map((m) => m.subject).sort()).toEqual([
      '24 hours left to notify the breach: Gửi nhầm danh sách người hỏi',
      'Còn 24 giờ để thông báo sự cố: Gửi nhầm danh sách người hỏi',
    ])
    expect(await newMails(await run(50), 0)).toHaveLength(0)

    const overdue = await newMails(await run(73), 2)
    expect(recipients(overdue)).toEqual(['admin.en@test.vn', 'dpo@test.vn'])
    expect(overdue.map((m) => m.subject)).toContain(
      'Quá hạn 72 giờ: sự cố Gửi nhầm danh sách người hỏi chưa được thông báo',
    )
    expect(await newMails(await run(74), 0)).toHaveLength(0)
    expect(await newMails(await run(80), 0)).toHaveLength(0)
  })

  it('should refuse a late notification without its reason, in vi and en, and save nothing', async () => {
    const late = new Date(discoveredAt.getTime() + 80 * HOUR).toISOString()
    const vi = await app.rest('PATCH', `/personal-data-breaches/${breach.id}`, {
      token: token['dpo@test.vn'],
      body: { notifiedAt: late },
    })
    expect(vi.status).toBe(400)
    expect(JSON.stringify(await vi.json())).toContain(
      'Thông báo sau 72 giờ kể từ khi phát hiện: hãy ghi lý do thông báo chậm.',
    )
    const en = await app.rest('PATCH', `/personal-data-breaches/${breach.id}`, {
      token: token['dpo@test.vn'],
      body: { notifiedAt: late },
      headers: { 'Accept-Language': 'en' },
    })
    expect(en.status).toBe(400)
    expect(JSON.stringify(await en.json())).toContain(
      'Notified more than 72 hours after discovery: give the reason for the late notification.',
    )
    const stored = await app.payload.findByID({
      collection: slugs.personalDataBreaches,
      id: breach.id,
      overrideAccess: true,
    })
    expect(stored.notifiedAt ?? null).toBeNull()
    expect(stored.status).toBe('discovered')
  })

  it('should record the notification with its reason, move the status and audit the change', async () => {
    const late = new Date(discoveredAt.getTime() + 80 * HOUR).toISOString()
    const res = await app.rest('PATCH', `/personal-data-breaches/${breach.id}`, {
      token: token['dpo@test.vn'],
      body: {
        notifiedAt: late,
        lateReason: 'Chờ bên nhận xác nhận đã xóa tệp để xác định phạm vi.',
        subjectsInformed: true,
        subjectsInformedNote: 'Đã gửi thư cho từng người.',
      },
    })
    expect(res.status).toBe(200)
    const doc = ((await res.json()) as { doc: Breach }).doc
    expect(doc.status).toBe('notified')
    expect(doc.deadlineStatus).toMatch(/\(đã thông báo chậm\)$/)
    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'breach.changed' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const summary = docs[0]!.summary as { changes: Record<string, unknown>; textsChanged: string[] }
    expect(Object.keys(summary.changes).sort()).toEqual([
      'notifiedAt',
      'status',
      'subjectsInformed',
    ])
    expect(summary.textsChanged).toEqual(['lateReason'])
  })

  it('should produce the 72-hour notification as a Word letter filled with the breach', async () => {
    const res = await app.rest(
      'GET',
      `/personal-data-breaches/${breach.id}/notification?format=docx`,
      {
        token: token['dpo@test.vn'],
      },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(res.headers.get('content-disposition')).toContain(
      `thong-bao-vi-pham-du-lieu-ca-nhan-${breach.id}.docx`,
    )
    const docx = await openDocx(new Uint8Array(await res.arrayBuffer()))
    const text = docx.paragraphs.join('\n')
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'UBND TỈNH THỬ NGHIỆM',
      'SỞ NỘI VỤ',
      'Số:       /TB-SNV',
      'THÔNG BÁO',
      'Vi phạm quy định về bảo vệ dữ liệu cá nhân',
      'Kính gửi: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an.',
      'Tệp xuất danh sách người hỏi bị gửi nhầm tới một địa chỉ bên ngoài.',
      'Loại dữ liệu cá nhân liên quan: Họ tên, thư điện tử, số điện thoại.',
      'khoảng 1.250 người',
      'Nguyễn Văn An; chức vụ: Phó Giám đốc Sở',
      'an.nv@test.vn',
      'Người dân có thể bị gọi điện quấy rối.',
      'Yêu cầu bên nhận xóa tệp; đổi quy trình xuất dữ liệu.',
      'Đã thông báo cho chủ thể dữ liệu bị ảnh hưởng. Đã gửi thư cho từng người.',
      '6. Lý do thông báo sau 72 giờ kể từ khi phát hiện',
      'Chờ bên nhận xác nhận đã xóa tệp để xác định phạm vi.',
      'Lưu: VT.',
    ])
      expect(text).toContain(expected)
  })

  it('should produce it as a PDF too', async () => {
    const res = await app.rest(
      'GET',
      `/personal-data-breaches/${breach.id}/notification?format=pdf`,
      {
        token: token['dpo@test.vn'],
      },
    )
    expect(res.status).toBe(200)
    const pdf = await openPdf(new Uint8Array(await res.arrayBuffer()))
    expect(pdf.pages.flatMap((p) => p.lines).join('\n')).toContain('THÔNG BÁO')
  })

  it("should refuse a bad format and an unknown breach, in the caller's language", async () => {
    const bad = await app.rest(
      'GET',
      `/personal-data-breaches/${breach.id}/notification?format=xls`,
      {
        token: token['dpo@test.vn'],
        headers: { 'Accept-Language': 'en' },
      },
    )
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('Format “xls” is not supported')
    const missing = await app.rest('GET', '/personal-data-breaches/999999/notification', {
      token: token['dpo@test.vn'],
    })
    expect(missing.status).toBe(404)
    expect(JSON.stringify(await missing.json())).toContain(
      'Không tìm thấy sự cố dữ liệu cá nhân này.',
    )
  })

  it('should keep the register and its notification from everyone but admins', async () => {
    for (const email of ['editor@test.vn', 'viewer@test.vn']) {
      const list = await app.rest('GET', '/personal-data-breaches', { token: token[email] })
      expect(list.status).toBe(403)
      const create = await app.rest('POST', '/personal-data-breaches', {
        token: token[email],
        body: { title: 'x', discoveredAt: new Date().toISOString(), description: 'x' },
      })
      expect(create.status).toBe(403)
      const notice = await app.rest('GET', `/personal-data-breaches/${breach.id}/notification`, {
        token: token[email],
      })
      expect(notice.status).toBe(403)
    }
    const anonymous = await app.rest('GET', `/personal-data-breaches/${breach.id}/notification`)
    expect(anonymous.status).toBe(401)
    const { totalDocs } = await app.payload.count({
      collection: slugs.personalDataBreaches,
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })
})
