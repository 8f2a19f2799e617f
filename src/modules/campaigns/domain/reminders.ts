import { DAY } from '@/platform/time'

/** Default reminder offsets before a report deadline, in days. */
export const DEFAULT_REPORT_REMINDER_DAYS = [7, 3, 1]
/** Default time between escalation steps after a missed deadline, in days. */
export const DEFAULT_ESCALATION_STEP_DAYS = 2

/**
 * The reminder offset (in days) due now for a deadline: the smallest offset already reached while
 * the deadline is still ahead. Offsets passed while nobody was running are not sent late: a unit
 * gets the latest applicable reminder, not three at once.
 */
export const dueReportReminder = (
  deadline: Date,
  offsetsDays: number[],
  now: Date,
): number | null => {
  if (now >= deadline) return null
  const reached = offsetsDays.filter(
    (days) => days > 0 && now.getTime() >= deadline.getTime() - days * DAY,
  )
  return reached.length > 0 ? Math.min(...reached) : null
}

/**
 * The escalation steps due after a missed deadline: step k is due `k × stepDays` after it. Step 0
 * tells the late unit itself, step 1 the unit above, and so on up to the province. Steps are keyed
 * by index, so each one goes out once however often this is asked.
 */
export const dueEscalationSteps = (
  deadline: Date,
  stepDays: number,
  chainLength: number,
  now: Date,
): number[] => {
  const steps: number[] = []
  for (let k = 0; k < chainLength; k++)
    if (now.getTime() >= deadline.getTime() + k * stepDays * DAY) steps.push(k)
  return steps
}

/** A unit and its ancestors up to the root, nearest first ([commune, district, province]). */
export const escalationChain = <Id>(
  unitId: Id,
  parentOf: (id: Id) => Id | null | undefined,
): Id[] => {
  const chain = [unitId]
  for (
    let parent = parentOf(unitId);
    parent !== null && parent !== undefined && chain.length < 20;
    parent = parentOf(parent)
  ) {
    if (chain.includes(parent)) break
    chain.push(parent)
  }
  return chain
}
