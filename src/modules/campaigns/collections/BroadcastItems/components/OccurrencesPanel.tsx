'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import {
  formatPeriod,
  parsePeriod,
  periodLabel,
  quarterOf,
  shiftQuarter,
} from '@/modules/campaigns/domain/periods'
import { translate, type TextKey as MessageKey } from '@/modules/campaigns/i18n.client'
import React, { useEffect, useState } from 'react'

type Occurrence = {
  at: string
  status: 'confirmed' | 'missed' | 'pending'
  airingId: string | number | null
}

const colors = { confirmed: '#1a7f37', missed: '#cf222e', pending: '#9a6700' } as const

/** The airings of this item this quarter, each with its state and a button to confirm it aired. */
export const OccurrencesPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const tr = (key: MessageKey) => translate(i18n.language, key)
  const searchParams = useSearchParams()
  const requested = parsePeriod(searchParams?.get('period'))
  const [quarter, setQuarter] = useState(() =>
    requested?.key.startsWith('Q') ? requested : quarterOf(new Date()),
  )
  const [occurrences, setOccurrences] = useState<Occurrence[] | null>(null)
  // The quarter the list shows (the one asked for may still be loading).
  const [loaded, setLoaded] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  // Bumped after a confirmation, so the list is read again.
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id) return
    const shown = formatPeriod(quarter)
    let current = true
    void fetch(`/api/broadcast-items/${id}/occurrences?period=${shown}`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    }).then(async (res) => {
      if (!res.ok || !current) return
      const body = (await res.json()) as { occurrences: Occurrence[] }
      if (!current) return
      setOccurrences(body.occurrences)
      setLoaded(shown)
    })
    return () => {
      current = false
    }
  }, [id, i18n.language, quarter, version])

  if (!id) return null
  const confirm = async (at: string) => {
    setBusy(at)
    try {
      const res = await fetch(`/api/broadcast-items/${id}/confirm`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ occurrenceAt: at }),
      })
      if (!res.ok) {
        const body = (await res.json()) as {
          errors?: { message: string; data?: { errors?: { message: string }[] } }[]
        }
        toast.error(
          body.errors?.[0]?.data?.errors?.[0]?.message ??
            body.errors?.[0]?.message ??
            res.statusText,
        )
      } else toast.success(tr('item.confirmed'))
      setVersion((v) => v + 1)
    } finally {
      setBusy(null)
    }
  }

  const when = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  })
  return (
    <div className="occurrences-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>{tr('item.occurrences')}</h4>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}>
        <Button
          aria-label={tr('item.previousQuarter')}
          buttonStyle="none"
          margin={false}
          onClick={() => setQuarter((q) => shiftQuarter(q, -1))}
          size="small"
        >
          ‹
        </Button>
        <strong data-quarter={formatPeriod(quarter)}>
          {periodLabel(quarter, i18n.language === 'en' ? 'en' : 'vi')}
        </strong>
        <Button
          aria-label={tr('item.nextQuarter')}
          buttonStyle="none"
          margin={false}
          onClick={() => setQuarter((q) => shiftQuarter(q, 1))}
          size="small"
        >
          ›
        </Button>
      </div>
      {occurrences?.length === 0 && <p>{tr('item.noOccurrences')}</p>}
      <ul
        data-loaded-quarter={loaded ?? undefined}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {occurrences?.map((o) => (
          <li
            data-occurrence={o.at}
            data-status={o.status}
            key={o.at}
            style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' }}
          >
            <span style={{ minWidth: '8.5rem' }}>{when.format(new Date(o.at))}</span>
            <span style={{ color: colors[o.status], fontWeight: 600 }}>
              {tr(`item.${o.status}`)}
            </span>
            {o.status !== 'confirmed' && new Date(o.at) <= new Date() && (
              <Button
                buttonStyle="secondary"
                disabled={busy === o.at}
                margin={false}
                onClick={() => void confirm(o.at)}
                size="small"
              >
                {tr('item.confirm')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
