import type { CollectionConfig } from 'payload'
import { label } from '@/platform/i18n'
import type { Language } from '@/platform/i18n/catalog'
import { slugField } from '@/platform/fields/slug'

type Label = Record<Language, string>

/**
 * A small public list that editors keep (reform areas, tags, procedure fields, outreach channels):
 * data, not an enum, so a province can track a seventh reform area or a new channel without a release.
 */
export const taxonomyCollection = (options: {
  slug: string
  labels: { singular: Label; plural: Label }
  group: Label
  access: CollectionConfig['access']
}): CollectionConfig => ({
  slug: options.slug,
  labels: options.labels,
  defaultSort: 'order',
  admin: { useAsTitle: 'name', group: options.group, defaultColumns: ['name', 'slug', 'order'] },
  access: options.access,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('taxonomy.name') },
    slugField('name'),
    { name: 'description', type: 'textarea', label: label('taxonomy.description') },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: label('taxonomy.order'),
      admin: { position: 'sidebar' },
    },
  ],
})
