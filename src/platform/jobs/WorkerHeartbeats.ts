import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'

/**
 * Each process running schedules writes its last tick here, so /api/health on any web instance can
 * tell whether the workers are alive.
 */
export const WorkerHeartbeats: CollectionConfig = {
  slug: slugs.workerHeartbeats,
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'instance', type: 'text', required: true, unique: true },
    { name: 'role', type: 'text' },
    { name: 'startedAt', type: 'date' },
    { name: 'lastTickAt', type: 'date', index: true },
    { name: 'lastError', type: 'text' },
  ],
}
