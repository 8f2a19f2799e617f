import type { PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { appExtensions, type TaskCounter, type TaskLine } from '@/platform/module'
import { isAdminUser } from '@/platform/roles'
import { jobsSlug, slugs } from '@/platform/slugs'
import { dayTimeText } from '@/platform/time'
import { t } from '@/modules/organisation/i18n'

/** Admins: background jobs that failed (retry them from the queue) and accounts an admin locked. */
export const organisationToDo: TaskCounter = async (req) => {
  if (!isAdminUser(req.user)) return []
  const now = new Date().toISOString()
  const api = asUser(req)
  const [jobs, locked] = await Promise.all([
    api.count({ collection: jobsSlug, where: { hasError: { equals: true } } }),
    api.count({ collection: slugs.users, where: { lockedUntil: { greater_than: now } } }),
  ])
  return [
    {
      key: 'failingJobs',
      count: jobs.totalDocs,
      text: t(req, 'tasks.failingJobs'),
      href: `/admin/collections/${jobsSlug}?where[hasError][equals]=true`,
      overdue: jobs.totalDocs > 0,
    },
    {
      key: 'lockedAccounts',
      count: locked.totalDocs,
      text: t(req, 'tasks.lockedAccounts'),
      href: `/admin/collections/${slugs.users}?where[lockedUntil][greater_than]=${encodeURIComponent(now)}`,
    },
  ]
}

/**
 * The signed-in person's "Việc cần làm": every module's lines for the roles they hold, counted as
 * they see the data, each deadline also said in words on the province's clock.
 */
export const tasksFor = async (req: PayloadRequest): Promise<TaskLine[]> => {
  const counters = appExtensions(req.payload).taskCounters
  const lines = (await Promise.all(counters.map((count) => count(req)))).flat()
  return lines.map((line) => ({
    ...line,
    deadlineText:
      line.count > 0 && line.deadline
        ? t(req, line.overdue ? 'tasks.deadlinePassed' : 'tasks.deadline', {
            at: dayTimeText(line.deadline),
          })
        : null,
  }))
}
