import type { NotificationKind } from '@/modules/messaging/domain/notifications'
import { label, translate } from '@/modules/messaging/i18n'
import {
  adminLink,
  composeMail,
  defineMailTemplate,
  greeting,
  unitLine,
  type Block,
} from '@/modules/messaging/templates'

/** A workflow notification (see notify.ts), in the recipient's language, with a link to the document. */
export const notificationMail = defineMailTemplate<{
  kind: NotificationKind
  name: string
  title: string
  note: string | null
  unitName: string | null
  /** The document's path in the admin ("/collections/articles/12"). */
  link: string
}>({
  name: 'notification',
  label: label('mail.template.notification'),
  render: (d, context) => {
    const { language } = context
    const params = { title: d.title }
    const blocks: Block[] = [
      ...unitLine(language, d.unitName ?? undefined),
      { kind: 'p', text: translate(language, `notification.${d.kind}.body`, params) },
      ...(d.note
        ? [{ kind: 'p' as const, text: translate(language, 'notification.note', { note: d.note }) }]
        : []),
    ]
    return composeMail(
      language,
      translate(language, `notification.${d.kind}`, params),
      greeting(language, d.name),
      blocks,
      adminLink(context, d.link),
    )
  },
})
