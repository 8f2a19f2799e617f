import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { ownerUnitField } from '@/modules/organisation'

/**
 * Airings counted per outlet, channel and quarter (scheduled, confirmed, said missed). Derived data:
 * recounted from the items and confirmations whenever one changes (compliance/tallies.ts), and
 * rebuildable at any time, so the scorecard reads thousands of rows instead of every airing.
 */
export const BroadcastTallies: CollectionConfig = {
  slug: slugs.broadcastTallies,
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  // No cache hooks: every tally write follows an item or airing write, which already invalidates.
  fields: [
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: slugs.outlets,
      required: true,
      index: true,
    },
    // The outlet's owner at the time of counting.
    ownerUnitField({ derived: true }),
    { name: 'channel', type: 'text', required: true },
    { name: 'quarter', type: 'text', required: true, index: true },
    { name: 'scheduled', type: 'number', defaultValue: 0 },
    { name: 'confirmed', type: 'number', defaultValue: 0 },
    { name: 'missed', type: 'number', defaultValue: 0 },
    { name: 'key', type: 'text', unique: true },
  ],
}
