import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/platform/access/predicates'
import { dayField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'

import { lineageKinds } from '@/modules/organisation/domain/lineage'
import { label } from '@/modules/organisation/i18n'

/**
 * The record of each reorganisation: what it was, when it took effect, who made it and what moved.
 * Users' unit history and lineage links point here, so "when and why" is one click away. Written
 * only by the reorganisation itself (and the CSV import); nobody edits a record after the fact.
 */
export const UnitReorganisations: CollectionConfig = {
  slug: slugs.unitReorganisations,
  labels: { singular: label('reorgs.singular'), plural: label('reorgs.plural') },
  defaultSort: '-createdAt',
  admin: {
    group: label('group.organisation'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'effectiveDate', 'origin', 'performedBy'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    // "Sáp nhập 01/07/2025: A, B → C": what a user's unit history and the lineage links show.
    { name: 'title', type: 'text', label: label('reorg.record'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('lineage.kind'),
          options: lineageKinds.map((value) => ({ value, label: label(`lineage.${value}`) })),
        },
        dayField({
          name: 'effectiveDate',
          calendarDay: true,
          required: true,
          label: label('lineage.effectiveDate'),
        }),
        {
          name: 'origin',
          type: 'select',
          defaultValue: 'wizard',
          label: label('reorg.origin'),
          options: (['wizard', 'import', 'seed'] as const).map((value) => ({
            value,
            label: label(`reorg.origin.${value}`),
          })),
        },
      ],
    },
    {
      name: 'sources',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: label('reorg.sources'),
    },
    {
      name: 'targets',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: label('reorg.targets'),
    },
    {
      name: 'performedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('reorg.performedBy'),
    },
    // What moved, as the dry run listed it, in the language of whoever made the reorganisation.
    { name: 'summary', type: 'textarea', label: label('reorg.summary'), admin: { readOnly: true } },
  ],
}
