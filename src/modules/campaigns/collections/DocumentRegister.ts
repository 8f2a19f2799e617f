import type { CollectionConfig } from 'payload'

import { nobody } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation'
import { campaignReaders } from '@/modules/campaigns/access'
import { label } from '@/modules/campaigns/i18n'

/**
 * The outgoing-document register (sổ đăng ký văn bản đi): one row per number issued, and per
 * version of it. Only the app writes it (when a report is submitted, and when someone who may issue
 * for the province downloads its consolidated report), and nobody deletes a row, so a number is
 * never issued twice.
 */
export const DocumentRegister: CollectionConfig = {
  slug: slugs.documentRegister,
  labels: { singular: label('register.singular'), plural: label('register.plural') },
  defaultSort: '-issuedAt',
  admin: {
    group: label('group.campaigns'),
    defaultColumns: ['number', 'symbol', 'version', 'unit', 'subject', 'issuedAt'],
  },
  access: {
    read: scopedByUnit('unit', campaignReaders),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { ...ownerUnitField({ label: label('register.unit'), required: true }), admin: {} },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label('register.year'),
        },
        { name: 'number', type: 'number', required: true, min: 1, label: label('register.number') },
        {
          name: 'version',
          type: 'number',
          required: true,
          min: 1,
          label: label('register.version'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'text', required: true, label: label('register.kind') },
        { name: 'symbol', type: 'text', required: true, label: label('register.symbol') },
      ],
    },
    { name: 'subject', type: 'text', label: label('register.subject') },
    {
      name: 'report',
      type: 'relationship',
      relationTo: slugs.unitReports,
      label: label('register.source'),
    },
    {
      name: 'plan',
      type: 'relationship',
      relationTo: slugs.campaignPlans,
      label: label('register.plan'),
    },
    // The document a number belongs to (a report's key, or "plan:<id>|<period>" for the province's
    // consolidated report), known before the report has an id.
    { name: 'source', type: 'text', required: true, index: true, admin: { hidden: true } },
    dateTimeField({ name: 'issuedAt', required: true, label: label('register.issuedAt') }),
    // What the consolidated report said when this version was issued (its body, hashed): the same
    // content keeps the number, changed content is issued as the next version.
    { name: 'fingerprint', type: 'text', admin: { hidden: true } },
    // "unit|year|number|version": the database refuses the same number issued twice.
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
