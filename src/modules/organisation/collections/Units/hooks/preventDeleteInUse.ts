import type { CollectionBeforeDeleteHook } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'

import { refused } from '@/modules/organisation/i18n'

/** A unit with sub-units or users cannot be deleted: they would be left pointing at nothing. */
export const preventDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // System reads: what depends on the unit counts whoever may see it.
  const system = asSystem(req)
  const unit = await system.findByID({ collection: slugs.units, id, depth: 0 })
  const children = await system.count({
    collection: slugs.units,
    where: { parent: { equals: id } },
  })
  if (children.totalDocs > 0)
    throw refused(req, 'unit.hasChildren', { name: unit.name, count: children.totalDocs }, 409)
  const users = await system.count({ collection: slugs.users, where: { unit: { equals: id } } })
  if (users.totalDocs > 0)
    throw refused(req, 'unit.hasUsers', { name: unit.name, count: users.totalDocs }, 409)
}
