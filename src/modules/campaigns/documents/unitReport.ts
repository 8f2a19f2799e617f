import type { PayloadRequest } from 'payload'

import type { UnitReport } from '@/payload-types'
import { asSystem, asUser } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { formatDateTime, formatDay, dayOf } from '@/platform/time'
import type { Cell } from '@/modules/campaigns/domain/engine'
import {
  dateLine,
  formatCount,
  headerName,
  issuerSymbol,
  numberLine,
  placeName,
  recipientLines,
  reportSubject,
  signatureLines,
  type Block,
  type OfficialDocument,
  type SignerCapacity,
} from '@/modules/campaigns/domain/officialDocument'
import { periodLabel, type Period } from '@/modules/campaigns/domain/periods'
import { periodWindow } from '@/modules/campaigns/domain/reportingWindows'
import { planPeriodSettings, windowCaption } from '@/modules/campaigns/compliance/periodWindows'
import { groupFigures } from '@/modules/campaigns/domain/reportForm'
import {
  figureKeys,
  reportFigures,
  type FigureKey,
  type FigureKind,
} from '@/modules/campaigns/domain/vocabulary'
import { scorecardFor } from '@/modules/campaigns/compliance/scorecardCache'
import { translate } from '@/modules/campaigns/i18n'

import { documentUnits } from './units'

const vi = (key: Parameters<typeof translate>[1]) => translate('vi', key)
const lines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

const figureUnit: Record<FigureKind, string> = {
  count: 'Số lượng',
  percent: '%',
  score: 'Điểm',
  rank: 'Thứ hạng',
  boolean: 'Có/Không',
}

/**
 * The reported figures as the report's table shows them: by group (a lettered row naming the group,
 * then its figures, numbered), each with its unit and its value written the Vietnamese way
 * ("35,5", "1.234", "Có"). Figures left empty are left out, and so are groups with none.
 */
export const figureTableRows = (stored: UnitReport['figures']): string[][] => {
  const figures = (stored ?? {}) as Partial<Record<FigureKey, number | boolean | null>>
  const reported = figureKeys.filter((key) => figures[key] !== null && figures[key] !== undefined)
  let n = 0
  return groupFigures(reported).flatMap(({ group, keys }, g) => [
    [String.fromCharCode(65 + g), vi(`reportForm.group.${group}`), '', ''],
    ...keys.map((key) => {
      const value = figures[key]
      const text = typeof value === 'boolean' ? (value ? 'Có' : 'Không') : formatCount(value)
      return [String(++n), vi(`figure.${key}`), figureUnit[reportFigures[key]], text]
    }),
  ])
}

/** What one indicator's cell says in a table: the unit's result and what was required. */
export const cellResult = (cell: Cell | undefined): [string, string, string] => {
  if (!cell) return ['–', '–', 'Không áp dụng']
  const verdict =
    cell.status === 'met' ? 'Đạt' : cell.status === 'noData' ? 'Chưa có số liệu' : 'Chưa đạt'
  const e = cell.evidence
  switch (e.kind) {
    case 'broadcasts':
      return [formatCount(e.confirmed), formatCount(e.required), verdict]
    case 'content':
      return [formatCount(e.published), formatCount(e.required), verdict]
    case 'figure': {
      const value = typeof e.value === 'boolean' ? (e.value ? 'Có' : 'Không') : formatCount(e.value)
      const sign = e.comparator === 'gte' ? '≥ ' : e.comparator === 'lte' ? '≤ ' : '= '
      return [value, `${sign}${formatCount(e.threshold)}`, verdict]
    }
    case 'quota':
      return [
        e.byChannel.map((c) => formatCount(c.confirmed)).join(' / '),
        e.byChannel.map((c) => formatCount(c.required)).join(' / '),
        verdict,
      ]
    case 'tasks':
      return [
        `${formatCount(e.doneInTime)}/${formatCount(e.due)}`,
        `≥ ${formatCount(e.minShare)}%`,
        verdict,
      ]
    case 'channels':
      return [formatCount(e.used), `≥ ${formatCount(e.required)}`, verdict]
  }
}

/**
 * A unit's report as the Decree 30 document it sends its superior: read as the caller (a report
 * they may not read is not found), made from the report's own data, the plan it implements, the
 * unit's row of the scorecard and the unit's airings in the period.
 */
export const unitReportDocument = async (
  req: PayloadRequest,
  reportId: string,
  now = new Date(),
): Promise<{ document: OfficialDocument; report: UnitReport }> => {
  const report = await asUser(req).findByID({
    collection: slugs.unitReports,
    id: reportId,
    depth: 1,
  })
  // System reads: what the report points at is part of the document whoever may read the report.
  const system = asSystem(req)
  const planId = relationId(report.plan)
  const unitId = relationId(report.unit)
  const plan = await system.findByID({ collection: slugs.campaignPlans, id: planId!, depth: 0 })
  const unit = await system.findByID({ collection: slugs.units, id: unitId!, depth: 0 })
  const { unitById, provinceOf } = documentUnits(req)
  const parent = await unitById(unit.parent)
  // The province: the top of the unit's line (the date line names it for bodies other than communes).
  const province = await provinceOf(unit)
  const planIssuer = await unitById(plan.issuingUnit)
  const period: Period = { year: plan.year, key: report.period }
  // The window the figures cover, on the plan's basis (calendar quarter or reporting window).
  const settings = planPeriodSettings(plan)
  const range = periodWindow(period, settings)

  const body: Block[] = []
  const issueDate = dayOf(plan.issueDate)
  body.push({
    kind: 'paragraph',
    text: `Thực hiện Kế hoạch số ${plan.number}${issueDate ? ` ngày ${formatDay(issueDate)}` : ''}${
      planIssuer ? ` của ${planIssuer.name}` : ''
    } về ${plan.title.replace(/^Kế hoạch\s+/iu, '').replace(/^./u, (c) => c.toLocaleLowerCase('vi'))}, ${
      unit.name
    } báo cáo kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')} như sau:`,
  })
  body.push({ kind: 'paragraph', text: `${windowCaption('vi', period, settings)}.` })

  body.push({ kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' })
  body.push({ kind: 'heading', text: '1. Kết quả theo từng hình thức tuyên truyền' })
  const activities = report.activities ?? []
  if (activities.length === 0)
    body.push({ kind: 'paragraph', text: 'Trong kỳ, đơn vị chưa ghi nhận hoạt động tuyên truyền.' })
  else {
    const channelName = (channel: unknown) =>
      typeof channel === 'object' && channel && 'name' in channel
        ? String((channel as { name: unknown }).name)
        : String(relationId(channel) ?? '')
    body.push({
      kind: 'table',
      widths: [1, 6, 3, 3],
      header: ['TT', 'Hình thức tuyên truyền', 'Số lượt, số buổi', 'Số người được tiếp cận'],
      rows: activities.map((activity, i) => [
        String(i + 1),
        channelName(activity.channel),
        formatCount(activity.count),
        formatCount(activity.reach),
      ]),
    })
  }

  body.push({ kind: 'heading', text: '2. Kết quả thực hiện các chỉ tiêu của kế hoạch' })
  const card = await scorecardFor(req, String(planId), `${plan.year}-${report.period}`, null)
  const cells = new Map(
    card.cells.filter((c) => c.subjectId === String(unitId)).map((c) => [c.indicatorId, c]),
  )
  const contractCells = new Map(
    card.cells.filter((c) => c.subjectId.startsWith('contract:')).map((c) => [c.indicatorId, c]),
  )
  body.push({
    kind: 'table',
    widths: [1, 7, 2, 2, 2],
    header: ['TT', 'Chỉ tiêu', 'Kết quả', 'Yêu cầu', 'Đánh giá'],
    rows: card.indicators.map((indicator, i) => [
      String(i + 1),
      indicator.title,
      ...cellResult(cells.get(indicator.indicatorId) ?? contractCells.get(indicator.indicatorId)),
    ]),
  })

  const figureRows = figureTableRows(report.figures)
  if (figureRows.length > 0) {
    body.push({ kind: 'heading', text: '3. Số liệu báo cáo' })
    body.push({
      kind: 'table',
      widths: [1, 7, 2, 2],
      header: ['TT', 'Nội dung', 'Đơn vị tính', 'Số liệu'],
      rows: figureRows,
    })
  }

  body.push({ kind: 'heading', text: 'II. KHÓ KHĂN, VƯỚNG MẮC' })
  const difficulties = lines(report.difficulties)
  for (const text of difficulties.length > 0 ? difficulties : ['Không có.'])
    body.push({ kind: 'paragraph', text })
  body.push({ kind: 'heading', text: 'III. ĐỀ XUẤT, KIẾN NGHỊ' })
  const proposals = lines(report.proposals)
  for (const text of proposals.length > 0 ? proposals : ['Không có.'])
    body.push({ kind: 'paragraph', text })
  body.push({
    kind: 'paragraph',
    text: `Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')} của ${unit.name}./.`,
  })

  // The annex: the airings of the unit's outlets in the period, and the evidence files.
  const { docs: outlets } = await system.find({
    collection: slugs.outlets,
    where: { unit: { equals: unitId } },
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  const { docs: items } =
    outlets.length === 0
      ? { docs: [] }
      : await system.find({
          collection: slugs.broadcastItems,
          where: { outlet: { in: outlets.map((o) => o.id) } },
          pagination: false,
          depth: 0,
          select: { title: true, outlet: true },
        })
  const { docs: airings } =
    items.length === 0
      ? { docs: [] }
      : await system.find({
          collection: slugs.airings,
          where: {
            and: [
              { item: { in: items.map((item) => item.id) } },
              { occurrenceAt: { greater_than_equal: range.start.toISOString() } },
              { occurrenceAt: { less_than: range.end.toISOString() } },
            ],
          },
          sort: 'occurrenceAt',
          limit: 500,
          depth: 0,
        })
  const itemTitle = new Map(items.map((item) => [String(item.id), item.title]))
  const evidence = (report.evidence ?? []).flatMap((file) =>
    typeof file === 'object' && file ? [file.filename ?? String(file.id)] : [],
  )
  body.push({ kind: 'pageBreak' })
  body.push({ kind: 'heading', text: 'PHỤ LỤC: BUỔI PHÁT SÓNG VÀ TỆP MINH CHỨNG' })
  body.push({
    kind: 'table',
    widths: [1, 6, 3, 2],
    header: ['TT', 'Nội dung phát sóng', 'Thời gian', 'Tình trạng'],
    rows:
      airings.length === 0
        ? [['', 'Không có buổi phát sóng trong kỳ.', '', '']]
        : airings.map((airing, i) => [
            String(i + 1),
            itemTitle.get(String(relationId(airing.item))) ?? '',
            formatDateTime(airing.occurrenceAt, 'vi'),
            vi(airing.status === 'missed' ? 'item.missed' : 'item.confirmed'),
          ]),
  })
  body.push({
    kind: 'table',
    widths: [1, 11],
    header: ['TT', 'Tệp minh chứng kèm theo báo cáo'],
    rows:
      evidence.length === 0
        ? [['', 'Không có.']]
        : evidence.map((name, i) => [String(i + 1), name]),
  })

  const isCommune = unit.level === 'commune'
  const issued = report.documentIssuedAt ? new Date(report.documentIssuedAt) : now
  const document: OfficialDocument = {
    parentBody: parent ? headerName(parent.name, false) : null,
    issuingBody: headerName(unit.name, true),
    numberLine: numberLine(
      report.documentNumber ?? null,
      'BC',
      issuerSymbol(unit.name, unit.documentSymbol),
    ),
    dateLine: dateLine(placeName(unit.name, province.name, isCommune), issued),
    kind: 'BÁO CÁO',
    subject: reportSubject(period),
    body,
    recipients: recipientLines(lines(report.recipients)),
    signature: {
      lines: signatureLines({
        capacity: (report.signerCapacity ?? 'TM') as SignerCapacity,
        body: /^UBND\b/u.test(unit.name) ? 'Ủy ban nhân dân' : unit.name,
        position: report.signerPosition ?? 'Chủ tịch',
        deputyOf: 'Chủ tịch',
      }),
      name: report.signerName ?? '',
    },
    title: `${reportSubject(period)} - ${unit.name}`,
  }
  return { document, report }
}
