import type { CollectionConfig } from 'payload'

import { nobody } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'

/**
 * What the public submitted, per (hashed) address, for rate limits, and the anti-spam proofs already
 * used, so one proof cannot be replayed. Written and read by the system only; never shown.
 */
export const SubmissionLog: CollectionConfig = {
  slug: slugs.submissionLog,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'kind', type: 'text', required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'at', type: 'date', required: true, index: true },
    // Set for proofs only: the hash of a used challenge signature, unique so a replay fails.
    { name: 'nonce', type: 'text', unique: true },
  ],
}
