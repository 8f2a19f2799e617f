import Link from 'next/link'
import { createLocalReq, type PayloadRequest, type ServerProps } from 'payload'
import React from 'react'

import { languageOf } from '@/platform/i18n/catalog'
import { translate } from '@/modules/organisation/i18n'
import { tasksFor } from '@/modules/organisation/tasks'

import './myTasks.scss'

/**
 * "Việc cần làm" above the dashboard's cards: what waits for the signed-in person, by their roles,
 * with counts, the nearest deadline and a link to the work. The same lines as `GET /api/me/tasks`.
 */
export const MyTasks = async ({ payload, user, i18n }: ServerProps) => {
  if (!user) return null
  // The dashboard gives the page's translator but no request: one is made for the signed-in user,
  // so every count runs under their access. Payload's client and server translators share the
  // fields the request uses (language, t).
  const req = await createLocalReq(
    { user, req: { i18n } as unknown as Partial<PayloadRequest> },
    payload,
  )
  const lines = await tasksFor(req)
  if (lines.length === 0) return null
  const language = languageOf(i18n.language)
  const waiting = lines.some((line) => line.count > 0)
  return (
    <section className="my-tasks" aria-labelledby="my-tasks-title">
      <h2 id="my-tasks-title" className="my-tasks__title">
        {translate(language, 'tasks.title')}
      </h2>
      {!waiting && <p className="my-tasks__none">{translate(language, 'tasks.none')}</p>}
      <ul className="my-tasks__lines">
        {lines.map((line) => (
          <li key={line.key}>
            <Link
              href={line.href}
              className={`my-tasks__line${line.count === 0 ? ' my-tasks__line--empty' : ''}${line.overdue ? ' my-tasks__line--overdue' : ''}`}
              data-task={line.key}
            >
              <span className="my-tasks__count">{line.count.toLocaleString('vi-VN')}</span>
              <span className="my-tasks__text">
                {line.text}
                {line.deadlineText && (
                  <span className="my-tasks__deadline">{line.deadlineText}</span>
                )}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
