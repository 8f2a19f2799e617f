import type { CollectionConfig } from 'payload'

import { editorsOnly, readAnyone } from '@/modules/content/access'
import { isAdmin } from '@/platform/access/isAdmin'
import { slugField } from '@/platform/fields/slug'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { label, type MessageKey } from '@/platform/i18n/messages'

/**
 * A small public list that editors keep (reform areas, tags, procedure fields): data, not an enum,
 * so a province can track a seventh reform area or a new procedure field without a release.
 */
export const taxonomyCollection = (
  slug: string,
  names: { singular: MessageKey; plural: MessageKey },
  group: MessageKey = 'group.content',
): CollectionConfig => ({
  slug,
  labels: { singular: label(names.singular), plural: label(names.plural) },
  defaultSort: 'order',
  admin: { useAsTitle: 'name', group: label(group), defaultColumns: ['name', 'slug', 'order'] },
  access: { read: readAnyone, create: editorsOnly, update: editorsOnly, delete: isAdmin },
  hooks: { afterChange: [invalidatesPublicCache.afterChange], afterDelete: [invalidatesPublicCache.afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('taxonomy.name') },
    slugField('name'),
    { name: 'description', type: 'textarea', label: label('taxonomy.description') },
    { name: 'order', type: 'number', defaultValue: 0, label: label('taxonomy.order'), admin: { position: 'sidebar' } },
  ],
})
