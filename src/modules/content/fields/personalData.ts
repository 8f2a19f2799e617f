import type { Field } from 'payload'

import { nobodyField } from '@/platform/access/predicates'
import { moderatorsField } from '@/modules/content/access'
import { label } from '@/modules/content/i18n'

/** Contact details: read only by the staff who answer and moderate (need to know). */
export const contactReadAccess = { read: moderatorsField } as const

/**
 * The two separate consent boxes of a public submission, as the person ticked them (both unticked
 * by default). Only the staff who handle the submission read them; nobody changes them afterwards
 * (a withdrawal is recorded by the system).
 */
export const consentFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'consentProcessing',
        type: 'checkbox',
        defaultValue: false,
        label: label('consent.processing'),
        access: { read: moderatorsField, update: nobodyField },
        admin: { readOnly: true },
      },
      {
        name: 'consentPublish',
        type: 'checkbox',
        defaultValue: false,
        label: label('consent.publish'),
        access: { read: moderatorsField, update: nobodyField },
        admin: { readOnly: true },
      },
    ],
  },
]

/** The staff member's confirmation that a text about to be published carries nothing personal. */
export const personalDataCheckedField = (): Field => ({
  name: 'personalDataChecked',
  type: 'checkbox',
  defaultValue: false,
  label: label('personalData.checked'),
  access: { read: moderatorsField, create: moderatorsField, update: moderatorsField },
  admin: { position: 'sidebar', description: label('personalData.checked.description') },
})
