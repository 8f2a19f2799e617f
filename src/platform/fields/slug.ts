import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'
import { asSystem } from '@/platform/access/asUser'
import { invalidField, label, t } from '@/platform/i18n'
import { firstFreeSlug, isValidSlug, slugify } from '@/platform/text/slug'

/** Whether another document of `collection` already has `slug` (a system read: slugs are unique across everyone's documents). */
const slugTaken = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  slug: string,
  id: number | string | undefined,
): Promise<boolean> => {
  const { totalDocs } = await asSystem(req).count({
    collection,
    where: { slug: { equals: slug }, ...(id !== undefined ? { id: { not_equals: id } } : {}) },
  })
  return totalDocs > 0
}

/**
 * Fills an empty slug from `source` (numbered until free). A slug typed by an editor is kept, only
 * normalised to ASCII; a duplicate is refused by the field's validation with a clear message.
 */
const populateSlug =
  (source: string): FieldHook =>
  async ({ value, siblingData, originalDoc, req, collection }) => {
    if (!collection) return value
    const slugOf = collection.slug as CollectionSlug
    const isTaken = (slug: string) => slugTaken(req, slugOf, slug, originalDoc?.id)
    if (typeof value === 'string' && value.trim()) {
      const slug = slugify(value)
      // Typed text with no letter or digit in it ("!!!") makes no slug at all.
      if (!slug) throw invalidField(req, slugOf, 'slug', 'slug.invalid', { slug: value })
      // Checked here, not only in `validate`, because drafts skip field validation.
      if (slug !== originalDoc?.slug && (await isTaken(slug)))
        throw invalidField(req, slugOf, 'slug', 'slug.taken', { slug })
      return slug
    }
    if (originalDoc?.slug) return originalDoc.slug
    const text = (siblingData?.[source] ?? originalDoc?.[source]) as string | undefined
    if (!text) return value
    return firstFreeSlug(slugify(text) || 'bai-viet', isTaken)
  }

/** An ASCII URL slug made from the `source` field's text (Vietnamese tone marks removed). */
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
    return (await slugTaken(req, collectionSlug as CollectionSlug, value, id))
      ? t(req, 'slug.taken', { slug: value })
      : true
  },
})
