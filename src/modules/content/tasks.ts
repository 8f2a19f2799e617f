import type { PayloadRequest } from 'payload'

import { asUser } from '@/platform/access/asUser'
import type { TaskCounter, TaskLine } from '@/platform/module'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { upcomingSchedules } from '@/modules/content/jobs/scheduledPublish'
import { t } from '@/modules/content/i18n'

const kinds = [
  { collection: slugs.articles, name: 'articles' },
  { collection: slugs.faqs, name: 'faqs' },
] as const

const listOf = (collection: string, query: string) => `/admin/collections/${collection}?${query}`

/** Articles and FAQs sent for review in the reviewer's reach, oldest change first. */
const reviewerLines = (req: PayloadRequest): Promise<TaskLine[]> =>
  Promise.all(
    kinds.map(async ({ collection, name }) => ({
      key: `${name}InReview`,
      count: (
        await asUser(req).count({ collection, where: { reviewStatus: { equals: 'inReview' } } })
      ).totalDocs,
      text: t(req, `tasks.${name}InReview`),
      href: listOf(collection, 'where[reviewStatus][equals]=inReview&sort=updatedAt'),
    })),
  )

/** What came back to the editor (their own pieces, returned) and what waits to go out on a schedule. */
const editorLines = async (req: PayloadRequest): Promise<TaskLine[]> => {
  const userId = req.user!.id
  // The jobs queue is the system's (admins only); each schedule is then counted only if the editor
  // may read its document.
  const schedules = await upcomingSchedules(req.payload)
  return (
    await Promise.all(
      kinds.map(async ({ collection, name }): Promise<TaskLine[]> => {
        const api = asUser(req)
        const ours = schedules.filter((s) => s.collection === collection)
        const [returned, scheduled] = await Promise.all([
          api.count({
            collection,
            where: {
              and: [{ reviewStatus: { equals: 'returned' } }, { author: { equals: userId } }],
            },
          }),
          ours.length === 0
            ? { docs: [] }
            : api.find({
                collection,
                where: { id: { in: ours.map((s) => s.docId) } },
                depth: 0,
                pagination: false,
                draft: true,
              }),
        ])
        const visible = new Set(scheduled.docs.map((doc) => String(doc.id)))
        const next = ours
          .filter((s) => visible.has(s.docId))
          .map((s) => s.waitUntil)
          .sort()[0]
        return [
          {
            key: `${name}Returned`,
            count: returned.totalDocs,
            text: t(req, `tasks.${name}Returned`),
            href: listOf(
              collection,
              `where[reviewStatus][equals]=returned&where[author][equals]=${userId}`,
            ),
          },
          {
            key: `${name}Scheduled`,
            count: visible.size,
            text: t(req, `tasks.${name}Scheduled`),
            href: listOf(
              collection,
              [...visible].map((id, i) => `where[id][in][${i}]=${id}`).join('&') || '',
            ),
            deadline: next ? new Date(next).toISOString() : null,
          },
        ]
      }),
    )
  ).flat()
}

/** Content's part of "Việc cần làm", by the roles the user holds. */
export const contentToDo: TaskCounter = async (req) => {
  const parts: Promise<TaskLine[]>[] = []
  if (hasRole(req.user, 'reviewer')) parts.push(reviewerLines(req))
  if (hasRole(req.user, 'editor')) parts.push(editorLines(req))
  return (await Promise.all(parts)).flat()
}
