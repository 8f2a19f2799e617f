import type { Field } from 'payload'

import { nobodyField } from '@/platform/access/predicates'
import { dateTimeField, dayField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { signerCapacities } from '@/modules/campaigns/domain/officialDocument'
import { label } from '@/modules/campaigns/i18n'

/** What the report says in words: the two free-text sections of the Decree 30 report. */
export const narrativeFields: Field[] = [
  { name: 'difficulties', type: 'textarea', label: label('report.difficulties') },
  { name: 'proposals', type: 'textarea', label: label('report.proposals') },
]

/**
 * How the report goes out as an official document: who signs it and for whom, the number the
 * register issued at submission, and the digitally signed copy kept as internal evidence.
 */
export const documentFields: Field[] = [
  {
    type: 'collapsible',
    label: label('report.document'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'signerCapacity',
            type: 'select',
            defaultValue: 'TM',
            label: label('report.signerCapacity'),
            options: signerCapacities.map((value) => ({
              value,
              label: label(`report.signer.${value}`),
            })),
          },
          {
            name: 'signerPosition',
            type: 'text',
            maxLength: 200,
            defaultValue: 'Chủ tịch',
            label: label('report.signerPosition'),
          },
          { name: 'signerName', type: 'text', maxLength: 200, label: label('report.signerName') },
        ],
      },
      {
        name: 'recipients',
        type: 'textarea',
        maxLength: 2000,
        defaultValue: 'UBND tỉnh\nSở Nội vụ',
        label: label('report.recipients'),
        admin: { description: label('report.recipients.description') },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'documentNumber',
            type: 'number',
            label: label('report.documentNumber'),
            admin: { readOnly: true },
            access: { create: nobodyField, update: nobodyField },
          },
          {
            name: 'documentVersion',
            type: 'number',
            label: label('report.documentVersion'),
            admin: { readOnly: true },
            access: { create: nobodyField, update: nobodyField },
          },
          dateTimeField({
            name: 'documentIssuedAt',
            label: label('report.documentIssuedAt'),
            admin: { readOnly: true },
            access: { create: nobodyField, update: nobodyField },
          }),
        ],
      },
    ],
  },
  {
    name: 'signedCopy',
    type: 'group',
    label: label('report.signedCopy'),
    fields: [
      {
        name: 'file',
        type: 'upload',
        relationTo: slugs.media,
        label: label('report.signedCopyFile'),
        filterOptions: { mimeType: { equals: 'application/pdf' } },
      },
      {
        type: 'row',
        fields: [
          { name: 'number', type: 'text', maxLength: 100, label: label('report.signedNumber') },
          dayField({ name: 'date', label: label('report.signedDate') }),
        ],
      },
    ],
  },
]
