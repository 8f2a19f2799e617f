import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { Notification } from '@/payload-types'
import { nobody, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { notificationKinds } from '@/modules/messaging/domain/notifications'
import { label } from '@/modules/messaging/i18n'

/** Each person reads and marks read their own notifications, admins included. */
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/** Marking read stamps the server's time, whatever time the client sent. */
const stampReadAt: CollectionBeforeChangeHook<Notification> = ({ data, originalDoc }) => {
  if (data.readAt) data.readAt = originalDoc?.readAt ?? new Date().toISOString()
  return data
}

const fixed = { read: () => true, create: nobodyField, update: nobodyField }

/**
 * What the bell in the admin's header shows: one entry per workflow event and person (see
 * notify.ts), written by the system. `key` names the event and the recipient so the same event is
 * never recorded twice. The text is rendered in the reader's language from `kind` and `title`.
 */
export const Notifications: CollectionConfig = {
  slug: slugs.notifications,
  labels: { singular: label('notifications.singular'), plural: label('notifications.plural') },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    group: label('group.organisation'),
    defaultColumns: ['kind', 'title', 'unitName', 'createdAt', 'readAt'],
    listSearchableFields: ['title'],
  },
  access: { read: ownOnly, create: nobody, update: ownOnly, delete: nobody },
  hooks: { beforeChange: [stampReadAt] },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: label('notifications.recipient'),
      access: fixed,
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('notifications.kind'),
      options: notificationKinds.map((value) => ({
        value,
        label: label(`notification.kind.${value}`),
      })),
      access: fixed,
      admin: { readOnly: true },
    },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('notifications.key'),
      access: fixed,
      admin: { hidden: true },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('notifications.title'),
      access: fixed,
      admin: { readOnly: true },
    },
    {
      name: 'note',
      type: 'textarea',
      label: label('notifications.note'),
      access: fixed,
      admin: { readOnly: true },
    },
    {
      name: 'unitName',
      type: 'text',
      label: label('notifications.unitName'),
      access: fixed,
      admin: { readOnly: true },
    },
    {
      name: 'link',
      type: 'text',
      required: true,
      label: label('notifications.link'),
      access: fixed,
      admin: { readOnly: true },
    },
    dateTimeField({
      name: 'readAt',
      label: label('notifications.readAt'),
      index: true,
      admin: { position: 'sidebar' },
    }),
  ],
}
