import type { CollectionConfig } from 'payload'

import { planWriters, withinSubtree } from '@/modules/campaigns/access'
import { hasRole, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { label } from '@/platform/i18n/messages'
import { recountAiringTallies, recountDeletedAiringTallies } from '@/modules/campaigns/collections/BroadcastItems/hooks/keepTallies'
import { checkAiring } from './hooks/checkAiring'

/** What the owning unit says about one airing: it went out (with evidence) or it did not. */
export const Airings: CollectionConfig = {
  slug: slugs.airings,
  labels: { singular: label('airings.singular'), plural: label('airings.plural') },
  defaultSort: '-occurrenceAt',
  admin: { group: label('group.campaigns'), defaultColumns: ['item', 'occurrenceAt', 'status', 'confirmedBy'] },
  access: {
    read: withinSubtree('ownerUnit', ['editor', 'reviewer', 'viewer', 'reporter']),
    create: ({ req }) => hasRole(req.user as RoleHolder, 'admin', 'editor', 'reporter'),
    update: withinSubtree('ownerUnit', ['editor', 'reporter']),
    delete: planWriters,
  },
  hooks: { beforeChange: [checkAiring], afterChange: [recountAiringTallies, invalidatesPublicCache.afterChange], afterDelete: [recountDeletedAiringTallies, invalidatesPublicCache.afterDelete] },
  fields: [
    { name: 'item', type: 'relationship', relationTo: slugs.broadcastItems, required: true, index: true, label: label('airing.item') },
    {
      type: 'row',
      fields: [
        { name: 'occurrenceAt', type: 'date', required: true, index: true, label: label('airing.occurrenceAt'), admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'confirmed',
          label: label('airing.status'),
          options: [
            { value: 'confirmed', label: label('item.confirmed') },
            { value: 'missed', label: label('item.missed') },
          ],
        },
        { name: 'airedAt', type: 'date', label: label('airing.airedAt'), admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
      ],
    },
    { name: 'evidence', type: 'upload', relationTo: slugs.media, hasMany: true, label: label('airing.evidence') },
    { name: 'evidenceLink', type: 'text', label: label('airing.evidenceLink') },
    { name: 'note', type: 'textarea', label: label('airing.note') },
    { name: 'confirmedBy', type: 'relationship', relationTo: slugs.users, label: label('airing.confirmedBy'), access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'ownerUnit', type: 'relationship', relationTo: slugs.units, index: true, admin: { position: 'sidebar', readOnly: true } },
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
