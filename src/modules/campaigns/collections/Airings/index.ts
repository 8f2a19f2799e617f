import type { CollectionConfig } from 'payload'

import { nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { idFromQuery, instantFromQuery } from '@/platform/fields/prefill'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation'
import { broadcastWriters, campaignReaders } from '@/modules/campaigns/access'
import {
  recountAiringTallies,
  recountDeletedAiringTallies,
} from '@/modules/campaigns/collections/BroadcastItems/hooks/keepTallies'
import { label } from '@/modules/campaigns/i18n'
import { keepEvidenceInternal } from '@/modules/campaigns/hooks/keepEvidenceInternal'

import { checkAiring } from './hooks/checkAiring'

/** What the owning unit says about one airing: it went out (with evidence) or it did not. */
export const Airings: CollectionConfig = {
  slug: slugs.airings,
  labels: { singular: label('airings.singular'), plural: label('airings.plural') },
  defaultSort: '-occurrenceAt',
  admin: {
    group: label('group.campaigns'),
    defaultColumns: ['item', 'occurrenceAt', 'status', 'confirmedBy'],
  },
  access: {
    read: scopedByUnit('unit', campaignReaders),
    create: ({ req }) => hasRole(req.user, 'admin', ...broadcastWriters),
    update: scopedByUnit('unit', broadcastWriters),
    // Only inside the caller's subtree, like every other write (an editor elsewhere got 404 reading
    // a row they could delete).
    delete: scopedByUnit('unit', ['editor']),
  },
  hooks: {
    beforeChange: [checkAiring, keepEvidenceInternal('evidence')],
    afterChange: [recountAiringTallies],
    afterDelete: [recountDeletedAiringTallies],
  },
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: slugs.broadcastItems,
      required: true,
      index: true,
      label: label('airing.item'),
      // The calendar links an unconfirmed airing to this form with its item and time filled in.
      defaultValue: idFromQuery('item'),
    },
    {
      type: 'row',
      fields: [
        dateTimeField({
          name: 'occurrenceAt',
          required: true,
          index: true,
          label: label('airing.occurrenceAt'),
          defaultValue: instantFromQuery('occurrenceAt'),
        }),
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
        dateTimeField({
          name: 'airedAt',
          label: label('airing.airedAt'),
          defaultValue: instantFromQuery('occurrenceAt'),
        }),
      ],
    },
    {
      name: 'evidence',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('airing.evidence'),
    },
    { name: 'evidenceLink', type: 'text', label: label('airing.evidenceLink') },
    { name: 'note', type: 'textarea', label: label('airing.note') },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('airing.confirmedBy'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    // The item's unit, kept by checkAiring: who may see and change the confirmation.
    ownerUnitField({ label: label('outlet.owner'), derived: true }),
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
