import { createLocalReq, type Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { DAY, localDay } from '@/platform/time'
import { contactsCache, enqueueMail, type UnitContacts } from '@/modules/messaging'
import { unitsCarryingOn } from '@/modules/organisation'
import { loadComplianceInput } from '@/modules/campaigns/compliance/scorecard'
import { owesReport } from '@/modules/campaigns/domain/deadlines'
import { reportingTimeliness } from '@/modules/campaigns/domain/engine'
import { planPeriodSettings } from '@/modules/campaigns/compliance/periodWindows'
import { isPeriodKey, periodLabel } from '@/modules/campaigns/domain/periods'
import { reportDeadline } from '@/modules/campaigns/domain/reportingWindows'
import {
  DEFAULT_ESCALATION_STEP_DAYS,
  DEFAULT_REPORT_REMINDER_DAYS,
  dueEscalationSteps,
  dueReportReminder,
  escalationChain,
} from '@/modules/campaigns/domain/reminders'
import {
  reportEscalationMail,
  reportOverdueMail,
  reportReminderMail,
} from '@/modules/campaigns/mail'
import { slugs } from '@/platform/slugs'

/**
 * Chases unit reports. Before a deadline: a reminder at each configured offset (the plan's
 * `reminderDays`, 7/3/1 by default) to units that have not submitted. After it: escalation one level
 * at a time — the late unit itself, then the unit above it, up to the province — every
 * `escalationStepDays`, each step once, and nothing more once the report has arrived.
 */
export const chaseReports = async (
  payload: Payload,
  now = new Date(),
): Promise<{ reminders: number; escalations: number }> => {
  // A system read of every plan: deadlines bind units whoever can see the plan.
  const { docs: plans } = await asSystem(payload).find({
    collection: slugs.campaignPlans,
    depth: 0,
    pagination: false,
  })
  const req = await createLocalReq({}, payload)
  const unitContacts = contactsCache(payload)
  const today = localDay(now)
  let reminders = 0
  let escalations = 0
  for (const plan of plans) {
    const offsets = plan.reminderDays?.length ? plan.reminderDays : DEFAULT_REPORT_REMINDER_DAYS
    const stepDays = plan.escalationStepDays ?? DEFAULT_ESCALATION_STEP_DAYS
    const settings = planPeriodSettings(plan)
    for (const row of plan.reportDeadlines ?? []) {
      if (!isPeriodKey(row.period) || !row.deadline) continue
      const due = reportDeadline({ year: Number(plan.year), key: row.period }, settings, [row])
      if (!due) continue
      const deadline = due.deadline
      // Only deadlines that can still call for a message: reminders ahead, escalation steps behind.
      if (
        now.getTime() < deadline.getTime() - Math.max(...offsets) * DAY - DAY ||
        now.getTime() > deadline.getTime() + 20 * stepDays * DAY
      )
        continue
      const period = { year: Number(plan.year), key: row.period }
      const input = await loadComplianceInput(req, plan, period, now)
      const parentOf = new Map(input.units.map((u) => [u.id, u.parentId]))
      // A unit closed since (merged, split) is answered for by the units carrying on its work:
      // their people and addresses hear about its report of a period it took part in.
      const closed = input.units.filter((u) => u.validTo && u.validTo < today).map((u) => u.id)
      const carried = closed.length > 0 ? await unitsCarryingOn(payload, closed, today) : new Map()
      const contacts = async (unitId: string): Promise<UnitContacts | null> => {
        const ids: string[] = carried.get(unitId)?.length ? carried.get(unitId)! : [unitId]
        const found = (await Promise.all(ids.map(unitContacts))).filter(
          (c): c is UnitContacts => c !== null,
        )
        if (found.length === 0) return null
        const seen = new Set<string>()
        return {
          ...found[0]!,
          recipients: found
            .flatMap((c) => c.recipients)
            .filter(
              (r) => !seen.has(r.email.toLowerCase()) && Boolean(seen.add(r.email.toLowerCase())),
            ),
        }
      }
      const expected = input.units.filter((u) =>
        owesReport(
          u,
          { ...input.plan, reportingLevels: plan.reportingLevels, periods: settings },
          period,
        ),
      )
      const status = reportingTimeliness(
        expected.map((u) => u.id),
        input.reports,
        input.period,
        // Within the grace days a report is not yet missing: no escalation before they end.
        due.closesAt,
        now,
      )
      const common = {
        planId: plan.id,
        planNumber: String(plan.number),
        planTitle: String(plan.title),
        deadline: deadline.toISOString(),
      }

      for (const unit of expected) {
        if (status[unit.id] === 'notDue') {
          const offset = dueReportReminder(deadline, offsets, now)
          if (offset === null) continue
          const days = Math.ceil((deadline.getTime() - now.getTime()) / DAY)
          const who = await contacts(unit.id)
          for (const to of who?.recipients ?? []) {
            if (
              await enqueueMail(payload, {
                key: `report-reminder:${plan.id}:${period.year}-${period.key}:${unit.id}:${offset}d:${to.email.toLowerCase()}`,
                template: reportReminderMail,
                to: to.email,
                language: to.language,
                unit: unit.id,
                data: {
                  ...common,
                  recipientName: to.name,
                  unitName: unit.name,
                  periodLabel: periodLabel(period, to.language),
                  days,
                },
              })
            )
              reminders++
          }
        } else if (status[unit.id] === 'missing') {
          const chain = escalationChain(unit.id, (id) => parentOf.get(id) ?? null)
          for (const step of dueEscalationSteps(due.closesAt, stepDays, chain.length, now)) {
            const who = await contacts(chain[step]!)
            for (const to of who?.recipients ?? []) {
              const key = `escalation:${plan.id}:${period.year}-${period.key}:${unit.id}:${step}:${to.email.toLowerCase()}`
              const queued =
                step === 0
                  ? await enqueueMail(payload, {
                      key,
                      template: reportOverdueMail,
                      to: to.email,
                      language: to.language,
                      unit: unit.id,
                      data: {
                        ...common,
                        recipientName: to.name,
                        unitName: unit.name,
                        periodLabel: periodLabel(period, to.language),
                      },
                    })
                  : await enqueueMail(payload, {
                      key,
                      template: reportEscalationMail,
                      to: to.email,
                      language: to.language,
                      unit: unit.id,
                      data: {
                        ...common,
                        recipientName: to.name,
                        lateUnitId: unit.id,
                        lateUnitName: unit.name,
                        periodLabel: periodLabel(period, to.language),
                        daysLate: Math.floor((now.getTime() - deadline.getTime()) / DAY),
                      },
                    })
              if (queued) escalations++
            }
          }
        }
      }
    }
  }
  return { reminders, escalations }
}
