import { getTranslation } from '@payloadcms/translations'
import type { CollectionBeforeDeleteHook, Field, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'

import { refused } from '@/modules/organisation/i18n'

type Reference = { collection: string; path: string; label: unknown }

/**
 * Every place a document of any collection points at a unit (top-level fields and fields inside
 * rows, groups, tabs and arrays): what a unit's history is made of. Found from the config, so a
 * module adding a collection that belongs to units is covered without telling this hook.
 */
const unitReferences = (req: PayloadRequest): Reference[] => {
  const found: Reference[] = []
  const walk = (collection: string, label: unknown, fields: Field[], prefix: string) => {
    for (const field of fields) {
      if (field.type === 'relationship' && field.relationTo === slugs.units)
        found.push({ collection, path: `${prefix}${field.name}`, label })
      else if (field.type === 'row' || field.type === 'collapsible')
        walk(collection, label, field.fields, prefix)
      else if (field.type === 'tabs')
        for (const tab of field.tabs)
          walk(
            collection,
            label,
            tab.fields,
            'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          )
      else if ((field.type === 'group' || field.type === 'array') && 'name' in field && field.name)
        walk(collection, label, field.fields, `${prefix}${field.name}.`)
    }
  }
  for (const collection of req.payload.config.collections) {
    const label = collection.labels?.plural ?? collection.slug
    // A unit's own parent field is its children (refused above); units it once held are history.
    if (collection.slug === slugs.units)
      found.push({ collection: collection.slug, path: 'formerParents.parent', label })
    else walk(collection.slug, label, collection.fields, '')
  }
  return found
}

/**
 * A unit that has sub-units, people or any history (lineage, reports, broadcasts, plans, former
 * members…) cannot be deleted: it closes instead (`validTo`), so history stays true. A unit made by
 * mistake and never used can still be deleted.
 */
export const preventDeleteWithHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
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

  // Labels may be `{ vi, en }`, a function of the language or a plain string.
  const name = (label: unknown) => String(getTranslation(label as never, req.i18n))
  const history: string[] = []
  for (const ref of unitReferences(req)) {
    const { totalDocs } = await asSystem(req).count({
      // Collections are found in the config; the slug is one of them.
      collection: ref.collection as typeof slugs.units,
      where: { [ref.path]: { equals: id } },
    })
    if (totalDocs > 0) history.push(`${name(ref.label)}: ${totalDocs}`)
  }
  if (history.length > 0)
    throw refused(req, 'unit.hasHistory', { name: unit.name, what: history.join('; ') }, 409)
}
