import type { CollectionConfig, FieldHook } from 'payload'

import type { PersonalDataBreach } from '@/payload-types'
import { isAdmin } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { formatDateTime } from '@/platform/time'
import { breachStatuses, deadlineState } from '@/modules/content/domain/breach'
import { label, translate } from '@/modules/content/i18n'

import { breachNoticeEndpoint } from './endpoints/notice'
import {
  auditBreach,
  auditBreachDeletion,
  checkBreach,
  queueRegistrationMails,
} from './hooks/breachHooks'

/** "05/03/2026 14:30 (còn 20 giờ)": the deadline and where the breach stands, in the reader's language. */
const readDeadlineStatus: FieldHook<PersonalDataBreach> = ({ data, req }) => {
  if (!data?.discoveredAt) return null
  const language = languageOf(req.i18n?.language)
  const state = deadlineState(
    { discoveredAt: data.discoveredAt, notifiedAt: data.notifiedAt },
    new Date(),
  )
  const deadline = formatDateTime(state.deadline, language)
  if (state.kind === 'notified')
    return translate(
      language,
      state.late ? 'breach.deadline.notifiedLate' : 'breach.deadline.notifiedOnTime',
      { deadline },
    )
  if (state.kind === 'overdue')
    return translate(language, 'breach.deadline.overdue', { deadline, hours: state.hoursOverdue })
  return translate(language, 'breach.deadline.open', { deadline, hours: state.hoursLeft })
}

/**
 * The register of personal-data breaches (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): admins record
 * each breach, see the 72-hour deadline to notify the authority (A05, Ministry of Public Security),
 * download the notification filled from the record, and are mailed when it is registered, when 24
 * hours remain and when the deadline passed unnotified. Admins only; every change is audited.
 */
export const PersonalDataBreaches: CollectionConfig = {
  slug: slugs.personalDataBreaches,
  labels: { singular: label('breaches.singular'), plural: label('breaches.plural') },
  defaultSort: '-discoveredAt',
  admin: {
    useAsTitle: 'title',
    group: label('group.engagement'),
    defaultColumns: ['title', 'discoveredAt', 'deadlineStatus', 'status', 'notifiedAt'],
    components: {
      edit: {
        beforeDocumentControls: [
          '/src/modules/content/collections/PersonalDataBreaches/components/NoticeDownload#NoticeDownload',
        ],
      },
    },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [breachNoticeEndpoint],
  hooks: {
    beforeChange: [checkBreach],
    afterChange: [auditBreach, queueRegistrationMails],
    afterDelete: [auditBreachDeletion],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('breach.title') },
    dateTimeField({
      name: 'discoveredAt',
      required: true,
      index: true,
      label: label('breach.discoveredAt'),
      admin: { description: label('breach.discoveredAt.description') },
    }),
    dateTimeField({ name: 'occurredAt', label: label('breach.occurredAt') }),
    {
      name: 'deadlineStatus',
      type: 'text',
      virtual: true,
      label: label('breach.deadline'),
      // Computed on read: nothing to filter or bulk-edit (the stored discoveredAt sorts the list).
      admin: { readOnly: true, disableListFilter: true, disableBulkEdit: true },
      hooks: { afterRead: [readDeadlineStatus] },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 10_000,
      label: label('breach.description'),
    },
    {
      name: 'dataCategories',
      type: 'textarea',
      maxLength: 2_000,
      label: label('breach.dataCategories'),
    },
    {
      name: 'affectedPeople',
      type: 'number',
      min: 0,
      max: 1_000_000_000,
      label: label('breach.affectedPeople'),
    },
    {
      name: 'consequences',
      type: 'textarea',
      maxLength: 10_000,
      label: label('breach.consequences'),
    },
    { name: 'measures', type: 'textarea', maxLength: 10_000, label: label('breach.measures') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'discovered',
      index: true,
      label: label('breach.status'),
      options: breachStatuses.map((value) => ({ value, label: label(`breach.status.${value}`) })),
      admin: { position: 'sidebar' },
    },
    dateTimeField({
      name: 'notifiedAt',
      label: label('breach.notifiedAt'),
      admin: { position: 'sidebar', description: label('breach.notifiedAt.description') },
    }),
    {
      name: 'lateReason',
      type: 'textarea',
      maxLength: 5_000,
      label: label('breach.lateReason'),
    },
    {
      name: 'subjectsInformed',
      type: 'checkbox',
      defaultValue: false,
      label: label('breach.subjectsInformed'),
    },
    {
      name: 'subjectsInformedNote',
      type: 'textarea',
      maxLength: 2_000,
      label: label('breach.subjectsInformedNote'),
    },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', maxLength: 200, label: label('breach.contactName') },
        {
          name: 'contactPosition',
          type: 'text',
          maxLength: 200,
          label: label('breach.contactPosition'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'contactPhone', type: 'text', maxLength: 30, label: label('breach.contactPhone') },
        { name: 'contactEmail', type: 'email', label: label('breach.contactEmail') },
      ],
    },
    {
      name: 'reportingUnit',
      type: 'relationship',
      relationTo: slugs.units,
      label: label('breach.reportingUnit'),
      admin: { position: 'sidebar', description: label('breach.reportingUnit.description') },
    },
  ],
}
