import type { Payload, PayloadRequest } from 'payload'

import type { UnitLineage } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import type { Lifespan } from '@/platform/lifespan'
import { slugs } from '@/platform/slugs'
import { dayOf, type Day } from '@/platform/time'

import { lineageIndex, successorsOn, type LineageKind, type LineageLink } from './domain/lineage'

/**
 * Every lineage link (predecessor → successor). A system read straight through the adapter: the
 * lineage is part of the organisation chart and small (one row per reorganised unit and successor).
 */
export const loadLineage = async (from: Payload | PayloadRequest): Promise<LineageLink[]> => {
  const payload = 'payload' in from && 'headers' in from ? from.payload : (from as Payload)
  const req = 'payload' in from && 'headers' in from ? (from as PayloadRequest) : undefined
  const { docs } = await payload.db.find({
    collection: slugs.unitLineage,
    where: {},
    limit: 0,
    pagination: false,
    select: { predecessor: true, successor: true, effectiveDate: true, kind: true },
    req,
  })
  // The adapter's rows are untyped; these are the fields selected above.
  return (
    docs as unknown as Pick<UnitLineage, 'predecessor' | 'successor' | 'effectiveDate' | 'kind'>[]
  ).flatMap((row) => {
    const predecessorId = relationId(row.predecessor)
    const successorId = relationId(row.successor)
    const effectiveDate = dayOf(row.effectiveDate)
    return predecessorId === null || successorId === null || !effectiveDate
      ? []
      : [{ predecessorId, successorId, effectiveDate, kind: row.kind as LineageKind }]
  })
}

/**
 * The units operating on `day` that carry a unit's work (the unit itself while it operates, else
 * its successors through every reorganisation since; see `successorsOn`). System reads.
 */
export const unitsCarryingOn = async (
  from: Payload | PayloadRequest,
  unitIds: readonly (number | string)[],
  day: Day,
): Promise<Map<string, string[]>> => {
  const payload = 'payload' in from && 'headers' in from ? from.payload : (from as Payload)
  const index = lineageIndex(await loadLineage(from))
  const involved = new Set<string>(unitIds.map(String))
  for (let frontier = [...involved]; frontier.length > 0;) {
    const next: string[] = []
    for (const id of frontier)
      for (const link of index.after.get(id) ?? []) {
        const successor = String(link.successorId)
        if (!involved.has(successor)) {
          involved.add(successor)
          next.push(successor)
        }
      }
    frontier = next
  }
  const { docs } = await asSystem(payload).find({
    collection: slugs.units,
    where: { id: { in: [...involved] } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { validFrom: true, validTo: true },
  })
  const lifespans = new Map(
    docs.map((doc) => [
      String(doc.id),
      { validFrom: dayOf(doc.validFrom), validTo: dayOf(doc.validTo) } as Lifespan,
    ]),
  )
  return new Map(
    unitIds.map((id) => [String(id), successorsOn(id, day, index, (unit) => lifespans.get(unit))]),
  )
}
