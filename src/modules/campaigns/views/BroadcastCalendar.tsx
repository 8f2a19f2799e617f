import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '@/platform/admin/AdminPage'
import { languageOf } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { localDay, type Day } from '@/platform/time'
import {
  loadBroadcastCalendar,
  type CalendarEntry,
} from '@/modules/campaigns/collections/BroadcastItems/calendar'
import {
  calendarHref,
  calendarStatuses,
  daysOf,
  filtersAsked,
  shiftSpan,
  spanAsked,
  spanParam,
  spanOfToday,
  weeksOf,
} from '@/modules/campaigns/domain/calendar'
import { airingStatusLook } from '@/modules/campaigns/domain/airingLook'
import { broadcastChannels } from '@/modules/campaigns/domain/vocabulary'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n'

const BASE = '/admin/broadcast-calendar'

// The grid on wide screens, the day-by-day list on phones; targets of at least 44 px to touch.
const css =
  calendarStatuses
    .map(
      (s) =>
        `.bc-${s} { color: ${airingStatusLook[s].color}; background: ${airingStatusLook[s].background}; }`,
    )
    .join('\n') +
  `
.bc-view { padding-bottom: 48px; }
.bc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.bc-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 8px 0 12px; }
.bc-bar a, .bc-filters button, .bc-filters a, .bc-filters select {
  min-height: 44px; min-width: 44px; display: inline-flex; align-items: center; justify-content: center;
  box-sizing: border-box; padding: 0 12px; border-radius: 4px; font-size: 14px;
}
.bc-bar a, .bc-filters a { border: 1px solid var(--theme-elevation-400); color: var(--theme-text); text-decoration: none; }
.bc-bar a[aria-current="page"] { background: var(--theme-text); color: var(--theme-bg); border-color: var(--theme-text); }
.bc-bar .bc-span { font-size: 18px; font-weight: 700; margin: 0 4px; }
.bc-filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px; margin: 0 0 12px; border: 0; padding: 0; }
.bc-filters label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 600; }
.bc-filters select { justify-content: flex-start; min-width: 12rem; border: 1px solid var(--theme-elevation-400); background: var(--theme-input-bg, var(--theme-bg)); color: var(--theme-text); }
.bc-filters button { border: 1px solid var(--theme-text); background: var(--theme-text); color: var(--theme-bg); cursor: pointer; }
.bc-legend { display: flex; flex-wrap: wrap; gap: 8px 16px; list-style: none; padding: 0; margin: 0 0 12px; font-size: 13px; }
.bc-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 6px; border-radius: 4px; font-weight: 700; }
.bc-grid { width: 100%; table-layout: fixed; border-collapse: collapse; }
.bc-grid th { padding: 4px; text-align: left; font-size: 13px; }
.bc-grid td { vertical-align: top; height: 96px; padding: 4px; border: 1px solid var(--theme-elevation-150); font-size: 12px; }
.bc-grid td[aria-current="date"] { outline: 3px solid #0a3069; outline-offset: -3px; }
.bc-day { display: flex; justify-content: space-between; align-items: center; font-weight: 700; margin-bottom: 2px; }
.bc-today { background: #0a3069; color: #ffffff; border-radius: 4px; padding: 0 6px; font-size: 11px; font-weight: 700; }
.bc-entries { list-style: none; padding: 0; margin: 0; }
.bc-entry { display: block; margin: 2px 0; padding: 2px 4px; border-radius: 4px; border-left: 4px solid currentColor; text-decoration: none; line-height: 1.3; overflow-wrap: anywhere; }
.bc-entry:hover, .bc-entry:focus { text-decoration: underline; }
.bc-list { display: none; list-style: none; padding: 0; margin: 0; }
.bc-list h2 { font-size: 16px; margin: 16px 0 6px; display: flex; gap: 8px; align-items: center; }
.bc-list .bc-entry { min-height: 44px; padding: 8px 10px; font-size: 15px; margin: 6px 0; }
@media (max-width: 768px) {
  .bc-grid { display: none; }
  .bc-list { display: block; }
  .bc-filters label, .bc-filters select { width: 100%; }
}
`

/**
 * The broadcast calendar (/admin/broadcast-calendar?month=2026-11, or ?week=2026-11-23): each airing
 * with its status (aired, missed, awaiting confirmation, upcoming) in colour and in words, today
 * marked, filters by unit, outlet and channel kept in the address, a day-by-day list on phones, and
 * every entry linking to its confirmation (or to a form to make one).
 */
export const BroadcastCalendarView: React.FC<AdminViewServerProps> = async (props) => {
  const { initPageResult, searchParams } = props
  const { req, permissions } = initPageResult
  const language = languageOf(req.i18n?.language)
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params)
  const intlLocale = language === 'vi' ? 'vi-VN' : 'en-GB'
  // Custom admin views render for anyone; the calendar is for signed-in staff.
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(BASE)}`)

  const now = new Date()
  const today = localDay(now)
  const query = (searchParams ?? {}) as Record<string, unknown>
  const span = spanAsked(query, today)
  const filters = filtersAsked(query)
  const calendar = await loadBroadcastCalendar(req, span, filters, now)
  const canConfirm = Boolean(permissions?.collections?.[slugs.airings]?.create)

  const dayFormat = new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  const longDay = new Intl.DateTimeFormat(intlLocale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  const weekdayShort = new Intl.DateTimeFormat(intlLocale, { timeZone: 'UTC', weekday: 'short' })
  const weekdayLong = new Intl.DateTimeFormat(intlLocale, { timeZone: 'UTC', weekday: 'long' })
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
  })
  const noon = (day: Day) => new Date(`${day}T12:00:00Z`)

  const days = daysOf(span)
  const spanLabel =
    span.kind === 'month'
      ? tr('broadcastCalendar.month', {
          month: String(span.month).padStart(2, '0'),
          year: span.year,
        })
      : tr('broadcastCalendar.week', {
          from: dayFormat.format(noon(days[0]!)),
          to: dayFormat.format(noon(days[6]!)),
        })
  const here = (target = span) => calendarHref(BASE, target, filters)
  const noFilters = { unit: null, outlet: null, channel: null }

  const entryLink = (entry: CalendarEntry): { href: string; action: string } => {
    if (entry.airingId !== null)
      return {
        href: `/admin/collections/${slugs.airings}/${entry.airingId}`,
        action: tr('broadcastCalendar.openConfirmation'),
      }
    if (entry.status !== 'upcoming' && canConfirm)
      return {
        href: `/admin/collections/${slugs.airings}/create?item=${entry.itemId}&occurrenceAt=${encodeURIComponent(entry.at.toISOString())}`,
        action: tr('broadcastCalendar.createConfirmation'),
      }
    return { href: `/admin/collections/${slugs.broadcastItems}/${entry.itemId}`, action: '' }
  }

  const Entry = ({ entry }: { entry: CalendarEntry }) => {
    const look = airingStatusLook[entry.status]
    const link = entryLink(entry)
    const where = entry.outlet || tr(`channel.${entry.channel}` as MessageKey)
    return (
      <a
        className={`bc-entry bc-${entry.status}`}
        data-airing={entry.airingId ?? undefined}
        data-channel={entry.channel}
        data-item={entry.itemId}
        data-occurrence={entry.at.toISOString()}
        data-outlet={entry.outletId ?? undefined}
        data-status={entry.status}
        data-unit={entry.unit ?? undefined}
        href={link.href}
        title={link.action || undefined}
      >
        <time dateTime={entry.at.toISOString()}>{time.format(entry.at)}</time>{' '}
        <strong>
          <span aria-hidden="true">{look.mark}</span>{' '}
          {tr(`broadcastCalendar.status.${entry.status}`)}
        </strong>{' '}
        · {entry.title} <span>({where})</span>
      </a>
    )
  }

  const TodayMark = () => <span className="bc-today">{tr('broadcastCalendar.todayMark')}</span>

  return (
    <AdminPage view={props}>
      <style>{css}</style>
      <div
        className="broadcast-calendar bc-view gutter--left gutter--right"
        data-span={span.kind}
        data-today={today}
      >
        <h1>{tr('broadcastCalendar.title')}</h1>
        <nav aria-label={tr('broadcastCalendar.title')} className="bc-bar">
          <a
            aria-label={tr(
              span.kind === 'month'
                ? 'broadcastCalendar.previousMonth'
                : 'broadcastCalendar.previousWeek',
            )}
            href={here(shiftSpan(span, -1))}
            rel="prev"
          >
            ‹
          </a>
          <span className="bc-span" data-testid="calendar-span">
            {spanLabel}
          </span>
          <a
            aria-label={tr(
              span.kind === 'month' ? 'broadcastCalendar.nextMonth' : 'broadcastCalendar.nextWeek',
            )}
            href={here(shiftSpan(span, 1))}
            rel="next"
          >
            ›
          </a>
          <a href={here(spanOfToday(span.kind, today))}>{tr('broadcastCalendar.today')}</a>
          <a
            aria-current={span.kind === 'month' ? 'page' : undefined}
            href={here(
              spanOfToday(
                'month',
                span.kind === 'week' ? (days.includes(today) ? today : days[0]!) : today,
              ),
            )}
          >
            {tr('broadcastCalendar.viewMonth')}
          </a>
          <a
            aria-current={span.kind === 'week' ? 'page' : undefined}
            href={here(
              spanOfToday(
                'week',
                span.kind === 'month' ? (days.includes(today) ? today : days[0]!) : days[0]!,
              ),
            )}
          >
            {tr('broadcastCalendar.viewWeek')}
          </a>
        </nav>

        <form
          action={BASE}
          aria-label={tr('broadcastCalendar.filters')}
          className="bc-filters"
          method="get"
        >
          <input name={spanParam(span)[0]} type="hidden" value={spanParam(span)[1]} />
          <label>
            {tr('broadcastCalendar.unit')}
            <select defaultValue={filters.unit ?? ''} name="unit">
              <option value="">{tr('broadcastCalendar.all')}</option>
              {calendar.units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.closedOn
                    ? tr('broadcastCalendar.unitUntil', {
                        name: u.name,
                        day: dayFormat.format(noon(u.closedOn)),
                      })
                    : u.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('broadcastCalendar.outlet')}
            <select defaultValue={filters.outlet ?? ''} name="outlet">
              <option value="">{tr('broadcastCalendar.all')}</option>
              {calendar.outlets.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.active ? o.name : tr('broadcastCalendar.outletInactive', { name: o.name })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('broadcastCalendar.channel')}
            <select defaultValue={filters.channel ?? ''} name="channel">
              <option value="">{tr('broadcastCalendar.all')}</option>
              {broadcastChannels.map((c) => (
                <option key={c} value={c}>
                  {tr(`channel.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{tr('broadcastCalendar.apply')}</button>
          <a href={calendarHref(BASE, span, noFilters)}>{tr('broadcastCalendar.clear')}</a>
        </form>

        {calendar.unitOutOfScope && (
          <p className="bc-out-of-scope" role="alert">
            {tr('broadcastCalendar.unitOutOfScope')}
          </p>
        )}

        <section aria-label={tr('broadcastCalendar.legend')}>
          <ul className="bc-legend" data-testid="calendar-legend">
            {calendarStatuses.map((status) => (
              <li data-status={status} key={status}>
                <span className={`bc-badge bc-${status}`}>
                  <span aria-hidden="true">{airingStatusLook[status].mark}</span>
                  {tr(`broadcastCalendar.status.${status}`)}
                </span>{' '}
                {tr(`broadcastCalendar.status.${status}.help` as MessageKey, {
                  hours: calendar.missedAfterHours,
                })}
              </li>
            ))}
          </ul>
        </section>
        <p data-testid="calendar-count">
          {calendar.total === 0
            ? tr('broadcastCalendar.empty')
            : tr('broadcastCalendar.count', { count: calendar.total })}
        </p>

        <table className="bc-grid">
          <caption className="bc-sr">{spanLabel}</caption>
          <thead>
            <tr>
              {weeksOf(span)[0]!.map((_, i) => {
                // 2024-01-01 was a Monday: its week names the columns.
                const day = noon(`2024-01-0${i + 1}`)
                return (
                  <th key={i} scope="col">
                    <abbr title={weekdayLong.format(day)}>{weekdayShort.format(day)}</abbr>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {weeksOf(span).map((week, row) => (
              <tr key={row}>
                {week.map((day, col) =>
                  day === null ? (
                    <td key={col} />
                  ) : (
                    <td aria-current={day === today ? 'date' : undefined} data-day={day} key={col}>
                      <div className="bc-day">
                        <span>{Number(day.slice(8, 10))}</span>
                        {day === today && <TodayMark />}
                      </div>
                      <ul className="bc-entries">
                        {(calendar.days.get(day) ?? []).map((entry) => (
                          <li key={`${entry.itemId}-${entry.at.getTime()}`}>
                            <Entry entry={entry} />
                          </li>
                        ))}
                      </ul>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>

        <ol className="bc-list">
          {days
            .filter((day) => calendar.days.has(day) || day === today)
            .map((day) => (
              <li aria-current={day === today ? 'date' : undefined} data-day={day} key={day}>
                <h2>
                  {longDay.format(noon(day))}
                  {day === today && <TodayMark />}
                </h2>
                {(calendar.days.get(day) ?? []).length === 0 ? (
                  <p>{tr('broadcastCalendar.noneThisDay')}</p>
                ) : (
                  <ul className="bc-entries">
                    {(calendar.days.get(day) ?? []).map((entry) => (
                      <li key={`${entry.itemId}-${entry.at.getTime()}`}>
                        <Entry entry={entry} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
        </ol>
      </div>
    </AdminPage>
  )
}
