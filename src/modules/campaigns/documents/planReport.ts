import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { asSystem, asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { reaches } from '@/modules/organisation'
import { dayOf, formatDateTime, formatDay } from '@/platform/time'
import { scorecardFor } from '@/modules/campaigns/compliance/scorecardCache'
import {
  dateLine,
  formatCount,
  formatShare,
  headerName,
  issuerSymbol,
  numberLine,
  placeName,
  recipientLines,
  signatureLines,
  type Block,
  type OfficialDocument,
} from '@/modules/campaigns/domain/officialDocument'
import { parsePeriod, periodLabel, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { planPeriodSettings, windowCaption } from '@/modules/campaigns/compliance/periodWindows'
import { consolidatedIssue } from '@/modules/campaigns/domain/numbering'

import { issueNumber, lastIssue } from './register'

import { documentUnits } from './units'

/**
 * The province's consolidated report for a plan and period, from the scorecard (as the caller may
 * see it): the share of units meeting each indicator against its target, the units that did not,
 * late and missing reports, and the activities the units reported per channel.
 */
export const planReportDocument = async (
  req: PayloadRequest,
  planId: string,
  periodText: string | null,
  now = new Date(),
): Promise<{
  document: OfficialDocument
  periodKey: string
  planNumber: string
  documentNumber: number | null
}> => {
  const card = await scorecardFor(req, planId, periodText, null)
  // System reads: the plan's issuer is part of the document whoever asks (the card checked access).
  const system = asSystem(req)
  const plan = await system.findByID({ collection: slugs.campaignPlans, id: planId, depth: 0 })
  const { unitById, provinceOf } = documentUnits(req)
  const issuer = await unitById(plan.issuingUnit)
  const parent = issuer ? await unitById(issuer.parent) : null
  const province = issuer ? await provinceOf(issuer) : null
  const issuerName = issuer?.name ?? ''
  const nameOf = new Map(card.units.map((u) => [u.id, u.name]))
  const period = parsePeriod(card.period.key)!
  const settings = planPeriodSettings(plan)
  const body: Block[] = []
  const issueDate = dayOf(plan.issueDate)
  body.push({
    kind: 'paragraph',
    text: `Thực hiện Kế hoạch số ${plan.number}${issueDate ? ` ngày ${formatDay(issueDate)}` : ''} về ${plan.title.replace(/^Kế hoạch\s+/iu, '').replace(/^./u, (c) => c.toLocaleLowerCase('vi'))}, ${issuerName} tổng hợp kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')} của các cơ quan, đơn vị như sau:`,
  })
  body.push({ kind: 'paragraph', text: `${windowCaption('vi', period, settings)}.` })

  body.push({ kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' })
  body.push({
    kind: 'table',
    widths: [1, 6, 2, 2, 2, 2, 2],
    header: ['TT', 'Chỉ tiêu', 'Số đơn vị', 'Số đạt', 'Tỷ lệ', 'Mục tiêu', 'Đánh giá'],
    rows: card.indicators.map((indicator, i) => [
      String(i + 1),
      indicator.title,
      formatCount(indicator.inScope),
      formatCount(indicator.met),
      formatShare(indicator.share),
      formatShare(indicator.targetShare),
      indicator.share === null ? '–' : indicator.achieved ? 'Đạt' : 'Chưa đạt',
    ]),
  })
  for (const indicator of card.indicators) {
    const short = card.cells
      .filter((c) => c.indicatorId === indicator.indicatorId && c.status !== 'met')
      .map((c) => nameOf.get(c.subjectId))
      .filter((name): name is string => Boolean(name))
    if (short.length > 0)
      body.push({
        kind: 'paragraph',
        text: `- ${indicator.title}: đơn vị chưa đạt: ${short.join(', ')}.`,
      })
  }

  body.push({ kind: 'heading', text: 'II. TÌNH HÌNH GỬI BÁO CÁO' })
  const byUnit = Object.entries(card.timeliness.byUnit)
  const named = (status: string) =>
    byUnit.filter(([, s]) => s === status).map(([id]) => nameOf.get(id) ?? id)
  const onTime = named('onTime')
  const late = named('late')
  const missing = named('missing')
  body.push({
    kind: 'paragraph',
    text: `Hạn gửi báo cáo: ${card.timeliness.deadline ? formatDateTime(card.timeliness.deadline, 'vi') : 'chưa quy định'}${settings.graceDays > 0 && card.timeliness.deadline ? ` (gia hạn ${formatCount(settings.graceDays)} ngày)` : ''}. Số đơn vị phải báo cáo: ${formatCount(byUnit.length)}; gửi đúng hạn: ${formatCount(onTime.length)}; gửi muộn: ${formatCount(late.length)}; chưa gửi: ${formatCount(missing.length)}.`,
  })
  if (late.length > 0)
    body.push({ kind: 'paragraph', text: `- Đơn vị gửi muộn: ${late.join(', ')}.` })
  if (missing.length > 0)
    body.push({ kind: 'paragraph', text: `- Đơn vị chưa gửi báo cáo: ${missing.join(', ')}.` })

  // The activities the units reported for this very period, added up per channel (as the caller may read them).
  const { docs: reports } = await asUser(req).find({
    collection: slugs.unitReports,
    where: {
      and: [
        { plan: { equals: plan.id } },
        { year: { equals: period.year } },
        { period: { equals: period.key as PeriodKey } },
        { status: { in: ['submitted', 'approved'] } },
      ],
    },
    pagination: false,
    depth: 1,
    select: { activities: true },
  })
  const byChannel = new Map<string, { count: number; reach: number }>()
  for (const report of reports)
    for (const activity of report.activities ?? []) {
      const channel =
        typeof activity.channel === 'object' && activity.channel
          ? activity.channel.name
          : String(activity.channel)
      const total = byChannel.get(channel) ?? { count: 0, reach: 0 }
      total.count += activity.count ?? 0
      total.reach += activity.reach ?? 0
      byChannel.set(channel, total)
    }
  body.push({ kind: 'heading', text: 'III. HOẠT ĐỘNG TUYÊN TRUYỀN THEO HÌNH THỨC' })
  body.push({
    kind: 'table',
    widths: [1, 6, 3, 3],
    header: ['TT', 'Hình thức tuyên truyền', 'Số lượt, số buổi', 'Số người được tiếp cận'],
    rows:
      byChannel.size === 0
        ? [['', 'Chưa có đơn vị báo cáo hoạt động.', '', '']]
        : [...byChannel.entries()].map(([channel, total], i) => [
            String(i + 1),
            channel,
            formatCount(total.count),
            formatCount(total.reach),
          ]),
  })
  body.push({
    kind: 'paragraph',
    text: `Trên đây là báo cáo tổng hợp kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')} của ${issuerName}./.`,
  })

  const committee = /^UBND\b/u.test(issuerName)
  const subject = `Tổng hợp kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')}`
  const symbol = issuerSymbol(issuerName, issuer?.documentSymbol)
  // The register: the first download by someone who may issue for the plan's issuing body (an
  // editor or admin reaching it) numbers the report; the same content keeps that number for
  // everyone; changed content downloaded by an issuer becomes the number's next version.
  const source = `plan:${plan.id}|${card.period.key}`
  const fingerprint = createHash('sha256').update(JSON.stringify({ subject, body })).digest('hex')
  const last = await lastIssue(req, source)
  const issuingUnit = relationId(plan.issuingUnit)
  const decision = consolidatedIssue({
    mayIssue: hasRole(req.user, 'admin', 'editor') && (await reaches(req, issuingUnit)),
    lastFingerprint: last?.fingerprint ?? null,
    fingerprint,
  })
  const issued =
    decision === 'keep' && last
      ? { number: last.number, issuedAt: last.issuedAt }
      : decision === 'issue' && issuingUnit !== null
        ? await issueNumber(req, {
            unitId: issuingUnit,
            source,
            kind: 'BC',
            symbol,
            subject,
            planId: plan.id,
            fingerprint,
            now,
          })
        : null
  const document: OfficialDocument = {
    parentBody: parent ? headerName(parent.name, false) : null,
    issuingBody: headerName(issuerName, true),
    // A draft (nothing issued for this content) leaves the number blank.
    numberLine: numberLine(issued?.number ?? null, 'BC', symbol),
    dateLine: dateLine(
      placeName(issuerName, province?.name ?? issuerName, issuer?.level === 'commune'),
      issued ? new Date(issued.issuedAt) : now,
    ),
    kind: 'BÁO CÁO',
    subject,
    body,
    recipients: recipientLines(['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh']),
    signature: {
      lines: signatureLines({
        capacity: committee ? 'TM' : 'none',
        body: committee ? 'Ủy ban nhân dân' : issuerName,
        position: committee ? 'Chủ tịch' : 'Giám đốc',
      }),
      name: '',
    },
    title: `Báo cáo tổng hợp ${periodLabel(period, 'vi')} - ${plan.number}`,
  }
  return {
    document,
    periodKey: card.period.key,
    planNumber: String(plan.number),
    documentNumber: issued?.number ?? null,
  }
}
