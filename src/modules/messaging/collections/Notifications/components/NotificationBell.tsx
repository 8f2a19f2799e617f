'use client'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { languageOf } from '@/platform/i18n/catalog'
import { formatDateTime } from '@/platform/time'
import { slugs } from '@/platform/slugs'
import { isNotificationKind } from '@/modules/messaging/domain/notifications'
import { translate } from '@/modules/messaging/i18n.client'

import './notificationBell.scss'

type Item = {
  id: number | string
  kind: string
  title: string
  link: string
  readAt?: string | null
  createdAt: string
}

const API = `/api/${slugs.notifications}`
const UNREAD = 'where[readAt][exists]=false'
/** How often the count is read again while the admin is open (and whenever the tab regains focus). */
const REFRESH_MS = 30_000

/**
 * The bell in the admin's header: the signed-in person's unread notifications, counted; opening it
 * lists the newest; a click marks one read and opens its document. Everything goes through the
 * notifications collection's REST API, whose access rules show each person only their own.
 */
export const NotificationBell: React.FC = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const language = languageOf(i18n.language)
  const router = useRouter()
  const [count, setCount] = useState<number | null>(null)
  const [open, setOpen] = useState(false)
  const [items, setItems] = useState<Item[] | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const text = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(language, key, params)

  const readCount = useCallback(async (): Promise<number | null> => {
    const response = await fetch(`${API}?${UNREAD}&limit=1&depth=0`, { credentials: 'include' })
    return response.ok ? ((await response.json()) as { totalDocs: number }).totalDocs : null
  }, [])
  const refresh = useCallback(async () => {
    const next = await readCount()
    if (next !== null) setCount(next)
  }, [readCount])

  const load = useCallback(async () => {
    const response = await fetch(`${API}?sort=-createdAt&limit=10&depth=0`, {
      credentials: 'include',
    })
    if (response.ok) setItems(((await response.json()) as { docs: Item[] }).docs)
  }, [])

  useEffect(() => {
    if (!user) return
    // The first count arrives asynchronously (state is set in the fetch's callback).
    void readCount().then((next) => next !== null && setCount(next))
    const timer = setInterval(() => void refresh(), REFRESH_MS)
    const onFocus = () => void refresh()
    window.addEventListener('focus', onFocus)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [user, refresh, readCount])

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false)
    const onClick = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onClick)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onClick)
    }
  }, [open])

  if (!user) return null

  const markRead = async (item: Item) => {
    if (!item.readAt)
      await fetch(`${API}/${item.id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ readAt: new Date().toISOString() }),
      })
  }

  const openItem = async (event: React.MouseEvent, item: Item) => {
    event.preventDefault()
    await markRead(item)
    setOpen(false)
    await refresh()
    router.push(`/admin${item.link}`)
  }

  const markAll = async () => {
    await fetch(`${API}?${UNREAD}&depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ readAt: new Date().toISOString() }),
    })
    await Promise.all([refresh(), load()])
  }

  const unread = count ?? 0
  return (
    <div className="notification-bell" ref={box}>
      <button
        type="button"
        className="notification-bell__button"
        aria-label={text('bell.label', { count: String(unread) })}
        aria-expanded={open}
        aria-haspopup="true"
        // Absent until the first count arrives (tests and styles can tell "not known yet" from 0).
        data-unread={count ?? undefined}
        onClick={() => {
          const next = !open
          setOpen(next)
          if (next) void Promise.all([refresh(), load()])
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="notification-bell__panel" role="region" aria-label={text('bell.title')}>
          <div className="notification-bell__head">
            <h2 className="notification-bell__heading">{text('bell.title')}</h2>
            <button
              type="button"
              className="notification-bell__mark-all"
              onClick={() => void markAll()}
              disabled={unread === 0}
            >
              {text('bell.markAll')}
            </button>
          </div>
          {items && items.length === 0 && (
            <p className="notification-bell__empty">{text('bell.empty')}</p>
          )}
          <ul className="notification-bell__list">
            {(items ?? []).map((item) => (
              <li key={item.id} className={item.readAt ? 'is-read' : 'is-unread'}>
                <a href={`/admin${item.link}`} onClick={(event) => void openItem(event, item)}>
                  {!item.readAt && (
                    <span className="notification-bell__dot">{text('bell.unread')}</span>
                  )}
                  <span className="notification-bell__text">
                    {isNotificationKind(item.kind)
                      ? text(`notification.${item.kind}`, { title: item.title })
                      : item.title}
                  </span>
                  <span className="notification-bell__time">
                    {formatDateTime(item.createdAt, language)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          <a className="notification-bell__all" href={`/admin/collections/${slugs.notifications}`}>
            {text('bell.all')}
          </a>
        </div>
      )}
    </div>
  )
}
