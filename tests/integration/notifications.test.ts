import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import { slugs } from '@/platform/slugs'
import { runDueJobs, runScheduledNow } from '@/platform/jobs/scheduler'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, type Tree } from '../helpers/fixtures'
import { setClock } from '../helpers/clock'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpTrap, subjectsTo, type SmtpTrap } from '../helpers/smtp'

let app: TestApp
let smtp: SmtpTrap
let tree: Tree
let area: number
let itemId: number
let outletId: number
let planId: number
const ids: Record<string, number> = {}

/** The mails received since the last call. */
let seen = 0
const newMails = async (expected: number): Promise<ParsedMail[]> => {
  await smtp.waitFor(seen + expected, 5_000)
  const mails = smtp.mails.slice(seen)
  seen = smtp.mails.length
  return mails
}

const PLAN = 'Số 01/KH-TEST'

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM_ADDRESS = 'cchc@test.vn'
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  // Commune A1 has two sub-units: its radio station (which owns the station and reports on time)
  // and its public-service centre (which reports late). Escalation climbs centre → A1 → province.
  ids.station = (
    await app.payload.create({
      collection: slugs.units,
      data: {
        name: 'Đài truyền thanh xã A1',
        code: 'TN-A1-DTT',
        level: 'communeUnit',
        parent: tree.communeA1,
        validFrom: null,
        hasRadioStation: true,
        contactEmails: [{ email: 'vanthu.a1@test.vn' }],
      },
      overrideAccess: true,
    })
  ).id as number
  await app.payload.update({
    collection: slugs.units,
    id: tree.centreA1,
    data: { contactEmails: [{ email: 'vanthu.a2@test.vn' }] },
    overrideAccess: true,
  })
  ids.communeEditor = (await createUser(app.payload, 'xa.a1@test.vn', ['editor'], ids.station))
    .id as number
  ids.communeReporter = (
    await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], ids.station, {
      language: 'en',
    })
  ).id as number
  ids.districtEditor = (
    await createUser(app.payload, 'ubnd.a1@test.vn', ['editor'], tree.communeA1)
  ).id as number
  ids.provinceEditor =
    // This test counts reminders: the province's reviewer turns off being told of each submission
    // (workflowNotifications.test.ts covers those).
    (
      await createUser(app.payload, 'tinh@test.vn', ['editor', 'reviewer'], tree.province, {
        notificationsOff: ['reportSubmitted'],
      })
    ).id as number
  ids.leader = (await createUser(app.payload, 'lanhdao@test.vn', ['viewer'], tree.province))
    .id as number
  ids.admin = (
    await createUser(app.payload, 'admin@test.vn', ['admin'], null, { weeklyDigest: false })
  ).id as number

  const system = { overrideAccess: true, depth: 0 } as const
  outletId = (
    await app.payload.create({
      collection: slugs.outlets,
      data: {
        name: 'Đài truyền thanh xã A1',
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: ids.station,
        reminderLeadHours: 24,
      },
      ...system,
    })
  ).id as number
  itemId = (
    await app.payload.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục Cải cách hành chính',
        outlet: outletId,
        channel: 'communeRadio',
        start: '2026-11-30T06:30:00+07:00',
        durationMinutes: 15,
        recurrence: 'weeklyMonday',
      },
      ...system,
    })
  ).id as number
  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: PLAN,
        title: 'Kế hoạch tuyên truyền thử nghiệm',
        issueDate: '2026-01-05',
        year: 2026,
        issuingUnit: tree.province,
        participatingRoot: tree.communeA1,
        reportingLevels: ['commune', 'communeUnit'],
        reportDeadlines: [{ period: 'Q4', deadline: '2026-12-20T17:00:00+07:00' }],
      },
      ...system,
    })
  ).id as number
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: planId,
      title: 'Đài xã phát chuyên mục CCHC',
      targetShare: 100,
      scopeLevels: ['communeUnit'],
      scopeRequires: ['radioStation'],
      ruleKind: 'broadcastCount',
      channel: 'communeRadio',
      minCount: 1,
    },
    ...system,
  })
})
afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})
afterEach(() => {
  jest.useRealTimers()
})

describe('broadcast reminders and missed airings', () => {
  it('should remind the owning unit 24 hours ahead, once per airing and address, in each recipient’s language', async () => {
    setClock('2026-11-29T07:00:00+07:00')
    await runScheduledNow(app.payload, 'broadcastReminders')
    const mails = await newMails(3)
    expect(mails).toHaveLength(3)
    expect(subjectsTo(mails, 'xa.a1@test.vn')).toEqual([
      'Nhắc lịch phát sóng: Chuyên mục Cải cách hành chính – 06:30 30/11/2026',
    ])
    expect(subjectsTo(mails, 'vanthu.a1@test.vn')).toEqual([
      'Nhắc lịch phát sóng: Chuyên mục Cải cách hành chính – 06:30 30/11/2026',
    ])
    expect(subjectsTo(mails, 'reporter.a1@test.vn')).toEqual([
      'Broadcast reminder: Chuyên mục Cải cách hành chính – 30/11/2026, 06:30',
    ])
    const vi = mails.find((m) => subjectsTo([m], 'xa.a1@test.vn').length)!
    expect(vi.text).toContain('Đài truyền thanh xã A1')
    expect(vi.text).toContain('Đơn vị: Đài truyền thanh xã A1')
    expect(vi.text).toContain(`http://localhost:3000/admin/collections/broadcast-items/${itemId}`)
    expect(vi.html).toContain('Mở trong trang quản trị')
    expect(vi.from?.text).toContain('cchc@test.vn')

    // Later runs inside the same window find the same airing: nothing new.
    await runScheduledNow(app.payload, 'broadcastReminders')
    setClock('2026-11-30T06:00:00+07:00')
    await runScheduledNow(app.payload, 'broadcastReminders')
    expect(await newMails(0)).toHaveLength(0)
  })

  it('should record an unconfirmed airing as missed after 24 hours, count it at once and tell the unit once', async () => {
    setClock('2026-12-01T06:40:00+07:00')
    await runScheduledNow(app.payload, 'missedAirings')
    expect(await newMails(0)).toHaveLength(0)

    setClock('2026-12-01T07:00:00+07:00')
    await runScheduledNow(app.payload, 'missedAirings')
    const mails = await newMails(3)
    expect(subjectsTo(mails, 'xa.a1@test.vn')).toEqual([
      'Chưa xác nhận phát sóng: “Chuyên mục Cải cách hành chính” lúc 06:30 30/11/2026 được ghi nhận là không phát',
    ])
    expect(subjectsTo(mails, 'reporter.a1@test.vn')).toEqual([
      'Airing not confirmed: “Chuyên mục Cải cách hành chính” at 30/11/2026, 06:30 is recorded as missed',
    ])
    const { docs: airings } = await app.payload.find({
      collection: slugs.airings,
      where: { item: { equals: itemId } },
      overrideAccess: true,
    })
    expect(airings).toHaveLength(1)
    expect(airings[0]).toMatchObject({ status: 'missed', occurrenceAt: '2026-11-29T23:30:00.000Z' })
    const { docs: tallies } = await app.payload.find({
      collection: slugs.broadcastTallies,
      where: { outlet: { equals: outletId } },
      overrideAccess: true,
    })
    expect(tallies.find((t) => t.quarter === '2026-Q4')).toMatchObject({ missed: 1, confirmed: 0 })

    await runScheduledNow(app.payload, 'missedAirings')
    expect(await newMails(0)).toHaveLength(0)
    expect(
      (
        await app.payload.count({
          collection: slugs.airings,
          where: { item: { equals: itemId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })
})

describe('report deadlines', () => {
  const submit = async (unit: number) => {
    await app.payload.create({
      collection: slugs.unitReports,
      data: { plan: planId, unit, period: 'Q4', status: 'submitted' },
      overrideAccess: true,
    })
  }

  it('should remind before the deadline, then escalate one level at a time, each step once, until the report arrives', async () => {
    // 6 days before: the 7-day reminder, to every unit that must report.
    setClock('2026-12-14T09:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    let mails = await newMails(5)
    expect(mails).toHaveLength(5)
    expect(subjectsTo(mails, 'ubnd.a1@test.vn')).toEqual([
      `Nhắc hạn nộp báo cáo Quý IV/2026 (${PLAN}): còn 7 ngày`,
    ])
    const districtReminder = mails.find((m) => subjectsTo([m], 'ubnd.a1@test.vn').length)!
    expect(districtReminder.text).toContain('Đơn vị: UBND xã A1')
    expect(districtReminder.text).toContain('Hạn nộp: 17:00 20/12/2026')
    expect(subjectsTo(mails, 'vanthu.a2@test.vn')).toEqual([
      `Nhắc hạn nộp báo cáo Quý IV/2026 (${PLAN}): còn 7 ngày`,
    ])
    expect(subjectsTo(mails, 'reporter.a1@test.vn')).toEqual([
      `Report due for Q4 2026 (${PLAN}): 7 days left`,
    ])
    await runScheduledNow(app.payload, 'reportDeadlines')
    expect(await newMails(0)).toHaveLength(0)

    // The station reports; the 3-day reminder goes only to those still missing.
    setClock('2026-12-15T10:00:00+07:00')
    await submit(ids.station!)
    setClock('2026-12-18T09:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    mails = await newMails(2)
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `Nhắc hạn nộp báo cáo Quý IV/2026 (${PLAN}): còn 3 ngày`,
      `Nhắc hạn nộp báo cáo Quý IV/2026 (${PLAN}): còn 3 ngày`,
    ])
    expect(subjectsTo(mails, 'xa.a1@test.vn')).toEqual([])

    // Deadline passed: step 0 tells each late unit itself.
    setClock('2026-12-20T18:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    mails = await newMails(2)
    expect(subjectsTo(mails, 'ubnd.a1@test.vn')).toEqual([
      `Quá hạn nộp báo cáo Quý IV/2026 (${PLAN})`,
    ])
    expect(subjectsTo(mails, 'vanthu.a2@test.vn')).toEqual([
      `Quá hạn nộp báo cáo Quý IV/2026 (${PLAN})`,
    ])

    // The commune reports late; two days on, step 1 tells the commune about its centre only.
    setClock('2026-12-21T08:00:00+07:00')
    await submit(tree.communeA1)
    setClock('2026-12-22T18:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    mails = await newMails(1)
    expect(mails).toHaveLength(1)
    expect(subjectsTo(mails, 'ubnd.a1@test.vn')).toEqual([
      `Đơn vị chậm báo cáo: Trung tâm Phục vụ hành chính công xã A1 – Quý IV/2026 (${PLAN})`,
    ])
    expect(mails[0]!.text).toContain('2 ngày')

    // Step 2 reaches the province's communications staff; then the centre reports and it stops.
    setClock('2026-12-24T18:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    mails = await newMails(1)
    expect(subjectsTo(mails, 'tinh@test.vn')).toEqual([
      `Đơn vị chậm báo cáo: Trung tâm Phục vụ hành chính công xã A1 – Quý IV/2026 (${PLAN})`,
    ])
    await submit(tree.centreA1)
    setClock('2026-12-28T18:00:00+07:00')
    await runScheduledNow(app.payload, 'reportDeadlines')
    expect(await newMails(0)).toHaveLength(0)
  })
})

describe('weekly digest, nightly snapshot and scheduled publishing', () => {
  it('should send leaders and communications staff a readable weekly digest with a chart, once per week', async () => {
    setClock('2026-12-02T10:00:00+07:00')
    await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Xã A1 ra mắt mô hình một cửa thân thiện',
        summary: 'Tóm tắt',
        body: richText('Nội dung'),
        reformAreas: [area],
        unit: tree.communeA1,
        _status: 'published',
        publishedAt: '2026-12-02T10:00:00+07:00',
      },
      overrideAccess: true,
    })
    setClock('2026-12-07T07:00:00+07:00')
    await runScheduledNow(app.payload, 'weeklyDigest')
    const mails = await newMails(4)
    expect(mails.map((m) => JSON.stringify(m.to)).join()).not.toContain('admin@test.vn')
    const [leader] = mails.filter((m) => subjectsTo([m], 'lanhdao@test.vn').length)
    expect(leader!.subject).toBe('Bản tin tuần 2026-W49: tuyên truyền cải cách hành chính')
    expect(leader!.text).toContain('Xã A1 ra mắt mô hình một cửa thân thiện')
    expect(leader!.text).toContain('Buổi phát bị ghi nhận không phát: 1')
    expect(leader!.text).toContain('Đài truyền thanh xã A1')
    // The chart travels as an inline attachment (mailparser inlines cid: images into the HTML it returns).
    expect(leader!.html).toContain('alt="Biểu đồ tỷ lệ đơn vị đạt chỉ tiêu theo kế hoạch"')
    const chart = leader!.attachments.find((a) => a.cid === 'digest-chart')
    expect(chart?.contentType).toBe('image/png')
    expect(chart!.content.subarray(1, 4).toString()).toBe('PNG')
    // A commune editor's digest covers the commune only: the province-wide article list is theirs too, scoped.
    const district = mails.find((m) => subjectsTo([m], 'ubnd.a1@test.vn').length)
    expect(district!.text).toContain('UBND xã A1')

    await runScheduledNow(app.payload, 'weeklyDigest')
    expect(await newMails(0)).toHaveLength(0)
  })

  it('should keep one compliance snapshot per plan and night', async () => {
    setClock('2026-12-08T01:30:00+07:00')
    await runScheduledNow(app.payload, 'complianceSnapshot')
    await runScheduledNow(app.payload, 'complianceSnapshot')
    const { docs } = await app.payload.find({
      collection: slugs.complianceSnapshots,
      where: { plan: { equals: planId } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ day: '2026-12-08', period: '2026-Q4', indicatorsTotal: 1 })
    expect((docs[0]!.indicators as { title: string }[])[0]!.title).toBe(
      'Đài xã phát chuyên mục CCHC',
    )
  })

  it('should publish a scheduled article from the worker tick and tell who scheduled it', async () => {
    setClock('2026-12-08T08:00:00+07:00')
    const draft = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Lịch tiếp công dân tháng 12',
        summary: 'Tóm tắt',
        body: richText('Nội dung'),
        reformAreas: [area],
        unit: tree.province,
      },
      draft: true,
      overrideAccess: true,
    })
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: slugs.articles, value: String(draft.id) as never },
        user: { relationTo: slugs.users, value: ids.provinceEditor! },
      },
      waitUntil: new Date('2026-12-08T09:00:00+07:00'),
    })
    setClock('2026-12-08T09:00:30+07:00')
    await runDueJobs(app.payload)
    const mails = await newMails(1)
    expect(subjectsTo(mails, 'tinh@test.vn')).toEqual([
      'Đã đăng theo lịch: Lịch tiếp công dân tháng 12',
    ])
    expect(
      (
        await app.payload.findByID({
          collection: slugs.articles,
          id: draft.id,
          overrideAccess: true,
        })
      )._status,
    ).toBe('published')
    await runDueJobs(app.payload)
    expect(await newMails(0)).toHaveLength(0)
  })
})

describe('GET /api/health', () => {
  it('should report the mail transport, the queue and that no worker has ticked yet', async () => {
    const res = await app.rest('GET', '/health')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, any>
    expect(body.mail).toMatchObject({ configured: true, ok: true })
    expect(body.jobs).toMatchObject({ depth: 0 })
    expect(body.outbox).toMatchObject({ pending: 0, failed: 0 })
    expect(body.status).toBe('degraded')
    expect(body.problems).toEqual([
      {
        area: 'scheduler',
        message: 'Chưa có tiến trình nào chạy lịch tự động (PROCESS_ROLE=worker hoặc all).',
      },
    ])
  })
})
