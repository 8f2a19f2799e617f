import type { PayloadRequest } from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'

/**
 * The units a document names (its issuer, the body above it, the province of its date line), read
 * as the system: an official document names them whoever asks, once the caller's access to the
 * report or scorecard behind it was checked.
 */
export const documentUnits = (req: PayloadRequest) => {
  const system = asSystem(req)
  const unitById = async (id: unknown): Promise<Unit | null> => {
    const unitId = relationId(id)
    return unitId === null
      ? null
      : system.findByID({ collection: slugs.units, id: unitId, depth: 0, disableErrors: true })
  }
  /** The top of a unit's line: its province (the unit itself when it has no parent). */
  const provinceOf = async (unit: Unit): Promise<Unit> => {
    let top = unit
    for (let up = await unitById(top.parent), n = 0; up && n < 10; n++) {
      top = up
      up = await unitById(up.parent)
    }
    return top
  }
  return { unitById, provinceOf }
}
