import type { Access, CollectionConfig, Where } from 'payload'

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
import { undoableSince } from '@/modules/campaigns/domain/dueAirings'

import { checkAiring } from './hooks/checkAiring'

const editorsInScope = scopedByUnit('unit', ['editor'])
const reportersInScope = scopedByUnit('unit', ['reporter'])

/**
 * Editors delete within their subtree; a reporter may take back ("Hoàn tác") only what they said
 * themselves today, on the province's clock.
 */
const deleteAiring: Access = async (args) => {
  const editors = await editorsInScope(args)
  if (editors !== false) return editors
  const scope = await reportersInScope(args)
  if (scope === false || !args.req.user) return false
  const own: Where[] = [
    { confirmedBy: { equals: args.req.user.id } },
    { createdAt: { greater_than_equal: undoableSince(new Date()).toISOString() } },
  ]
  return { and: scope === true ? own : [scope, ...own] }
}

/** What the owning unit says about one airing: it went out (with evidence) or it did not. */
export const Airings: CollectionConfig = {
  slug: slugs.airings,
  labels: { singular: label('airings.singular'), plural: label('airings.plural') },
  defaultSort: '-occurrenceAt',
  admin: {
    // "Chuyên mục CCHC – 07/10/2026 06:30": what people search and pick airings by.
    useAsTitle: 'title',
    group: label('group.campaigns'),
    defaultColumns: ['title', 'status', 'confirmedBy', 'unit'],
  },
  access: {
    read: scopedByUnit('unit', campaignReaders),
    create: ({ req }) => hasRole(req.user, 'admin', ...broadcastWriters),
    update: scopedByUnit('unit', broadcastWriters),
    // Only inside the caller's subtree, like every other write (an editor elsewhere got 404 reading
    // a row they could delete).
    delete: deleteAiring,
  },
  hooks: {
    beforeChange: [checkAiring, keepEvidenceInternal('evidence')],
    afterChange: [recountAiringTallies],
    afterDelete: [recountDeletedAiringTallies],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      index: true,
      label: label('airing.title'),
      // Kept by checkAiring from the item's title and the airing's time.
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
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
