import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'

import type { TargetIndicator } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { quietSystemRequest } from '@/platform/bulk'
import { storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { slugify } from '@/platform/text/slug'
import { DAY, HOUR, TIME_ZONE } from '@/platform/time'
import type { UnitLevel } from '@/modules/organisation'
import {
  lastFinishedQuarter,
  periodRange,
  type PeriodKey,
} from '@/modules/campaigns/domain/periods'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'

type Id = number | string

/** What the campaigns' demo needs to know of each demo unit. */
export type SeedUnitFacts = {
  code: string
  id: Id
  name: string
  level: UnitLevel
  radio?: boolean
  portal?: boolean
  desk?: boolean
}

/** The outreach channels of a city plan (DOMAIN.md), an editable list. */
const channels = [
  'Ấn phẩm của Trung tâm Văn hóa – Thông tin',
  'Hệ thống truyền thanh cơ sở',
  'Cổng thông tin điện tử của tỉnh, thành phố',
  'Trang thông tin điện tử của cơ quan, đơn vị',
  'Tờ rơi, pano, áp phích, màn hình LED',
  'Tập huấn, hội nghị quán triệt',
  'Hội thi tìm hiểu, sân khấu hóa',
  'Đội tình nguyện hướng dẫn dịch vụ công trực tuyến',
  'Mạng xã hội, ứng dụng di động',
  'Đối thoại giữa chính quyền và người dân',
  'Họp báo',
  'Ngày Pháp luật hằng tháng',
]

/** How well each commune station keeps its weekly segment: a believable mix for the scorecard. */
const diligence = (code: string): number => {
  const table: Record<string, number> = {
    'HT-CX-CD': 0.3,
    'HT-TH-ND': 0.42,
    'HT-TP-DN': 0.2,
    'HT-CX-CQ': 0.45,
  }
  return table[code] ?? 0.95
}

/** Deterministic "randomness" so the demo looks the same on every machine. */
const noise = (seed: number): number => {
  const x = Math.sin(seed * 9301 + 49297) * 233280
  return x - Math.floor(x)
}

/**
 * The demo province's yearly outreach plan, modelled on the seeds' plans: indicators for portals,
 * commune radio, posted procedures, an outlet contract and inspections; a year of broadcast items
 * with confirmations and misses; and unit reports in every state.
 */
export const seedCampaigns = async (
  payload: Payload,
  units: SeedUnitFacts[],
  now = new Date(),
): Promise<{ plansCreated: number }> => {
  // Seeding is the system acting, quietly: the tallies are rebuilt once at the end.
  const system = asSystem(await quietSystemRequest(payload))
  // The plan's year always has a finished quarter, so the scorecard opens on real results.
  const year = lastFinishedQuarter(now).year
  const number = `25/KH-UBND`
  const existing = await system.count({
    collection: slugs.campaignPlans,
    where: { and: [{ number: { equals: number } }, { year: { equals: year } }] },
  })
  if (existing.totalDocs > 0) return { plansCreated: 0 }

  const channelIds: (number | string)[] = []
  for (const [order, name] of channels.entries()) {
    const slug = slugify(name)
    const found = await system.find({
      collection: slugs.outreachChannels,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    channelIds.push(
      found.docs[0]?.id ??
        (
          await system.create({
            collection: slugs.outreachChannels,
            data: { name, slug, order },
            depth: 0,
          })
        ).id,
    )
  }
  const { docs: areas } = await system.find({
    collection: slugs.reformAreas,
    pagination: false,
    depth: 0,
  })
  const local = (month: number, day: number, hour = 0, minute = 0) =>
    new Date(new TZDate(year, month, day, hour, minute, TIME_ZONE).getTime()).toISOString()
  const unitIds = new Map(units.map((u) => [u.code, u.id]))
  const unit = (code: string) => storedId(unitIds.get(code)!)

  const plan = await system.create({
    collection: slugs.campaignPlans,
    data: {
      number,
      title: `Kế hoạch tuyên truyền cải cách hành chính tỉnh Hà Tĩnh năm ${year}`,
      issuingUnit: unit('HT'),
      issueDate: local(0, 10),
      year,
      periodStart: local(0, 1),
      periodEnd: local(11, 31),
      isPublic: true,
      publicSummary:
        'Kế hoạch đặt chỉ tiêu cho cổng thông tin, trạm truyền thanh cơ sở, niêm yết thủ tục và kiểm tra cải cách hành chính; kết quả được cập nhật theo quý.',
      reformAreas: areas.map((a) => a.id),
      channels: channelIds.map(storedId),
      topics: [
        { topic: 'Chủ trương, chính sách về cải cách hành chính của Trung ương và của tỉnh' },
        { topic: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến' },
        { topic: 'Gương điển hình trong thực thi công vụ tại bộ phận một cửa' },
      ],
      keyTasks: [
        {
          title: 'Xây dựng chuyên mục CCHC trên cổng thông tin điện tử tỉnh',
          owner: unit('HT-VP'),
          due: local(2, 31),
          status: 'done',
        },
        {
          title: 'Phát chuyên mục CCHC định kỳ trên trạm truyền thanh cơ sở',
          owner: unit('HT-SVHTTDL'),
          due: local(11, 31),
          status: 'inProgress',
        },
        {
          title: 'Tổ chức hội thi tìm hiểu CCHC trực tuyến',
          owner: unit('HT-SNV'),
          due: local(8, 30),
          status: 'done',
        },
        {
          title: 'Kiểm tra công tác CCHC tại 30% cơ quan, đơn vị',
          owner: unit('HT-SNV'),
          due: local(10, 30),
          status: 'inProgress',
        },
        {
          title: 'Khảo sát sự hài lòng của người dân (SIPAS)',
          owner: unit('HT-SNV'),
          due: local(11, 15),
          status: 'notStarted',
        },
      ],
      participatingRoot: unit('HT'),
      reportingLevels: ['department', 'district', 'commune'],
      reportDeadlines: (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((period, q) => ({
        period,
        deadline: local(q * 3 + 3, 10, 17),
      })),
      requiredFigures: ['feedbackReceived', 'feedbackHandled'],
    },
    depth: 0,
  })

  // Outlets: the provincial radio-TV station and newspaper (under contract) and every commune station.
  const station = await system.create({
    collection: slugs.outlets,
    data: {
      name: 'Đài Phát thanh – Truyền hình tỉnh',
      kind: 'radioTv',
      channels: ['radio', 'tv'],
      unit: unit('HT-SVHTTDL'),
    },
    depth: 0,
  })
  const paper = await system.create({
    collection: slugs.outlets,
    data: { name: 'Báo Hà Tĩnh', kind: 'newspaper', channels: ['press'], unit: unit('HT-SVHTTDL') },
    depth: 0,
  })

  const indicator = async (
    data: Omit<TargetIndicator, 'id' | 'plan' | 'createdAt' | 'updatedAt'>,
  ) =>
    (
      await system.create({
        collection: slugs.targetIndicators,
        data: { plan: plan.id, ...data },
        depth: 0,
      })
    ).id
  await indicator({
    title: '100% Cổng/Trang thông tin điện tử có chuyên mục cải cách hành chính',
    order: 1,
    scopeRequires: ['portal'],
    ruleKind: 'reportedFigure',
    figure: 'hasReformSection',
    comparator: 'eq',
    threshold: 1,
    targetShare: 100,
  })
  const radio = await indicator({
    title: '100% trạm truyền thanh cơ sở phát chuyên mục CCHC ít nhất 6 lần/quý',
    order: 2,
    scopeLevels: ['commune'],
    scopeRequires: ['radioStation'],
    ruleKind: 'broadcastCount',
    channel: 'communeRadio',
    minCount: 6,
    targetShare: 100,
  })
  await indicator({
    title: '100% thủ tục hành chính được niêm yết công khai tại bộ phận một cửa',
    order: 3,
    scopeLevels: ['district', 'commune'],
    scopeRequires: ['oneStopDesk'],
    ruleKind: 'reportedFigure',
    figure: 'proceduresPostedPct',
    comparator: 'gte',
    threshold: 100,
    targetShare: 100,
  })
  await indicator({
    title:
      'Hợp đồng tuyên truyền: 3 chuyên mục phát thanh, 3 chuyên mục truyền hình, 8 tin bài/quý',
    order: 4,
    ruleKind: 'outletQuota',
    outlets: [station.id, paper.id],
    quotas: [
      { channel: 'radio', min: 3 },
      { channel: 'tv', min: 3 },
      { channel: 'press', min: 8 },
    ],
    targetShare: 100,
  })
  await indicator({
    title: 'Kiểm tra công tác CCHC tại 30% cơ quan, đơn vị',
    order: 5,
    scopeLevels: ['department', 'district'],
    ruleKind: 'reportedFigure',
    figure: 'inspected',
    comparator: 'eq',
    threshold: 1,
    targetShare: 30,
  })
  await indicator({
    title: 'Mỗi huyện, thành phố đăng ít nhất 2 tin CCHC mỗi quý',
    order: 6,
    scopeLevels: ['district'],
    ruleKind: 'contentCount',
    contentKind: 'articles',
    minCount: 2,
    targetShare: 100,
  })

  const confirmPast = async (
    itemId: Id,
    item: { start: string; rrule: string; repeatUntil: string },
    rate: number,
    salt: number,
  ) => {
    const past = airingsOf(item, {
      start: new Date(local(0, 1)),
      end: new Date(Math.min(now.getTime() - 36 * HOUR, Date.parse(local(11, 31, 23)))),
    })
    for (const [n, at] of past.entries()) {
      // Confirms a steady share of the airings: rate 0.3 confirms about 3 in 10, in every quarter.
      if (Math.floor((n + 1 + salt) * rate) === Math.floor((n + salt) * rate)) continue
      await system.create({
        collection: slugs.airings,
        data: {
          item: storedId(itemId),
          occurrenceAt: at.toISOString(),
          status: 'confirmed',
          airedAt: at.toISOString(),
          evidenceLink: 'https://hatinh.demo/ghi-am',
        },
        depth: 0,
      })
    }
  }

  // Every commune with a station runs a weekly segment; most confirm it, a few often forget.
  for (const [index, commune] of units.filter((u) => u.level === 'commune' && u.radio).entries()) {
    const outlet = await system.create({
      collection: slugs.outlets,
      data: {
        name: `Trạm truyền thanh ${commune.name.replace('UBND ', '')}`,
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: unit(commune.code),
        reminderLeadHours: 24,
      },
      depth: 0,
    })
    const weekday = ['MO', 'WE', 'FR'][index % 3]!
    const firstDay = { MO: 5, WE: 7, FR: 9 }[weekday]!
    const start = local(0, firstDay, 6, 30)
    const rule = `FREQ=WEEKLY;BYDAY=${weekday}`
    const item = await system.create({
      collection: slugs.broadcastItems,
      data: {
        title: 'Chuyên mục Cải cách hành chính',
        outlet: outlet.id,
        channel: 'communeRadio',
        start,
        durationMinutes: 15,
        recurrence: 'custom',
        customRule: rule,
        repeatUntil: local(11, 31),
        plan: plan.id,
        indicator: radio,
        script: 'Hướng dẫn người dân nộp hồ sơ trực tuyến và tra cứu kết quả giải quyết thủ tục.',
      },
      depth: 0,
    })
    await confirmPast(
      item.id,
      { start, rrule: rule, repeatUntil: local(11, 31) },
      diligence(commune.code),
      index + 1,
    )
  }

  // The contract: 3 radio and 3 TV segments and 8 press articles each quarter (Q2 one article short).
  for (let q = 0; q < 4; q++) {
    const make = async (
      title: string,
      outlet: Id,
      channel: 'radio' | 'tv' | 'press',
      count: number,
      hour: number,
    ) => {
      for (let k = 0; k < count; k++) {
        const start = local(q * 3 + Math.floor(k / 3), 5 + (k % 3) * 8, hour, 0)
        const item = await system.create({
          collection: slugs.broadcastItems,
          data: {
            title,
            outlet: storedId(outlet),
            channel,
            start,
            durationMinutes: channel === 'press' ? 1 : 20,
            plan: plan.id,
          },
          depth: 0,
        })
        if (Date.parse(start) < now.getTime() - 36 * HOUR) {
          await system.create({
            collection: slugs.airings,
            data: { item: item.id, occurrenceAt: start, status: 'confirmed', airedAt: start },
            depth: 0,
          })
        }
      }
    }
    await make('Chuyên mục Cải cách hành chính trên sóng phát thanh', station.id, 'radio', 3, 18)
    await make('Chuyên mục Chính quyền và người dân (truyền hình)', station.id, 'tv', 3, 20)
    await make(
      'Tin bài cải cách hành chính trên Báo Hà Tĩnh',
      paper.id,
      'press',
      q === 1 ? 7 : 8,
      6,
    )
  }

  // Reports for every finished quarter, in every state: mostly approved, some late, returned or missing.
  const reporters = units.filter((u) => u.level !== 'province')
  for (const [q, key] of (['Q1', 'Q2', 'Q3', 'Q4'] as PeriodKey[]).entries()) {
    const range = periodRange({ year, key })
    if (range.end > now) break
    for (const [n, reporter] of reporters.entries()) {
      const roll = noise(q * 100 + n)
      if (roll < 0.06) continue // never sent: shows as missing
      const deadline = Date.parse(local(q * 3 + 3, 10, 17))
      const sent = new Date(deadline - 3 * DAY + (roll > 0.85 ? 6 * DAY : 0)).toISOString()
      const status =
        roll < 0.12 ? 'draft' : roll < 0.18 ? 'returned' : roll < 0.3 ? 'submitted' : 'approved'
      await system.create({
        collection: slugs.unitReports,
        data: {
          plan: plan.id,
          unit: unit(reporter.code),
          period: key,
          status,
          returnReason:
            status === 'returned' ? 'Đề nghị bổ sung ảnh minh chứng buổi phát thanh.' : undefined,
          firstSubmittedAt: status === 'draft' ? undefined : sent,
          submittedAt: status === 'draft' ? undefined : sent,
          figures: {
            hasReformSection: reporter.portal ? roll > 0.15 : undefined,
            proceduresPostedPct: reporter.desk ? (roll > 0.25 ? 100 : 96.5) : undefined,
            inspected: reporter.level !== 'commune' ? noise(q * 7 + n) < 0.35 : undefined,
            feedbackReceived: Math.round(roll * 20),
            feedbackHandled: Math.round(roll * 18),
            // Shares of the same dossiers: they add up to 100.
            dossiersEarlyPct: 70 + Math.round(roll * 20),
            dossiersOnTimePct: 30 - Math.round(roll * 20) - Math.max(0, 14 - Math.round(roll * 20)),
            dossiersLatePct: Math.max(0, 14 - Math.round(roll * 20)),
          },
          activities: [
            {
              channel: storedId(channelIds[1]!),
              count: 12 + Math.round(roll * 6),
              reach: 1500 + Math.round(roll * 800),
            },
          ],
        },
        depth: 0,
      })
    }
  }
  return { plansCreated: 1 }
}
