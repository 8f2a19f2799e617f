import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/platform/access/isAdmin'
import { slugs } from '@/platform/slugs'
import { label, languages, type MessageKey } from '@/platform/i18n/messages'
import { templateNames } from '@/modules/messaging/templates'
import { outboxStates } from '@/modules/messaging/states'
import { cancelEndpoint, retryEndpoint } from './endpoints/actions'

const readOnly = { readOnly: true } as const

/**
 * Every notification, stored before it is sent: who gets what, in which state, after how many
 * attempts and with which error. `key` names the event ("reminder:item:12:2026-11-23T23:30:00.000Z:24h:
 * a@b.vn") so the same event is never queued twice; sending is claimed in `outbox-claims`.
 * Admins see it, send failed or held messages again, or cancel unsent ones.
 */
export const Outbox: CollectionConfig = {
  slug: slugs.outbox,
  labels: { singular: label('outbox.singular'), plural: label('outbox.plural') },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'subject',
    group: label('group.organisation'),
    defaultColumns: ['subject', 'to', 'template', 'state', 'attempts', 'nextAttemptAt', 'sentAt'],
    listSearchableFields: ['subject', 'to', 'key'],
  },
  // Written by the system only (enqueue and delivery use the Local API as the system); admins act
  // through the retry and cancel endpoints, which check the state first.
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  endpoints: [retryEndpoint, cancelEndpoint],
  fields: [
    { name: 'subject', type: 'text', label: label('outbox.subject'), admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'to', type: 'text', required: true, index: true, label: label('outbox.to'), admin: readOnly },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'email',
          label: label('outbox.channel'),
          options: (['email', 'webhook'] as const).map((value) => ({ value, label: label(`outbox.channel.${value}`) })),
          admin: readOnly,
        },
        { name: 'template', type: 'select', required: true, label: label('outbox.template'), options: [...templateNames, 'webhookEvent'].map((value) => ({ value, label: label(`outbox.template.${value}` as MessageKey) })), admin: readOnly },
        { name: 'language', type: 'select', defaultValue: 'vi', label: label('outbox.language'), options: languages.map((value) => ({ value, label: value === 'vi' ? 'Tiếng Việt' : 'English' })), admin: readOnly },
      ],
    },
    { name: 'data', type: 'json', label: label('outbox.data'), admin: readOnly },
    { name: 'unit', type: 'relationship', relationTo: slugs.units, index: true, label: label('outbox.unit'), admin: readOnly },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('outbox.state'),
      options: outboxStates.map((value) => ({ value, label: label(`outbox.state.${value}`) })),
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('outbox.attempts'), admin: { position: 'sidebar', readOnly: true } },
    { name: 'nextAttemptAt', type: 'date', index: true, label: label('outbox.nextAttemptAt'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'leaseUntil', type: 'date', label: label('outbox.leaseUntil'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'sentAt', type: 'date', label: label('outbox.sentAt'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'lastError', type: 'textarea', label: label('outbox.lastError'), admin: readOnly },
    { name: 'key', type: 'text', required: true, unique: true, label: label('outbox.key'), admin: readOnly },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/modules/messaging/collections/Outbox/components/OutboxActions#OutboxActions' } },
    },
  ],
}
