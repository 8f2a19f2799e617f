import type { Plugin, SelectField } from 'payload'

import { slugs } from '@/platform/slugs'
import { notificationKinds } from '@/modules/messaging/domain/notifications'
import { label } from '@/modules/messaging/i18n'

/**
 * Each person's opt-outs, on their own account: the kinds of workflow notification they do not want
 * (neither mail nor bell). Messaging owns the kinds, so it adds the field to the users collection
 * (organisation knows nothing of them); the users' own access rules (self or admin) guard it.
 */
export const notificationsOffField: SelectField = {
  name: 'notificationsOff',
  type: 'select',
  hasMany: true,
  label: label('notifications.optOut'),
  options: notificationKinds.map((value) => ({
    value,
    label: label(`notification.kind.${value}`),
  })),
  admin: { description: label('notifications.optOut.description') },
}

export const notificationOptOuts: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === slugs.users
      ? { ...collection, fields: [...collection.fields, notificationsOffField] }
      : collection,
  ),
})
