'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import type { MessageParams } from '@/platform/i18n/catalog'
import { translate, type TextKey as MessageKey } from '@/modules/organisation/i18n.client'

type TokenState = {
  active: boolean
  issuedAt: string | null
  feeds?: { broadcasts: string; deadlines: string }
}

/**
 * The unit's calendar subscriptions, in its edit sidebar: issue or rotate the feed token (the new
 * addresses show once, since only a hash is kept) or revoke it. Shown only to those the server lets
 * manage the token (admins, editors of the unit's subtree); for anyone else it stays empty.
 */
export const CalendarFeedsPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const tr = (key: MessageKey, params?: MessageParams) => translate(i18n.language, key, params)
  const [state, setState] = useState<TokenState | null>(null)
  const [busy, setBusy] = useState(false)

  const call = useCallback(
    async (method: 'GET' | 'POST' | 'DELETE') =>
      fetch(`/api/units/${id}/calendar-token`, {
        method,
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      }),
    [id, i18n.language],
  )

  useEffect(() => {
    if (!id) return
    void call('GET').then(async (res) =>
      setState(res.ok ? ((await res.json()) as TokenState) : null),
    )
  }, [id, call])

  if (!id || !state) return null

  const act = async (method: 'POST' | 'DELETE') => {
    if (
      state.active &&
      !window.confirm(tr(method === 'POST' ? 'calendar.confirmRotate' : 'calendar.confirmRevoke'))
    )
      return
    setBusy(true)
    try {
      const res = await call(method)
      const body: unknown = await res.json()
      if (!res.ok) {
        toast.error(answerMessage(body, res.statusText))
        return
      }
      setState(body as TokenState)
      toast.success(tr(method === 'POST' ? 'calendar.issued' : 'calendar.revoked'))
    } finally {
      setBusy(false)
    }
  }

  const when = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  })
  const feed = (key: 'broadcasts' | 'deadlines', labelKey: MessageKey) => (
    <label style={{ display: 'block', marginBottom: 8 }}>
      <span style={{ display: 'block', fontWeight: 600 }}>{tr(labelKey)}</span>
      <input
        data-feed={key}
        onFocus={(e) => e.currentTarget.select()}
        readOnly
        style={{ width: '100%', fontSize: 12 }}
        type="text"
        value={state.feeds?.[key] ?? ''}
      />
    </label>
  )

  return (
    <div className="calendar-feeds-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>{tr('calendar.panelTitle')}</h4>
      <p style={{ margin: '4px 0' }}>{tr('calendar.panelHelp')}</p>
      {state.feeds ? (
        <>
          <p style={{ margin: '4px 0', color: '#9a6700' }}>{tr('calendar.copyNow')}</p>
          {feed('broadcasts', 'calendar.broadcastsFeed')}
          {feed('deadlines', 'calendar.deadlinesFeed')}
        </>
      ) : (
        <p data-token-state={state.active ? 'active' : 'none'} style={{ margin: '4px 0' }}>
          {state.active && state.issuedAt
            ? tr('calendar.activeSince', { at: when.format(new Date(state.issuedAt)) })
            : tr('calendar.noToken')}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button
          buttonStyle="secondary"
          disabled={busy}
          margin={false}
          onClick={() => void act('POST')}
          size="small"
        >
          {tr('calendar.issue')}
        </Button>
        {state.active && (
          <Button
            buttonStyle="secondary"
            disabled={busy}
            margin={false}
            onClick={() => void act('DELETE')}
            size="small"
          >
            {tr('calendar.revoke')}
          </Button>
        )}
      </div>
    </div>
  )
}
