'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import { slugs } from '@/platform/slugs'
import { airingStatusLook } from '@/modules/campaigns/domain/airingLook'
// Types only: erased from the browser bundle.
import type { DueEntry } from '@/modules/campaigns/collections/BroadcastItems/due'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n.client'

import './airingsDue.scss'

type Entry = DueEntry
type Range = 'today' | 'week'
type Dialog = { kind: 'confirmed' | 'missed'; entry: Entry } | { kind: 'week'; count: number }

/** A refusal's own words: a field's message first, then the request's. */
const refusal = (body: unknown, fallback: string) => {
  const field = (body as { errors?: { data?: { errors?: { message?: string }[] } }[] } | null)
    ?.errors?.[0]?.data?.errors?.[0]?.message
  return field ?? answerMessage(body, fallback)
}

const TIME_ZONE = 'Asia/Ho_Chi_Minh'
const time = (at: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at))
const day = (at: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(at))

/**
 * The reporter's list of today's or this week's airings, phone first: each one confirmed ("Đã
 * phát", with an optional photo or recording and a note) or recorded as not aired (with a reason)
 * in one dialog, taken back the same day, or the whole week confirmed at once.
 */
export const AiringsDueList: React.FC<{ initialRange: Range }> = ({ initialRange }) => {
  const { i18n } = useTranslation()
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(i18n.language, key, params)
  const [range, setRange] = useState<Range>(initialRange)
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let current = true
    void fetch(`/api/broadcast-items/due?range=${range}`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    }).then(async (res) => {
      const body: unknown = await res.json().catch(() => ({}))
      if (!current) return
      if (res.ok) {
        setEntries((body as { entries: Entry[] }).entries)
        setFailure(null)
      } else setFailure(refusal(body, res.statusText))
    })
    return () => {
      current = false
    }
  }, [range, i18n.language, version])

  const send = useCallback(
    async (path: string, init: RequestInit, done: string): Promise<boolean> => {
      setBusy(true)
      try {
        const res = await fetch(path, {
          credentials: 'include',
          ...init,
          headers: { 'Accept-Language': i18n.language, ...(init.headers ?? {}) },
        })
        const body: unknown = await res.json().catch(() => ({}))
        if (!res.ok) {
          toast.error(refusal(body, res.statusText))
          return false
        }
        toast.success(done)
        setVersion((v) => v + 1)
        return true
      } finally {
        setBusy(false)
      }
    },
    [i18n.language],
  )

  const submitDialog = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!dialog) return
    if (dialog.kind === 'week') {
      const ok = await send(
        '/api/broadcast-items/confirm-week',
        { method: 'POST' },
        tr('due.confirmWeek.done', { count: dialog.count }),
      )
      if (ok) setDialog(null)
      return
    }
    const filled = new FormData(event.currentTarget)
    const form = new FormData()
    form.set(
      '_payload',
      JSON.stringify({
        occurrenceAt: dialog.entry.at,
        status: dialog.kind,
        note: filled.get('note'),
      }),
    )
    const file = filled.get('file')
    if (file instanceof File && file.size > 0) form.set('file', file)
    const ok = await send(
      `/api/broadcast-items/${dialog.entry.itemId}/confirm`,
      { method: 'POST', body: form },
      tr('due.saved'),
    )
    if (ok) setDialog(null)
  }

  // Started and nobody has said what happened: what the reporter is asked about.
  const open = (entry: Entry) => entry.airingId === null && entry.status !== 'upcoming'
  const pending = entries?.filter(open).length ?? 0
  const days = new Map<string, Entry[]>()
  for (const entry of entries ?? []) {
    const key = day(entry.at, i18n.language)
    days.set(key, [...(days.get(key) ?? []), entry])
  }

  return (
    <div className="airings-due gutter--left gutter--right">
      <h1>{tr('due.title')}</h1>
      <p>{tr('due.intro')}</p>
      <div className="airings-due__ranges" role="group" aria-label={tr('due.title')}>
        {(['today', 'week'] as const).map((r) => (
          <button
            key={r}
            type="button"
            className="airings-due__button"
            aria-pressed={range === r}
            onClick={() => setRange(r)}
          >
            {tr(r === 'today' ? 'due.today' : 'due.week')}
          </button>
        ))}
      </div>
      {range === 'week' && pending > 0 && (
        <button
          type="button"
          className="airings-due__button airings-due__button--primary airings-due__week"
          disabled={busy}
          onClick={() => setDialog({ kind: 'week', count: pending })}
        >
          {tr('due.confirmWeek', { count: pending })}
        </button>
      )}
      {failure && <p role="alert">{failure}</p>}
      {entries && entries.length === 0 && <p>{tr('due.empty')}</p>}
      {[...days].map(([heading, list]) => (
        <section key={heading} aria-label={heading}>
          <h2 className="airings-due__day">{heading}</h2>
          <ul className="airings-due__list">
            {list.map((entry) => (
              <li
                key={`${entry.itemId}|${entry.at}`}
                className="airings-due__entry"
                data-status={entry.status}
                style={{ borderInlineStartColor: airingStatusLook[entry.status].color }}
              >
                <div className="airings-due__what">
                  <strong>
                    {time(entry.at)} · {entry.title}
                  </strong>
                  <span>{entry.outlet}</span>
                  <span>{entry.schedule}</span>
                  <span
                    className="airings-due__status"
                    style={{
                      color: airingStatusLook[entry.status].color,
                      background: airingStatusLook[entry.status].background,
                    }}
                  >
                    <span aria-hidden="true">{airingStatusLook[entry.status].mark} </span>
                    {tr(`broadcastCalendar.status.${entry.status}`)}
                    {entry.evidence > 0 &&
                      ` · ${tr('due.evidenceCount', { count: entry.evidence })}`}
                  </span>
                  {entry.note && <span>{entry.note}</span>}
                </div>
                <div className="airings-due__actions">
                  {open(entry) && (
                    <>
                      <button
                        type="button"
                        className="airings-due__button airings-due__button--primary"
                        disabled={busy}
                        onClick={() => setDialog({ kind: 'confirmed', entry })}
                      >
                        {tr('due.confirm')}
                      </button>
                      <button
                        type="button"
                        className="airings-due__button"
                        disabled={busy}
                        onClick={() => setDialog({ kind: 'missed', entry })}
                      >
                        {tr('due.missed')}
                      </button>
                    </>
                  )}
                  {entry.canUndo && entry.airingId !== null && (
                    <button
                      type="button"
                      className="airings-due__button"
                      disabled={busy}
                      onClick={() =>
                        void send(
                          `/api/${slugs.airings}/${entry.airingId}`,
                          { method: 'DELETE' },
                          tr('due.undone'),
                        )
                      }
                    >
                      {tr('due.undo')}
                    </button>
                  )}
                  {entry.airingId !== null && (
                    <a
                      className="airings-due__button"
                      href={`/admin/collections/${slugs.airings}/${entry.airingId}`}
                    >
                      {tr('due.open')}
                    </a>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {dialog && (
        <div className="airings-due__backdrop">
          <form
            className="airings-due__dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="airings-due-dialog-title"
            onSubmit={(e) => void submitDialog(e)}
          >
            <h2 id="airings-due-dialog-title">
              {dialog.kind === 'week'
                ? tr('due.confirmWeek.ask', { count: dialog.count })
                : tr(dialog.kind === 'confirmed' ? 'due.dialog.confirm' : 'due.dialog.missed')}
            </h2>
            {dialog.kind !== 'week' && (
              <>
                <p>
                  {time(dialog.entry.at)} · {dialog.entry.title}
                </p>
                {dialog.kind === 'confirmed' && (
                  <label>
                    {tr('due.evidence')}
                    <input
                      type="file"
                      name="file"
                      accept="image/*,audio/*,video/*,application/pdf"
                    />
                  </label>
                )}
                <label>
                  {tr(dialog.kind === 'missed' ? 'due.reason' : 'due.note')}
                  <textarea name="note" rows={3} required={dialog.kind === 'missed'} />
                </label>
              </>
            )}
            <div className="airings-due__actions">
              <button
                type="submit"
                className="airings-due__button airings-due__button--primary"
                disabled={busy}
              >
                {dialog.kind === 'week' ? tr('due.confirmWeek.yes') : tr('due.save')}
              </button>
              <button type="button" className="airings-due__button" onClick={() => setDialog(null)}>
                {tr('due.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  )
}
