import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { label } from '@/modules/campaigns/i18n'

/**
 * A plan's compliance as it stood each night (indicator shares for the running quarter), written by
 * the nightly job so the scorecard can show how it moved. One per plan and day.
 */
export const ComplianceSnapshots: CollectionConfig = {
  slug: slugs.complianceSnapshots,
  labels: { singular: label('snapshots.singular'), plural: label('snapshots.plural') },
  defaultSort: '-day',
  admin: {
    group: label('group.campaigns'),
    useAsTitle: 'day',
    defaultColumns: ['day', 'plan', 'period', 'indicatorsMet', 'indicatorsTotal'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'plan',
      type: 'relationship',
      relationTo: slugs.campaignPlans,
      required: true,
      index: true,
      label: label('report.plan'),
    },
    {
      type: 'row',
      fields: [
        { name: 'day', type: 'text', required: true, index: true, label: label('snapshot.day') },
        { name: 'period', type: 'text', required: true, label: label('snapshot.period') },
        { name: 'indicatorsMet', type: 'number', label: label('snapshot.indicatorsMet') },
        { name: 'indicatorsTotal', type: 'number', label: label('snapshot.indicatorsTotal') },
      ],
    },
    { name: 'indicators', type: 'json', label: label('snapshot.share') },
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
