import type { CollectionBeforeChangeHook } from 'payload'

import type { BroadcastItem } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { reaches } from '@/modules/organisation'
import { checkRecurrenceRule, recurrencePresets } from '@/modules/campaigns/domain/recurrence'
import { invalidField, refused } from '@/modules/campaigns/i18n'

const isPreset = (value: string): value is keyof typeof recurrencePresets =>
  value in recurrencePresets

/**
 * Keeps what the schedule needs derived from what people enter: the owning unit (from the outlet,
 * for scoping and reminders) and the recurrence rule (from a preset or a custom RRULE, checked).
 */
export const prepareItem: CollectionBeforeChangeHook<BroadcastItem> = async ({
  data,
  originalDoc,
  req,
}) => {
  const outletId = relationId(data.outlet ?? originalDoc?.outlet)
  if (outletId !== null) {
    // A system read: the outlet's owner decides the item's unit, whoever may see the outlet.
    const outlet = await asSystem(req).findByID({
      collection: slugs.outlets,
      id: outletId,
      depth: 0,
      disableErrors: true,
    })
    const unit = relationId(outlet?.unit)
    if (outlet) data.unit = unit === null ? null : storedId(unit)
  }
  if (req.user && !(await reaches(req, relationId(data.unit ?? originalDoc?.unit))))
    throw refused(req, 'report.unitOutOfScope', undefined, 403)

  const preset = data.recurrence ?? originalDoc?.recurrence ?? 'none'
  if (preset === 'none') data.rrule = null
  else if (preset === 'custom') {
    const rule = String(data.customRule ?? originalDoc?.customRule ?? '')
      .trim()
      .replace(/^RRULE:/i, '')
    const problem = checkRecurrenceRule(rule)
    if (problem)
      throw invalidField(
        req,
        slugs.broadcastItems,
        'customRule',
        problem === 'invalid' ? 'item.ruleInvalid' : 'item.ruleTooFrequent',
        { rule },
      )
    data.rrule = rule
  } else data.rrule = isPreset(preset) ? recurrencePresets[preset] : null
  return data
}
