import type { FieldHook, TextField } from 'payload'

import { firstFreeSlug, isValidSlug, slugify } from '../domain/text/slug'
import { label } from '../i18n/messages'
import { t } from '../i18n/request'

/**
 * Fills an empty slug from `source` (numbered until free). A slug typed by an editor is kept, only
 * normalised to ASCII; a duplicate is refused by the field's validation with a clear message.
 */
const populateSlug =
  (source: string): FieldHook =>
  async ({ value, siblingData, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const text = (siblingData?.[source] ?? originalDoc?.[source]) as string | undefined
    if (!text || !collection) return value
    const base = slugify(text) || 'bai-viet'
    return firstFreeSlug(base, async (slug) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { slug: { equals: slug }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
    })
  }

export const slugField = (source: string): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: label('slug.label'),
  admin: { position: 'sidebar', description: label('slug.description') },
  hooks: { beforeValidate: [populateSlug(source)] },
  validate: async (value: string | null | undefined, { req, id, collectionSlug }) => {
    if (!value) return true
    if (!isValidSlug(value)) return t(req, 'slug.invalid', { slug: value })
    const { totalDocs } = await req.payload.count({
      collection: collectionSlug as 'articles',
      where: { slug: { equals: value }, ...(id ? { id: { not_equals: id } } : {}) },
      overrideAccess: true,
      req,
    })
    return totalDocs === 0 ? true : t(req, 'slug.taken', { slug: value })
  },
})
