import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { relationId, storedId } from '@/platform/fields/relationId'
import { addDays, localDay, storedDay } from '@/platform/time'

/** Set by a reorganisation or an import that writes the user's history entry itself. */
export const UNIT_MOVE_RECORDED = 'unitMoveRecorded'

/**
 * A user who changes unit keeps a line of history: the unit left, up to which day, where to and
 * why. Reorganisations write their own line (with the date and the reorganisation); a change an
 * admin makes by hand is dated yesterday.
 */
export const recordUnitChange: CollectionBeforeChangeHook<User> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || req.context[UNIT_MOVE_RECORDED]) return data
  if (!('unit' in data)) return data
  const before = relationId(originalDoc.unit)
  const after = relationId(data.unit)
  if (before === null || String(before) === String(after)) return data
  data.unitHistory = [
    ...(originalDoc.unitHistory ?? []).map((row) => ({
      ...row,
      unit: relationId(row.unit) === null ? null : storedId(relationId(row.unit)!),
      movedTo: relationId(row.movedTo) === null ? null : storedId(relationId(row.movedTo)!),
      reorganisation:
        relationId(row.reorganisation) === null ? null : storedId(relationId(row.reorganisation)!),
    })),
    {
      unit: storedId(before),
      until: storedDay(addDays(localDay(new Date()), -1)),
      movedTo: after === null ? null : storedId(after),
      reason: 'manual',
    },
  ]
  return data
}
