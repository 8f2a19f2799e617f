import type { CollectionConfig } from 'payload'

import { nobody } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation/access/unitScope'
import { auditActions } from '@/modules/organisation/domain/audit'
import { label } from '@/modules/organisation/i18n'

import { exportAuditLog } from './endpoints/exportAuditLog'

/**
 * Who did what, when, from where: sign-ins, account and role changes, publishing, report decisions,
 * reorganisations, exports. Append-only: no API (REST, GraphQL, the admin) creates, changes or
 * deletes an entry; the system writes them (`audit(req, entry)`) and the retention job prunes them.
 * Admins read every entry, viewers those of their unit's subtree.
 */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  labels: { singular: label('audit.singular'), plural: label('audit.plural') },
  admin: {
    group: label('group.organisation'),
    // When it happened: the action's stored value is a key ("signIn.success"), not words.
    useAsTitle: 'at',
    defaultColumns: ['at', 'action', 'actorEmail', 'collection', 'documentId', 'clientAddress'],
    listSearchableFields: ['actorEmail', 'documentId', 'requestId'],
    description: label('audit.description'),
  },
  defaultSort: '-at',
  access: {
    read: scopedByUnit('unit', ['viewer']),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [exportAuditLog],
  fields: [
    dateTimeField({ name: 'at', required: true, index: true, label: label('audit.at') }),
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('audit.action'),
      options: auditActions.map((value) => ({ value, label: label(`audit.action.${value}`) })),
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      label: label('audit.actor'),
    },
    { name: 'actorEmail', type: 'text', index: true, label: label('audit.actorEmail') },
    { name: 'collection', type: 'text', label: label('audit.collection') },
    { name: 'documentId', type: 'text', index: true, label: label('audit.documentId') },
    { name: 'summary', type: 'json', label: label('audit.summary') },
    { name: 'clientAddress', type: 'text', label: label('audit.clientAddress') },
    { name: 'requestId', type: 'text', label: label('audit.requestId') },
    ownerUnitField({ label: label('audit.unit'), derived: true }),
  ],
}
