import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { reaches } from '@/modules/campaigns/access'
import { slugs } from '@/platform/slugs'
import { checkRecurrenceRule, recurrencePresets } from '@/modules/campaigns/domain/recurrence'
import { relationId } from '@/platform/fields/relationId'
import { invalidField, t } from '@/platform/i18n/request'

/**
 * Keeps what the schedule needs derived from what people enter: the owning unit (from the outlet,
 * for scoping and reminders) and the recurrence rule (from a preset or a custom RRULE, checked).
 */
export const prepareItem: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const outletId = relationId(data.outlet ?? originalDoc?.outlet)
  if (outletId !== null) {
    const outlet = await req.payload.findByID({ collection: slugs.outlets, id: outletId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (outlet) data.ownerUnit = relationId(outlet.ownerUnit)
  }
  if (req.user && !(await reaches(req, relationId(data.ownerUnit ?? originalDoc?.ownerUnit)))) {
    throw new APIError(t(req, 'report.unitOutOfScope'), 403, undefined, true)
  }

  const preset = (data.recurrence ?? originalDoc?.recurrence ?? 'none') as string
  if (preset === 'none') data.rrule = null
  else if (preset === 'custom') {
    const rule = String(data.customRule ?? originalDoc?.customRule ?? '').trim().replace(/^RRULE:/i, '')
    const problem = checkRecurrenceRule(rule)
    if (problem) throw invalidField(req, slugs.broadcastItems, 'customRule', problem === 'invalid' ? 'item.ruleInvalid' : 'item.ruleTooFrequent', { rule })
    data.rrule = rule
  } else data.rrule = recurrencePresets[preset as keyof typeof recurrencePresets] ?? null
  return data
}
