import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'

import type { CampaignPlan, TargetIndicator } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { quietSystemRequest } from '@/platform/bulk'
import { storedId } from '@/platform/fields/relationId'
import { validThroughout } from '@/platform/lifespan'
import { slugs } from '@/platform/slugs'
import { slugify } from '@/platform/text/slug'
import { DAY, HOUR, TIME_ZONE, daysOf, type Day } from '@/platform/time'
import type { UnitLevel } from '@/modules/organisation'
import {
  lastFinishedQuarter,
  periodRange,
  type PeriodKey,
} from '@/modules/campaigns/domain/periods'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'

type Id = number | string
type System = ReturnType<typeof asSystem>

/** What the campaigns' demo needs to know of each demo unit. */
export type SeedUnitFacts = {
  code: string
  id: Id
  name: string
  level: UnitLevel
  validFrom?: Day
  validTo?: Day
  radio?: boolean
  portal?: boolean
  desk?: boolean
}

/** The year of the demo's history: communes merged on 1 July of it. */
const HISTORY_YEAR = 2025

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

/** How well each commune station keeps its weekly segment: a believable mix for the scorecards. */
const diligence = (code: string): number => {
  const table: Record<string, number> = {
    // Before the merger: a few stations often forgot.
    'HT-CX-CD': 0.3,
    'HT-TH-ND': 0.42,
    'HT-TP-DN': 0.2,
    'HT-CX-CQ': 0.45,
    // Since: the merged commune of Cẩm Xuyên is behind; two others too.
    'HT-CAMXUYEN': 0.3,
    'HT-VUQUANG': 0.3,
    'HT-SONGTRI': 0.4,
  }
  return table[code] ?? 0.95
}

/** Deterministic "randomness" so the demo looks the same on every machine. */
const noise = (seed: number): number => {
  const x = Math.sin(seed * 9301 + 49297) * 233280
  return x - Math.floor(x)
}

/** An instant on the province's clock. */
const local = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(new TZDate(year, month, day, hour, minute, TIME_ZONE).getTime()).toISOString()

const ensureChannels = async (system: System): Promise<Id[]> => {
  const ids: Id[] = []
  for (const [order, name] of channels.entries()) {
    const slug = slugify(name)
    const found = await system.find({
      collection: slugs.outreachChannels,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    ids.push(
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
  return ids
}

/** The provincial radio-TV station and newspaper (under contract), found or made once. */
const ensureContractOutlets = async (system: System, owner: number) => {
  const outlet = async (name: string, data: Record<string, unknown>) => {
    const { docs } = await system.find({
      collection: slugs.outlets,
      where: { name: { equals: name } },
      limit: 1,
      depth: 0,
    })
    return (
      docs[0]?.id ??
      (
        await system.create({
          collection: slugs.outlets,
          // The fields of an outlet, as the demo names them.
          data: { name, unit: owner, ...data } as never,
          depth: 0,
        })
      ).id
    )
  }
  return {
    station: await outlet('Đài Phát thanh – Truyền hình tỉnh', {
      kind: 'radioTv',
      channels: ['radio', 'tv'],
    }),
    paper: await outlet('Báo Hà Tĩnh', { kind: 'newspaper', channels: ['press'] }),
  }
}

type PlanParts = {
  plan: CampaignPlan
  radio: Id
}

/**
 * A plan modelled on the seeds' plans: indicators for portals, commune radio, posted procedures,
 * an outlet contract, inspections and articles. Before 1 July 2025 districts reported and were
 * held to quotas; the plans see whichever units operated in each period.
 */
const createPlan = async (
  system: System,
  options: {
    year: number
    number: string
    province: number
    channelIds: Id[]
    areaIds: Id[]
    contract: { station: Id; paper: Id }
    levels: UnitLevel[]
    owners: Record<'office' | 'culture' | 'homeAffairs', number>
  },
): Promise<PlanParts> => {
  const { year } = options
  const at = (month: number, day: number, hour = 0) => local(year, month, day, hour)
  const plan = await system.create({
    collection: slugs.campaignPlans,
    data: {
      number: options.number,
      title: `Kế hoạch tuyên truyền cải cách hành chính tỉnh Hà Tĩnh năm ${year}`,
      issuingUnit: options.province,
      issueDate: at(0, 10),
      year,
      periodStart: at(0, 1),
      periodEnd: at(11, 31),
      isPublic: true,
      publicSummary:
        'Kế hoạch đặt chỉ tiêu cho cổng thông tin, trạm truyền thanh cơ sở, niêm yết thủ tục và kiểm tra cải cách hành chính; kết quả được cập nhật theo quý.',
      reformAreas: options.areaIds.map(storedId),
      channels: options.channelIds.map(storedId),
      topics: [
        { topic: 'Chủ trương, chính sách về cải cách hành chính của Trung ương và của tỉnh' },
        { topic: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến' },
        {
          topic:
            year === HISTORY_YEAR
              ? 'Sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp'
              : 'Gương điển hình trong thực thi công vụ tại trung tâm phục vụ hành chính công xã',
        },
      ],
      keyTasks: [
        {
          title: 'Xây dựng chuyên mục CCHC trên cổng thông tin điện tử tỉnh',
          owner: options.owners.office,
          due: at(2, 31),
          status: 'done',
        },
        {
          title: 'Phát chuyên mục CCHC định kỳ trên hệ thống truyền thanh cơ sở',
          owner: options.owners.culture,
          due: at(11, 31),
          status: 'inProgress',
        },
        {
          title: 'Tổ chức hội thi tìm hiểu CCHC trực tuyến',
          owner: options.owners.homeAffairs,
          due: at(8, 30),
          status: 'done',
        },
        {
          title: 'Kiểm tra công tác CCHC tại 30% cơ quan, đơn vị',
          owner: options.owners.homeAffairs,
          due: at(10, 30),
          status: 'inProgress',
        },
      ],
      participatingRoot: options.province,
      reportingLevels: options.levels,
      reportDeadlines: (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((period, q) => ({
        period,
        deadline: at(q * 3 + 3, 10, 17),
      })),
      requiredFigures: ['feedbackReceived', 'feedbackHandled'],
    },
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
  const history = year === HISTORY_YEAR
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
    title: history
      ? '100% thủ tục hành chính được niêm yết công khai tại bộ phận một cửa'
      : '100% thủ tục hành chính được niêm yết tại trung tâm phục vụ hành chính công xã',
    order: 3,
    scopeLevels: history ? ['district', 'commune'] : ['commune'],
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
    outlets: [storedId(options.contract.station), storedId(options.contract.paper)],
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
    scopeLevels: history ? ['department', 'district'] : ['department'],
    ruleKind: 'reportedFigure',
    figure: 'inspected',
    comparator: 'eq',
    threshold: 1,
    targetShare: 30,
  })
  await indicator(
    history
      ? {
          title: 'Mỗi huyện, thành phố đăng ít nhất 2 tin CCHC mỗi quý (đến 30/6/2025)',
          order: 6,
          scopeLevels: ['district'],
          ruleKind: 'contentCount',
          contentKind: 'articles',
          minCount: 2,
          targetShare: 100,
        }
      : {
          title: 'Mỗi xã, phường có cổng thông tin đăng ít nhất 1 tin CCHC mỗi quý',
          order: 6,
          scopeLevels: ['commune'],
          scopeRequires: ['portal'],
          ruleKind: 'contentCount',
          contentKind: 'articles',
          minCount: 1,
          targetShare: 100,
        },
  )
  return { plan, radio }
}

/** Confirms a steady share of an item's past airings in `[from, to)`: rate 0.3 confirms about 3 in 10. */
const confirmPast = async (
  system: System,
  itemId: Id,
  item: { start: string; rrule: string; repeatUntil: string },
  range: { start: Date; end: Date },
  rate: number,
  salt: number,
) => {
  for (const [n, at] of airingsOf(item, range).entries()) {
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

/** A commune station's weekly segment from `start` to `until`, with its past airings confirmed. */
const weeklySegment = async (
  system: System,
  options: {
    outlet: Id
    plan: Id
    indicator: Id
    index: number
    code: string
    from: Date
    until: string
    now: Date
    /** Every other week (the 2025 segments, which keep the demo's history small). */
    fortnightly?: boolean
  },
) => {
  const weekday = (['MO', 'WE', 'FR'] as const)[options.index % 3]!
  // The first such weekday on or after `from`, at 06:30.
  const local0 = new TZDate(options.from.getTime(), TIME_ZONE)
  const target = { MO: 1, WE: 3, FR: 5 }[weekday]
  const shift = (target - local0.getDay() + 7) % 7
  const start = local(local0.getFullYear(), local0.getMonth(), local0.getDate() + shift, 6, 30)
  const rule = `FREQ=WEEKLY;${options.fortnightly ? 'INTERVAL=2;' : ''}BYDAY=${weekday}`
  const item = await system.create({
    collection: slugs.broadcastItems,
    data: {
      title: 'Chuyên mục Cải cách hành chính',
      outlet: storedId(options.outlet),
      channel: 'communeRadio',
      start,
      durationMinutes: 15,
      recurrence: 'custom',
      customRule: rule,
      repeatUntil: options.until,
      plan: storedId(options.plan),
      indicator: storedId(options.indicator),
      script: 'Hướng dẫn người dân nộp hồ sơ trực tuyến và tra cứu kết quả giải quyết thủ tục.',
    },
    depth: 0,
  })
  await confirmPast(
    system,
    item.id,
    { start, rrule: rule, repeatUntil: options.until },
    {
      start: new Date(start),
      end: new Date(Math.min(options.now.getTime() - 36 * HOUR, Date.parse(options.until))),
    },
    diligence(options.code),
    options.index + 1,
  )
}

/** The contract's airings of a year: 3 radio and 3 TV segments and 8 articles a quarter (Q2 one short). */
const contractItems = async (
  system: System,
  year: number,
  plan: Id,
  contract: { station: Id; paper: Id },
  now: Date,
) => {
  for (let q = 0; q < 4; q++) {
    const make = async (
      title: string,
      outlet: Id,
      channel: 'radio' | 'tv' | 'press',
      count: number,
      hour: number,
    ) => {
      for (let k = 0; k < count; k++) {
        const start = local(year, q * 3 + Math.floor(k / 3), 5 + (k % 3) * 8, hour, 0)
        const item = await system.create({
          collection: slugs.broadcastItems,
          data: {
            title,
            outlet: storedId(outlet),
            channel,
            start,
            durationMinutes: channel === 'press' ? 1 : 20,
            plan: storedId(plan),
          },
          depth: 0,
        })
        if (Date.parse(start) < now.getTime() - 36 * HOUR)
          await system.create({
            collection: slugs.airings,
            data: { item: item.id, occurrenceAt: start, status: 'confirmed', airedAt: start },
            depth: 0,
          })
      }
    }
    await make(
      'Chuyên mục Cải cách hành chính trên sóng phát thanh',
      contract.station,
      'radio',
      3,
      18,
    )
    await make('Chuyên mục Chính quyền và người dân (truyền hình)', contract.station, 'tv', 3, 20)
    await make(
      'Tin bài cải cách hành chính trên Báo Hà Tĩnh',
      contract.paper,
      'press',
      q === 1 ? 7 : 8,
      6,
    )
  }
}

/**
 * Each finished quarter's reports from the units that operated through it, in every state: mostly
 * approved, some late, returned or missing (the same mix on every machine).
 */
const quarterReports = async (
  system: System,
  options: {
    plan: Id
    year: number
    quarters: PeriodKey[]
    units: SeedUnitFacts[]
    channel: Id
    now: Date
  },
) => {
  const reporters = options.units.filter((u) => u.level !== 'province' && u.level !== 'communeUnit')
  for (const key of options.quarters) {
    const q = Number(key[1]) - 1
    const range = periodRange({ year: options.year, key })
    if (range.end > options.now) break
    const { first, last } = daysOf(range)
    for (const [n, reporter] of reporters.entries()) {
      if (!validThroughout(reporter, first, last)) continue
      const roll = noise(options.year * 7 + q * 100 + n)
      if (roll < 0.06) continue // never sent: shows as missing
      const deadline = Date.parse(local(options.year, q * 3 + 3, 10, 17))
      const sent = new Date(deadline - 3 * DAY + (roll > 0.85 ? 6 * DAY : 0)).toISOString()
      const status =
        roll < 0.12 ? 'draft' : roll < 0.18 ? 'returned' : roll < 0.3 ? 'submitted' : 'approved'
      await system.create({
        collection: slugs.unitReports,
        data: {
          plan: storedId(options.plan),
          unit: storedId(reporter.id),
          period: key,
          status,
          returnReason:
            status === 'returned' ? 'Đề nghị bổ sung ảnh minh chứng buổi phát thanh.' : undefined,
          firstSubmittedAt: status === 'draft' ? undefined : sent,
          submittedAt: status === 'draft' ? undefined : sent,
          figures: {
            hasReformSection: reporter.portal ? roll > 0.15 : undefined,
            proceduresPostedPct: reporter.desk ? (roll > 0.25 ? 100 : 96.5) : undefined,
            inspected:
              reporter.level === 'department' || reporter.level === 'district'
                ? noise(options.year + q * 7 + n) < 0.35
                : undefined,
            feedbackReceived: Math.round(roll * 20),
            feedbackHandled: Math.round(roll * 18),
            // Shares of the same dossiers: they add up to 100.
            dossiersEarlyPct: 70 + Math.round(roll * 20),
            dossiersOnTimePct: 30 - Math.round(roll * 20) - Math.max(0, 14 - Math.round(roll * 20)),
            dossiersLatePct: Math.max(0, 14 - Math.round(roll * 20)),
          },
          activities: [
            {
              channel: storedId(options.channel),
              count: 12 + Math.round(roll * 6),
              reach: 1500 + Math.round(roll * 800),
            },
          ],
        },
        depth: 0,
      })
    }
  }
}

const stationName = (unit: SeedUnitFacts, prefix: string) =>
  `${prefix} ${unit.name.replace('UBND ', '')}`

/**
 * The campaigns of the demo's history, before its units were reorganised: the 2025 plan, the
 * weekly segments of the commune stations of then (from January to 30 June 2025) with their
 * confirmations, the contract's airings and the reports of 2025 Q1 and Q2. Runs before the
 * reorganisation of 1 July 2025, which carries the stations over to the merged communes.
 */
export const seedCampaignHistory = async (
  payload: Payload,
  units: SeedUnitFacts[],
  now = new Date(),
): Promise<{ plansCreated: number }> => {
  // Seeding is the system acting, quietly: the tallies are rebuilt once at the end.
  const system = asSystem(await quietSystemRequest(payload))
  const number = '12/KH-UBND'
  const existing = await system.count({
    collection: slugs.campaignPlans,
    where: { and: [{ number: { equals: number } }, { year: { equals: HISTORY_YEAR } }] },
  })
  if (existing.totalDocs > 0) return { plansCreated: 0 }
  const id = (code: string) => storedId(units.find((u) => u.code === code)!.id)
  const channelIds = await ensureChannels(system)
  const { docs: areas } = await system.find({
    collection: slugs.reformAreas,
    pagination: false,
    depth: 0,
  })
  const contract = await ensureContractOutlets(system, id('HT-BPTTH'))
  const { plan, radio } = await createPlan(system, {
    year: HISTORY_YEAR,
    number,
    province: id('HT'),
    channelIds,
    areaIds: areas.map((a) => a.id),
    contract,
    levels: ['department', 'district', 'commune'],
    owners: { office: id('HT-VP'), culture: id('HT-SVHTTDL'), homeAffairs: id('HT-SNV') },
  })
  const endOfJune = local(HISTORY_YEAR, 5, 30, 23, 59)
  for (const [index, commune] of units.filter((u) => u.level === 'commune' && u.radio).entries()) {
    const outlet = await system.create({
      collection: slugs.outlets,
      data: {
        name: stationName(commune, 'Trạm truyền thanh'),
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: storedId(commune.id),
        reminderLeadHours: 24,
      },
      depth: 0,
    })
    await weeklySegment(system, {
      outlet: outlet.id,
      plan: plan.id,
      indicator: radio,
      index,
      code: commune.code,
      from: new Date(local(HISTORY_YEAR, 0, 5)),
      until: endOfJune,
      now,
      fortnightly: true,
    })
  }
  await contractItems(system, HISTORY_YEAR, plan.id, contract, now)
  await quarterReports(system, {
    plan: plan.id,
    year: HISTORY_YEAR,
    quarters: ['Q1', 'Q2'],
    units,
    channel: channelIds[1]!,
    now,
  })
  return { plansCreated: 1 }
}

/**
 * The campaigns since the reorganisation: each of today's communes with a radio station gets its
 * own station (IP-based, as the province's new system) and weekly segment from July 2025; the
 * reports of 2025 Q3 and Q4 under the 2025 plan; and the plan of the current year (the year of the
 * last finished quarter) with its indicators, contract airings and reports.
 */
export const seedCampaigns = async (
  payload: Payload,
  units: SeedUnitFacts[],
  now = new Date(),
): Promise<{ plansCreated: number }> => {
  const system = asSystem(await quietSystemRequest(payload))
  const year = Math.max(lastFinishedQuarter(now).year, HISTORY_YEAR + 1)
  const number = '25/KH-UBND'
  const existing = await system.count({
    collection: slugs.campaignPlans,
    where: { and: [{ number: { equals: number } }, { year: { equals: year } }] },
  })
  if (existing.totalDocs > 0) return { plansCreated: 0 }
  const history = (
    await system.find({
      collection: slugs.campaignPlans,
      where: { and: [{ number: { equals: '12/KH-UBND' } }, { year: { equals: HISTORY_YEAR } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const historyRadio = history
    ? (
        await system.find({
          collection: slugs.targetIndicators,
          where: {
            and: [{ plan: { equals: history.id } }, { ruleKind: { equals: 'broadcastCount' } }],
          },
          limit: 1,
          depth: 0,
        })
      ).docs[0]?.id
    : undefined
  const id = (code: string) => storedId(units.find((u) => u.code === code)!.id)
  const channelIds = await ensureChannels(system)
  const { docs: areas } = await system.find({
    collection: slugs.reformAreas,
    pagination: false,
    depth: 0,
  })
  const contract = await ensureContractOutlets(system, id('HT-BPTTH'))
  const { plan, radio } = await createPlan(system, {
    year,
    number,
    province: id('HT'),
    channelIds,
    areaIds: areas.map((a) => a.id),
    contract,
    levels: ['department', 'commune'],
    owners: { office: id('HT-VP'), culture: id('HT-SVHTTDL'), homeAffairs: id('HT-SNV') },
  })

  const today = units.filter((u) => !u.validTo)
  for (const [index, commune] of today.filter((u) => u.level === 'commune' && u.radio).entries()) {
    const outlet = await system.create({
      collection: slugs.outlets,
      data: {
        name: stationName(commune, 'Đài truyền thanh'),
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit: storedId(commune.id),
        reminderLeadHours: 24,
      },
      depth: 0,
    })
    if (history && historyRadio !== undefined)
      await weeklySegment(system, {
        outlet: outlet.id,
        plan: history.id,
        indicator: historyRadio,
        index,
        code: commune.code,
        from: new Date(local(HISTORY_YEAR, 6, 1)),
        until: local(HISTORY_YEAR, 11, 31, 23, 59),
        now,
        fortnightly: true,
      })
    await weeklySegment(system, {
      outlet: outlet.id,
      plan: plan.id,
      indicator: radio,
      index,
      code: commune.code,
      from: new Date(local(year, 0, 5)),
      until: local(year, 11, 31, 23, 59),
      now,
    })
  }
  if (history)
    await quarterReports(system, {
      plan: history.id,
      year: HISTORY_YEAR,
      quarters: ['Q3', 'Q4'],
      units: today,
      channel: channelIds[1]!,
      now,
    })
  await contractItems(system, year, plan.id, contract, now)
  await quarterReports(system, {
    plan: plan.id,
    year,
    quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
    units: today,
    channel: channelIds[1]!,
    now,
  })
  return { plansCreated: 1 }
}
