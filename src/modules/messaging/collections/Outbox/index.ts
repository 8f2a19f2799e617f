import type { CollectionConfig, Plugin, SelectField } from 'payload'

import { isAdmin, nobody } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { languageNames, languages } from '@/platform/i18n/catalog'
import { appExtensions } from '@/platform/module'
import { slugs } from '@/platform/slugs'
import { label } from '@/modules/messaging/i18n'
import { WEBHOOK_TEMPLATE } from '@/modules/messaging/outbox'
import { outboxStates } from '@/modules/messaging/states'

import { cancelEndpoint, retryEndpoint } from './endpoints/actions'
import { previewEndpoint } from './endpoints/preview'

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
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [retryEndpoint, cancelEndpoint, previewEndpoint],
  fields: [
    { name: 'subject', type: 'text', label: label('outbox.subject'), admin: readOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'to',
          type: 'text',
          required: true,
          index: true,
          label: label('outbox.to'),
          admin: readOnly,
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'email',
          label: label('outbox.channel'),
          options: (['email', 'webhook'] as const).map((value) => ({
            value,
            label: label(`outbox.channel.${value}`),
          })),
          admin: readOnly,
        },
        // Options come from the registered mail templates (see `outboxTemplateOptions`).
        {
          name: 'template',
          type: 'select',
          required: true,
          label: label('outbox.template'),
          options: [{ value: WEBHOOK_TEMPLATE, label: label('outbox.template.webhookEvent') }],
          admin: readOnly,
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'vi',
          label: label('outbox.language'),
          options: languages.map((value) => ({ value, label: languageNames[value] })),
          admin: readOnly,
        },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      admin: {
        components: {
          Field: '/src/modules/messaging/collections/Outbox/components/OutboxPreview#OutboxPreview',
        },
      },
    },
    { name: 'data', type: 'json', label: label('outbox.data'), admin: readOnly },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      index: true,
      label: label('outbox.unit'),
      admin: readOnly,
    },
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
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('outbox.attempts'),
      admin: { position: 'sidebar', readOnly: true },
    },
    dateTimeField({
      name: 'nextAttemptAt',
      index: true,
      label: label('outbox.nextAttemptAt'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' },
      },
    }),
    dateTimeField({
      name: 'leaseUntil',
      label: label('outbox.leaseUntil'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' },
      },
    }),
    dateTimeField({
      name: 'sentAt',
      label: label('outbox.sentAt'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' },
      },
    }),
    { name: 'lastError', type: 'textarea', label: label('outbox.lastError'), admin: readOnly },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: label('outbox.key'),
      admin: readOnly,
    },
    {
      name: 'actions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/src/modules/messaging/collections/Outbox/components/OutboxActions#OutboxActions',
        },
      },
    },
  ],
}

/**
 * Names every registered mail template in the outbox's `template` field, in the admin's language:
 * templates belong to the modules that send them, and the assembly lists them in `config.custom`.
 */
export const outboxTemplateOptions: Plugin = (config) => {
  const templates = appExtensions({ config }).mailTemplates
  const outbox = config.collections?.find((collection) => collection.slug === slugs.outbox)
  const field = outbox?.fields
    .flatMap((f) => ('fields' in f && f.type === 'row' ? f.fields : [f]))
    .find((f): f is SelectField => 'name' in f && f.name === 'template' && f.type === 'select')
  if (field)
    field.options = [
      ...templates.map((template) => ({ value: template.name, label: template.label })),
      ...field.options,
    ]
  return config
}
