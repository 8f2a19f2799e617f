import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'

import { label } from '@/modules/organisation/i18n'

export const importStatuses = ['queued', 'running', 'done', 'failed'] as const

/**
 * One CSV import of units, checked when it was sent and written by a job (`importUnits`) in
 * batches, each batch in one transaction with the progress: the admin panel follows it by reading
 * this record, after a page reload too, and a job that stops half way resumes where it stopped.
 */
export const UnitImports: CollectionConfig = {
  slug: slugs.unitImports,
  labels: { singular: label('imports.singular'), plural: label('imports.plural') },
  defaultSort: '-createdAt',
  admin: {
    group: label('group.organisation'),
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'status', 'processed', 'total', 'createdAt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'fileName', type: 'text', label: label('imports.fileName') },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          label: label('imports.status'),
          options: importStatuses.map((value) => ({
            value,
            label: label(`imports.status.${value}`),
          })),
        },
        { name: 'encoding', type: 'text', label: label('imports.encoding') },
        { name: 'updateExisting', type: 'checkbox', label: label('csv.updateExisting') },
      ],
    },
    {
      type: 'row',
      fields: (['total', 'processed', 'created', 'updated', 'closed', 'lineage'] as const).map(
        (name) => ({
          name,
          type: 'number' as const,
          defaultValue: 0,
          label: label(`imports.${name}`),
        }),
      ),
    },
    { name: 'error', type: 'textarea', label: label('imports.error') },
    {
      type: 'row',
      fields: [
        dateTimeField({ name: 'startedAt', label: label('imports.startedAt') }),
        dateTimeField({ name: 'finishedAt', label: label('imports.finishedAt') }),
        // Touched with every batch: a run that stops touching it has died and may be taken over.
        dateTimeField({ name: 'heartbeatAt', admin: { hidden: true } }),
      ],
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('imports.createdBy'),
    },
    // What to write, worked out and checked when the file was sent (ImportPlan).
    { name: 'plan', type: 'json', admin: { hidden: true } },
  ],
}
