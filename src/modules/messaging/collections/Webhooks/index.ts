import { randomBytes } from 'node:crypto'
import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { webhookEventTypes } from '@/modules/messaging/domain/webhookEvents'
import { targetProblem } from '@/platform/net/publicAddress'
import { isValidHttpUrl } from '@/platform/text/url'
import { label, t } from '@/modules/messaging/i18n'

import { auditWebhookChange, auditWebhookDelete } from './hooks/auditWebhooks'

/**
 * A portal's subscription: on publish, update or unpublish of articles or FAQs the platform POSTs a
 * signed JSON event to `url` through the outbox (retried, once per event), so the portal refreshes
 * its cache. Registered by the province's admins (a URL the server calls is not for anyone to set).
 */
export const Webhooks: CollectionConfig = {
  slug: slugs.webhooks,
  labels: { singular: label('webhooks.singular'), plural: label('webhooks.plural') },
  admin: {
    useAsTitle: 'name',
    group: label('group.organisation'),
    defaultColumns: ['name', 'url', 'collections', 'events', 'active'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [
      ({ data }) => {
        // A secret is made for the portal unless one was given; it is shown to admins to pass on.
        if (!data.secret) data.secret = randomBytes(32).toString('hex')
        return data
      },
    ],
    afterChange: [auditWebhookChange],
    afterDelete: [auditWebhookDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('webhooks.name') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: label('webhooks.url'),
      validate: async (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
        if (!value || !isValidHttpUrl(value)) return t(req, 'unit.urlInvalid', { url: value ?? '' })
        // Loopback, private, link-local and metadata addresses are refused (WEBHOOK_ALLOW_PRIVATE
        // lifts it); the sender checks again after resolving the name, when it connects.
        if (await targetProblem(value)) return t(req, 'webhooks.privateAddress', { url: value })
        return true
      },
    },
    {
      name: 'secret',
      type: 'text',
      label: label('webhooks.secret'),
      admin: { description: label('webhooks.secret.description') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'collections',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: [slugs.articles, slugs.faqs],
          label: label('webhooks.collections'),
          options: [
            { value: slugs.articles, label: label('webhooks.collection.articles') },
            { value: slugs.faqs, label: label('webhooks.collection.faqs') },
          ],
        },
        {
          name: 'events',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: webhookEventTypes,
          label: label('webhooks.events'),
          options: webhookEventTypes.map((value) => ({
            value,
            label: label(`webhooks.event.${value}`),
          })),
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('unit.active'),
      admin: { position: 'sidebar' },
    },
  ],
}
