import type { CollectionConfig } from 'payload'

import { isStaff } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation'
import { planWriters } from '@/modules/campaigns/access'
import { broadcastChannels } from '@/modules/campaigns/domain/vocabulary'
import { label } from '@/modules/campaigns/i18n'

/** Where outreach airs or prints: the provincial radio-TV station, newspapers, commune stations. */
export const Outlets: CollectionConfig = {
  slug: slugs.outlets,
  labels: { singular: label('outlets.singular'), plural: label('outlets.plural') },
  admin: {
    useAsTitle: 'name',
    group: label('group.campaigns'),
    defaultColumns: ['name', 'kind', 'unit', 'channels'],
  },
  access: {
    read: isStaff,
    create: planWriters,
    // Editors keep the outlets of their own subtree; another district's are theirs.
    update: scopedByUnit('unit', ['editor']),
    delete: scopedByUnit('unit', ['editor']),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('outlet.name') },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('outlet.kind'),
          options: (['radioTv', 'newspaper', 'communeStation', 'portal', 'other'] as const).map(
            (value) => ({ value, label: label(`outlet.kind.${value}`) }),
          ),
        },
        {
          name: 'channels',
          type: 'select',
          hasMany: true,
          required: true,
          label: label('outlet.channels'),
          options: broadcastChannels.map((value) => ({ value, label: label(`channel.${value}`) })),
        },
      ],
    },
    ownerUnitField({ label: label('outlet.owner'), required: true }),
    {
      name: 'reminderLeadHours',
      type: 'number',
      defaultValue: 24,
      min: 0,
      max: 720,
      label: label('outlet.leadHours'),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('outlet.active'),
      admin: { position: 'sidebar' },
    },
    {
      // Set by a reorganisation: the former unit's record this one carries on (its history stays there).
      name: 'continues',
      type: 'relationship',
      relationTo: slugs.outlets,
      label: label('outlet.continues'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('outlet.continues.description'),
      },
    },
  ],
}
