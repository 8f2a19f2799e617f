import type { CollectionConfig } from 'payload'
import { slugs } from '@/platform/slugs'

/**
 * One row per attempt to send an outbox message ("<message id>#<attempt>"). The unique key is the
 * claim: when two processes try the same attempt, the database lets exactly one insert win — on
 * SQLite and MongoDB alike — and only the winner sends.
 */
export const OutboxClaims: CollectionConfig = {
  slug: slugs.outboxClaims,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'worker', type: 'text' },
  ],
}
