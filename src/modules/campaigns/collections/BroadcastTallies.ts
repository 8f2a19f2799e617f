import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/platform/access/isAdmin'
import { slugs } from '@/platform/slugs'

/**
 * Airings counted per outlet, channel and quarter (scheduled, confirmed, said missed). Derived data:
 * recounted from the items and confirmations whenever one changes (src/compliance/tallies.ts), and
 * rebuildable at any time, so the scorecard reads thousands of rows instead of every airing.
 */
export const BroadcastTallies: CollectionConfig = {
  slug: slugs.broadcastTallies,
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  // No cache hooks: every tally write follows an item or airing write, which already invalidates.
  fields: [
    { name: 'outlet', type: 'relationship', relationTo: slugs.outlets, required: true, index: true },
    { name: 'ownerUnit', type: 'relationship', relationTo: slugs.units, index: true },
    { name: 'channel', type: 'text', required: true },
    { name: 'quarter', type: 'text', required: true, index: true },
    { name: 'scheduled', type: 'number', defaultValue: 0 },
    { name: 'confirmed', type: 'number', defaultValue: 0 },
    { name: 'missed', type: 'number', defaultValue: 0 },
    { name: 'key', type: 'text', unique: true },
  ],
}
