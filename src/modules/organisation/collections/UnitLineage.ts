import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '@/platform/access/predicates'
import { dayField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'

import { lineageKinds } from '@/modules/organisation/domain/lineage'
import { label } from '@/modules/organisation/i18n'

/**
 * Predecessor → successor, from an effective date, by merge, split, rename or move: how today's
 * units carry on the work (and the history) of units that closed. Written by reorganisations and by
 * the CSV import's predecessor column; admins may correct a link by hand.
 */
export const UnitLineage: CollectionConfig = {
  slug: slugs.unitLineage,
  labels: { singular: label('lineage.singular'), plural: label('lineage.plural') },
  defaultSort: '-effectiveDate',
  admin: {
    group: label('group.organisation'),
    defaultColumns: ['predecessor', 'successor', 'effectiveDate', 'kind'],
  },
  // The lineage of units is part of the (public) organisation chart for staff; admins keep it.
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'predecessor',
          type: 'relationship',
          relationTo: slugs.units,
          required: true,
          index: true,
          label: label('lineage.predecessor'),
        },
        {
          name: 'successor',
          type: 'relationship',
          relationTo: slugs.units,
          required: true,
          index: true,
          label: label('lineage.successor'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField({
          name: 'effectiveDate',
          calendarDay: true,
          required: true,
          label: label('lineage.effectiveDate'),
        }),
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('lineage.kind'),
          options: lineageKinds.map((value) => ({ value, label: label(`lineage.${value}`) })),
        },
      ],
    },
    {
      name: 'reorganisation',
      type: 'relationship',
      relationTo: slugs.unitReorganisations,
      label: label('lineage.reorganisation'),
      admin: { readOnly: true },
    },
  ],
}
