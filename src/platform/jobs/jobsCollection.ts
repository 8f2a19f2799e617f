import type { CollectionConfig, Endpoint, Field } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { isAdmin, nobody } from '@/platform/access/predicates'
import { requireRole, routeParam } from '@/platform/http'
import { label, refused, t } from '@/platform/i18n'
import { isAdminUser } from '@/platform/roles'
import { jobsSlug } from '@/platform/slugs'

/** Vietnamese (and English) names of the fields of Payload's job record an admin reads. */
const fieldLabels: Record<string, string> = {
  input: 'jobs.input',
  taskStatus: 'jobs.taskStatus',
  completedAt: 'jobs.completedAt',
  totalTried: 'jobs.totalTried',
  hasError: 'jobs.hasError',
  error: 'jobs.error',
  log: 'jobs.log',
  workflowSlug: 'jobs.workflowSlug',
  taskSlug: 'jobs.taskSlug',
  queue: 'jobs.queue',
  waitUntil: 'jobs.waitUntil',
  processing: 'jobs.processing',
  createdAt: 'jobs.createdAt',
  updatedAt: 'jobs.updatedAt',
}

/** Payload's own English help texts of those fields, in both languages. */
const fieldDescriptions: Record<string, string> = {
  input: 'jobs.input.description',
  hasError: 'jobs.hasError.description',
  error: 'jobs.error.description',
  log: 'jobs.log.description',
}

const labelled = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const named = 'name' in field && fieldLabels[field.name] ? field.name : null
    let next = named
      ? ({ ...field, label: label(fieldLabels[named] as 'jobs.input') } as Field)
      : field
    const described = 'name' in next ? fieldDescriptions[next.name] : undefined
    if (described)
      next = {
        ...next,
        admin: { ...next.admin, description: label(described as 'jobs.input.description') },
      } as Field
    if (next.type === 'tabs')
      return {
        ...next,
        // Payload names its one tab "Status" in English.
        tabs: next.tabs.map((tab) => ({
          ...tab,
          ...('label' in tab && tab.label === 'Status' ? { label: label('jobs.statusTab') } : {}),
          fields: labelled(tab.fields),
        })),
      }
    if ('fields' in next && Array.isArray(next.fields) && next.type !== 'array')
      return { ...next, fields: labelled(next.fields) } as Field
    return next
  })

/**
 * Requeues a failed job: its error is cleared and it runs again on the next pass of the scheduler
 * (every minute). Only failed jobs: a job still waiting or running is left alone.
 */
export const retryJob: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    // Admin-only, checked above; jobs are written by the job runner only (the collection refuses
    // every write), so the requeue is made as the system, conditional on the job having failed.
    const { docs } = await asSystem(req).update({
      collection: jobsSlug,
      where: {
        and: [
          { id: { equals: routeParam(req, 'id') } },
          { hasError: { equals: true } },
          { processing: { not_equals: true } },
        ],
      },
      data: {
        hasError: false,
        error: null,
        completedAt: null,
        processing: false,
        totalTried: 0,
        waitUntil: new Date().toISOString(),
      },
      depth: 0,
    })
    if (docs.length === 0) throw refused(req, 'jobs.cannotRetry', undefined, 409)
    return Response.json({ message: t(req, 'jobs.retried'), doc: docs[0] })
  },
}

/** The endpoints the platform adds to Payload's job queue (the access matrix lists them). */
export const jobEndpoints: Endpoint[] = [retryJob]

/**
 * Payload's job queue as admins see it (Payload keeps it unreadable and out of the menu by
 * default): listed under Organisation with Vietnamese names, read-only, with a retry of failed jobs.
 */
export const jobsCollectionOverrides = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: { singular: label('jobs.singular'), plural: label('jobs.plural') },
  access: {
    ...defaultJobsCollection.access,
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  admin: {
    ...defaultJobsCollection.admin,
    hidden: ({ user }) => !isAdminUser({ roles: user?.roles }),
    group: label('group.organisation'),
    defaultColumns: [
      'taskSlug',
      'queue',
      'processing',
      'hasError',
      'totalTried',
      'completedAt',
      'createdAt',
    ],
    useAsTitle: 'taskSlug',
  },
  defaultSort: '-createdAt',
  endpoints: [...(defaultJobsCollection.endpoints || []), ...jobEndpoints],
  fields: [
    ...labelled(defaultJobsCollection.fields),
    {
      name: 'retry',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/platform/jobs/components/RetryJobButton#RetryJobButton' },
      },
    },
  ],
})
