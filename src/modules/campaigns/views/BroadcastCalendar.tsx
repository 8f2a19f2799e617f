import { TZDate } from '@date-fns/tz'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { asUser } from '@/platform/access/asUser'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { TIME_ZONE } from '@/platform/time'
import { airingsOf } from '@/modules/campaigns/domain/recurrence'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'

const weekdays = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}

/** The month asked for (`?month=2026-11`), or the current one on the province's clock. */
const monthShown = (asked: unknown): { year: number; month: number } => {
  const match = /^(\d{4})-(\d{2})$/.exec(String(asked ?? ''))
  if (match) return { year: Number(match[1]), month: Number(match[2]) - 1 }
  const today = new TZDate(Date.now(), TIME_ZONE)
  return { year: today.getFullYear(), month: today.getMonth() }
}

/** A month of the broadcast schedule (/admin/broadcast-calendar?month=2026-11), recurring segments expanded. */
export const BroadcastCalendarView: React.FC<AdminViewServerProps> = async (props) => {
  const { initPageResult, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  const language = languageOf(req.i18n?.language)
  const tr = (key: MessageKey) => translate(language, key)

  const { year, month } = monthShown(searchParams?.month)
  const start = new Date(new TZDate(year, month, 1, TIME_ZONE).getTime())
  const end = new Date(new TZDate(year, month + 1, 1, TIME_ZONE).getTime())

  const { docs: items } = await asUser(req).find({
    collection: slugs.broadcastItems,
    where: {
      and: [
        { start: { less_than: end.toISOString() } },
        {
          or: [{ rrule: { exists: true } }, { start: { greater_than_equal: start.toISOString() } }],
        },
      ],
    },
    pagination: false,
    depth: 1,
  })
  const byDay = new Map<
    number,
    { at: Date; title: string; outlet: string; id: number | string; channel: string }[]
  >()
  for (const item of items) {
    for (const at of airingsOf(item, { start, end })) {
      const day = new TZDate(at.getTime(), TIME_ZONE).getDate()
      const outlet = typeof item.outlet === 'object' && item.outlet ? item.outlet.name : ''
      byDay.set(day, [
        ...(byDay.get(day) ?? []),
        { at, title: item.title, outlet, id: item.id, channel: item.channel },
      ])
    }
  }
  const daysInMonth = new TZDate(year, month + 1, 0, TIME_ZONE).getDate()
  const firstWeekday = (new TZDate(year, month, 1, TIME_ZONE).getDay() + 6) % 7
  const cells = [
    ...Array(firstWeekday).fill(null),
    ...Array.from({ length: daysInMonth }, (_, i) => i + 1),
  ]
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  })
  const monthLink = (offset: number) => {
    const d = new TZDate(year, month + offset, 1, TIME_ZONE)
    return `/admin/broadcast-calendar?month=${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={props.params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBottom: 48 }}>
        <h1>{tr('items.plural')}</h1>
        <p>
          <a href={monthLink(-1)}>‹</a>{' '}
          {language === 'vi'
            ? `Tháng ${month + 1}/${year}`
            : `${year}-${String(month + 1).padStart(2, '0')}`}{' '}
          <a href={monthLink(1)}>›</a>
        </p>
        <div
          className="broadcast-calendar"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 4 }}
        >
          {weekdays[language].map((d) => (
            <div key={d} style={{ fontWeight: 700, padding: 4 }}>
              {d}
            </div>
          ))}
          {cells.map((day, i) => (
            <div
              key={i}
              style={{
                minHeight: 90,
                padding: 4,
                border: '1px solid var(--theme-elevation-100)',
                fontSize: 12,
              }}
            >
              {day && <div style={{ fontWeight: 700 }}>{day}</div>}
              {day &&
                (byDay.get(day) ?? [])
                  .sort((a, b) => a.at.getTime() - b.at.getTime())
                  .map((o) => (
                    <a
                      href={`/admin/collections/${slugs.broadcastItems}/${o.id}`}
                      key={`${o.id}-${o.at.getTime()}`}
                      style={{ display: 'block' }}
                    >
                      {time.format(o.at)} {o.title}{' '}
                      <span style={{ color: 'var(--theme-elevation-500)' }}>
                        ({o.outlet || tr(`channel.${o.channel}` as MessageKey)})
                      </span>
                    </a>
                  ))}
            </div>
          ))}
        </div>
      </div>
    </DefaultTemplate>
  )
}
