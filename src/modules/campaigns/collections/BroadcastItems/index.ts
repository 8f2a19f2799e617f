import type { CollectionConfig, Endpoint } from 'payload'

import { dateTimeField, dayField } from '@/platform/fields/dateTime'
import { requireRole, requireUser, routeParam, searchParams } from '@/platform/http'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation'
import { broadcastWriters, campaignReaders } from '@/modules/campaigns/access'
import { broadcastChannels } from '@/modules/campaigns/domain/vocabulary'
import { label } from '@/modules/campaigns/i18n'

import { recountDeletedItemTallies, recountItemTallies } from './hooks/keepTallies'
import { prepareItem } from './hooks/prepareItem'
import { readSchedule, renameAirings } from './hooks/scheduleWords'
import { confirmWeek, listDue, sayOccurrence } from './due'
import { listOccurrences } from './occurrences'

/** `GET /api/broadcast-items/:id/occurrences?period=2026-Q3`: each airing of the item, with what its unit said. */
const occurrencesEndpoint: Endpoint = {
  path: '/:id/occurrences',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return Response.json(
      await listOccurrences(req, routeParam(req, 'id'), searchParams(req).get('period')),
    )
  },
}

/**
 * `POST /api/broadcast-items/:id/confirm`: the owning unit says what happened to one airing (JSON,
 * or a form with an evidence `file`); see `sayOccurrence`.
 */
const confirmEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const airing = await sayOccurrence(req, routeParam(req, 'id'))
    return Response.json({ doc: airing }, { status: 201 })
  },
}

/** `GET /api/broadcast-items/due?range=today|week`: the airings to confirm, with what was said. */
const dueEndpoint: Endpoint = {
  path: '/due',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return Response.json(await listDue(req, searchParams(req).get('range')))
  },
}

/** `POST /api/broadcast-items/confirm-week`: every aired, unconfirmed airing of this week at once. */
const confirmWeekEndpoint: Endpoint = {
  path: '/confirm-week',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin', ...broadcastWriters)
    return Response.json(await confirmWeek(req))
  },
}

const recurrenceOptions = [
  'none',
  'weeklyMonday',
  'weekdays',
  'daily',
  'firstOfMonth',
  'custom',
] as const

/**
 * A radio/TV/press item on the schedule: one airing or a regular segment ("every Monday 06:30"),
 * on an outlet, serving a plan's indicator. Units confirm each airing; unconfirmed ones count as missed.
 */
export const BroadcastItems: CollectionConfig = {
  slug: slugs.broadcastItems,
  labels: { singular: label('items.singular'), plural: label('items.plural') },
  defaultSort: '-start',
  admin: {
    useAsTitle: 'title',
    group: label('group.campaigns'),
    defaultColumns: ['title', 'schedule', 'channel', 'outlet'],
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
    beforeChange: [prepareItem],
    afterChange: [recountItemTallies, renameAirings],
    afterDelete: [recountDeletedItemTallies],
  },
  endpoints: [dueEndpoint, confirmWeekEndpoint, occurrencesEndpoint, confirmEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: label('item.title') },
    {
      type: 'row',
      fields: [
        {
          name: 'outlet',
          type: 'relationship',
          relationTo: slugs.outlets,
          required: true,
          label: label('item.outlet'),
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          label: label('item.channel'),
          options: broadcastChannels.map((value) => ({ value, label: label(`channel.${value}`) })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dateTimeField({ name: 'start', required: true, index: true, label: label('item.start') }),
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          defaultValue: 15,
          min: 1,
          max: 600,
          label: label('item.duration'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'recurrence',
          type: 'select',
          defaultValue: 'none',
          label: label('item.recurrence'),
          options: recurrenceOptions.map((value) => ({
            value,
            label: label(`item.recurrence.${value}`),
          })),
        },
        dayField({
          name: 'repeatUntil',
          label: label('item.until'),
          admin: { condition: (_, s) => s?.recurrence && s.recurrence !== 'none' },
        }),
      ],
    },
    {
      name: 'customRule',
      type: 'text',
      label: label('item.customRule'),
      admin: {
        description: label('item.customRule.description'),
        condition: (_, s) => s?.recurrence === 'custom',
      },
    },
    { name: 'rrule', type: 'text', admin: { hidden: true } },
    {
      name: 'schedule',
      type: 'text',
      virtual: true,
      label: label('item.schedule'),
      // Said from start, rule and end on read: nothing to filter or bulk-edit.
      admin: { readOnly: true, disableListFilter: true, disableBulkEdit: true },
      hooks: { afterRead: [readSchedule] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plan',
          type: 'relationship',
          relationTo: slugs.campaignPlans,
          label: label('item.plan'),
        },
        {
          name: 'indicator',
          type: 'relationship',
          relationTo: slugs.targetIndicators,
          label: label('item.indicator'),
        },
      ],
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: slugs.articles,
      label: label('item.article'),
    },
    { name: 'script', type: 'textarea', label: label('item.script') },
    // The outlet's owner, kept by prepareItem: who confirms its airings and who may see it.
    ownerUnitField({ label: label('outlet.owner'), derived: true }),
    {
      name: 'occurrencesPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field:
            '/src/modules/campaigns/collections/BroadcastItems/components/OccurrencesPanel#OccurrencesPanel',
        },
      },
    },
  ],
}
