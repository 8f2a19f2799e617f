import type { CollectionConfig } from 'payload'

import { planWriters } from '@/modules/campaigns/access'
import { isStaffUser, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { broadcastChannels } from '@/modules/campaigns/domain/vocabulary'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { label } from '@/platform/i18n/messages'

/** Where outreach airs or prints: the provincial radio-TV station, newspapers, commune stations. */
export const Outlets: CollectionConfig = {
  slug: slugs.outlets,
  labels: { singular: label('outlets.singular'), plural: label('outlets.plural') },
  admin: { useAsTitle: 'name', group: label('group.campaigns'), defaultColumns: ['name', 'kind', 'ownerUnit', 'channels'] },
  access: { read: ({ req }) => isStaffUser(req.user as RoleHolder), create: planWriters, update: planWriters, delete: planWriters },
  hooks: { afterChange: [invalidatesPublicCache.afterChange], afterDelete: [invalidatesPublicCache.afterDelete] },
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
          options: (['radioTv', 'newspaper', 'communeStation', 'portal', 'other'] as const).map((value) => ({ value, label: label(`outlet.kind.${value}`) })),
        },
        { name: 'channels', type: 'select', hasMany: true, required: true, label: label('outlet.channels'), options: broadcastChannels.map((value) => ({ value, label: label(`channel.${value}`) })) },
      ],
    },
    { name: 'ownerUnit', type: 'relationship', relationTo: slugs.units, required: true, index: true, label: label('outlet.owner') },
    { name: 'reminderLeadHours', type: 'number', defaultValue: 24, min: 0, max: 720, label: label('outlet.leadHours') },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('unit.active'), admin: { position: 'sidebar' } },
  ],
}
