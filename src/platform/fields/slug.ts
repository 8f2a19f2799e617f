import type { FieldHook, TextField } from 'payload'

import { firstFreeSlug, isValidSlug, slugify } from '@/platform/text/slug'
import { label } from '@/platform/i18n/messages'
import { invalidField, t } from '@/platform/i18n/request'

/**
 * Fills an empty slug from `source` (numbered until free). A slug typed by an editor is kept, only
 * normalised to ASCII; a duplicate is refused by the field's validation with a clear message.
 */
const populateSlug =
  (source: string): FieldHook =>
  async ({ value, siblingData, originalDoc, req, collection }) => {
    if (!collection) return value
    const isTaken = async (slug: string) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { slug: { equals: slug }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
    }
    if (typeof value === 'string' && value.trim()) {
      const slug = slugify(value)
      // Checked here, not only in `validate`, because drafts skip field validation.
      if (slug !== originalDoc?.slug && (await isTaken(slug))) throw invalidField(req, collection.slug, 'slug', 'slug.taken', { slug })
      return slug
    }
    if (originalDoc?.slug) return originalDoc.slug
    const text = (siblingData?.[source] ?? originalDoc?.[source]) as string | undefined
    if (!text) return value
    return firstFreeSlug(slugify(text) || 'bai-viet', isTaken)
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
