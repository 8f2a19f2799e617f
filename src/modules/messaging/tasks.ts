import { asUser } from '@/platform/access/asUser'
import type { TaskCounter } from '@/platform/module'
import { isAdminUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { t } from '@/modules/messaging/i18n'

/** Admins: mails that failed their last attempt (resend or cancel them from the outbox). */
export const messagingToDo: TaskCounter = async (req) => {
  if (!isAdminUser(req.user)) return []
  const { totalDocs } = await asUser(req).count({
    collection: slugs.outbox,
    where: { state: { equals: 'failed' } },
  })
  return [
    {
      key: 'failedMails',
      count: totalDocs,
      text: t(req, 'tasks.failedMails'),
      href: `/admin/collections/${slugs.outbox}?where[state][equals]=failed`,
      overdue: totalDocs > 0,
    },
  ]
}
