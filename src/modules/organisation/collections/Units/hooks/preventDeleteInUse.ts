import type { CollectionBeforeDeleteHook } from 'payload'

import { slugs } from '@/platform/slugs'
import { refused } from '@/platform/i18n/request'

/** A unit with sub-units or users cannot be deleted: they would be left pointing at nothing. */
export const preventDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const unit = await req.payload.findByID({ collection: slugs.units, id, depth: 0, overrideAccess: true, req })
  const children = await req.payload.count({ collection: slugs.units, where: { parent: { equals: id } }, overrideAccess: true, req })
  if (children.totalDocs > 0) throw refused(req, 'unit.hasChildren', { name: unit.name, count: children.totalDocs })
  const users = await req.payload.count({ collection: slugs.users, where: { unit: { equals: id } }, overrideAccess: true, req })
  if (users.totalDocs > 0) throw refused(req, 'unit.hasUsers', { name: unit.name, count: users.totalDocs })
}
