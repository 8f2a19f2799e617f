import type { GlobalBeforeChangeHook, GlobalConfig, Payload, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { anyone, isAdmin, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { globalSlugs } from '@/platform/slugs'
import {
  defaultPrivacyNotice,
  nextNoticeVersion,
  noticeInForce,
  type PrivacyNoticeText,
} from '@/modules/content/domain/privacyNotice'
import { label } from '@/modules/content/i18n'

/** Every save is a new version in force from now: a consent names the version its giver read. */
const bumpVersion: GlobalBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  version: nextNoticeVersion((originalDoc as { version?: number } | undefined)?.version),
  publishedAt: new Date().toISOString(),
})

/**
 * The privacy notice (Vietnamese and English) citizens read at /privacy and through the API
 * (`GET /api/globals/privacy-notice`) before they consent. Admins edit it; everyone reads it.
 */
export const PrivacyNotice: GlobalConfig = {
  slug: globalSlugs.privacyNotice,
  label: label('privacyNotice.label'),
  admin: { group: label('group.engagement') },
  access: { read: anyone, update: isAdmin },
  hooks: { beforeChange: [bumpVersion] },
  fields: [
    {
      name: 'version',
      type: 'number',
      label: label('privacyNotice.version'),
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('privacyNotice.version.description'),
      },
    },
    dateTimeField({
      name: 'publishedAt',
      label: label('privacyNotice.publishedAt'),
      access: { update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    }),
    {
      name: 'textVi',
      type: 'textarea',
      required: true,
      maxLength: 20000,
      defaultValue: defaultPrivacyNotice.vi,
      label: label('privacyNotice.textVi'),
    },
    {
      name: 'textEn',
      type: 'textarea',
      maxLength: 20000,
      defaultValue: defaultPrivacyNotice.en,
      label: label('privacyNotice.textEn'),
    },
  ],
}

/** The notice in force now. SYSTEM read: the notice is public, and callers need it without a user. */
export const currentPrivacyNotice = async (
  source: Payload | PayloadRequest,
): Promise<PrivacyNoticeText> => {
  const stored = await asSystem(source)
    .findGlobal({ slug: globalSlugs.privacyNotice, depth: 0 })
    .catch(() => null)
  return noticeInForce(stored)
}
