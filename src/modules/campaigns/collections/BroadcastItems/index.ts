import type { CollectionConfig, Endpoint } from 'payload'

import { planWriters, withinSubtree } from '@/modules/campaigns/access'
import { hasRole, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { broadcastChannels } from '@/modules/campaigns/domain/vocabulary'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { normaliseDate } from '@/platform/fields/isoDate'
import { label } from '@/platform/i18n/messages'
import { t } from '@/platform/i18n/request'
import { recountDeletedItemTallies, recountItemTallies } from './hooks/keepTallies'
import { prepareItem } from './hooks/prepareItem'
import { confirmOccurrence, listOccurrences } from './occurrences'

const occurrencesEndpoint: Endpoint = {
  path: '/:id/occurrences',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: t(req, 'error.unauthenticated') }, { status: 401 })
    const period = new URL(req.url ?? 'http://x').searchParams.get('period')
    return Response.json(await listOccurrences(req, req.routeParams?.id as string, period))
  },
}

const confirmEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: t(req, 'error.unauthenticated') }, { status: 401 })
    const body = (req.json ? await req.json() : {}) as Record<string, string>
    const airing = await confirmOccurrence(req, req.routeParams?.id as string, body)
    return Response.json({ doc: airing }, { status: 201 })
  },
}

const recurrenceOptions = ['none', 'weeklyMonday', 'weekdays', 'daily', 'firstOfMonth', 'custom'] as const

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
    defaultColumns: ['title', 'channel', 'outlet', 'start', 'recurrence'],
  },
  access: {
    read: withinSubtree('ownerUnit', ['editor', 'reviewer', 'viewer', 'reporter']),
    create: ({ req }) => hasRole(req.user as RoleHolder, 'admin', 'editor', 'reporter'),
    update: withinSubtree('ownerUnit', ['editor', 'reporter']),
    delete: planWriters,
  },
  hooks: { beforeChange: [prepareItem], afterChange: [recountItemTallies, invalidatesPublicCache.afterChange], afterDelete: [recountDeletedItemTallies, invalidatesPublicCache.afterDelete] },
  endpoints: [occurrencesEndpoint, confirmEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: label('item.title') },
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'relationship', relationTo: slugs.outlets, required: true, label: label('item.outlet') },
        { name: 'channel', type: 'select', required: true, label: label('item.channel'), options: broadcastChannels.map((value) => ({ value, label: label(`channel.${value}`) })) },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          hooks: { beforeChange: [normaliseDate] },
          label: label('item.start'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } },
        },
        { name: 'durationMinutes', type: 'number', required: true, defaultValue: 15, min: 1, max: 600, label: label('item.duration') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'recurrence', type: 'select', defaultValue: 'none', label: label('item.recurrence'), options: recurrenceOptions.map((value) => ({ value, label: label(`item.recurrence.${value}`) })) },
        { name: 'repeatUntil', type: 'date', hooks: { beforeChange: [normaliseDate] }, label: label('item.until'), admin: { date: { displayFormat: 'dd/MM/yyyy' }, condition: (_, s) => s?.recurrence && s.recurrence !== 'none' } },
      ],
    },
    { name: 'customRule', type: 'text', label: label('item.customRule'), admin: { description: label('item.customRule.description'), condition: (_, s) => s?.recurrence === 'custom' } },
    { name: 'rrule', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'plan', type: 'relationship', relationTo: slugs.campaignPlans, label: label('item.plan') },
        { name: 'indicator', type: 'relationship', relationTo: slugs.targetIndicators, label: label('item.indicator') },
      ],
    },
    { name: 'article', type: 'relationship', relationTo: slugs.articles, label: label('item.article') },
    { name: 'script', type: 'textarea', label: label('item.script') },
    { name: 'ownerUnit', type: 'relationship', relationTo: slugs.units, index: true, label: label('outlet.owner'), admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'occurrencesPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/modules/campaigns/collections/BroadcastItems/components/OccurrencesPanel#OccurrencesPanel' } },
    },
  ],
}
