'use client'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { User } from '@/payload-types'
import { answerMessage } from '@/platform/errors/answer'
import type { MessageParams } from '@/platform/i18n/catalog'
import { isAdminUser } from '@/platform/roles'
import { translate, type TextKey as MessageKey } from '@/modules/organisation/i18n.client'

type Outcome = {
  ok: boolean
  dryRun?: boolean
  imported?: number
  units?: { line: number; code: string; name: string }[]
  problems?: { line: number | null; message: string }[]
  message?: string
}

/** A panel above the units list: check a CSV file, see every problem by line, then import it. */
export const ImportUnits: React.FC = () => {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const tr = (key: MessageKey, params?: MessageParams) => translate(i18n.language, key, params)

  if (!isAdminUser(user)) return null

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.append('file', file)
      const res = await fetch(`/api/units/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body: form,
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      const body: unknown = await res.json()
      // A refusal of the whole request (not signed in, too large) has no problem list: show its message.
      const result =
        (body as Outcome).problems || res.ok
          ? (body as Outcome)
          : { ok: false, message: answerMessage(body, res.statusText) }
      setOutcome(result)
      if (result.ok && !dryRun) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="import-units" style={{ marginBottom: 'var(--base)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{tr('csv.title')}</summary>
      <p>{tr('csv.help')}</p>
      <label>
        {tr('csv.choose')}{' '}
        <input
          accept=".csv,text/csv"
          name="units-csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setOutcome(null)
          }}
          type="file"
        />
      </label>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        <Button buttonStyle="secondary" disabled={!file || busy} onClick={() => void send(true)}>
          {tr('csv.check')}
        </Button>
        <Button disabled={!file || busy} onClick={() => void send(false)}>
          {tr('csv.import')}
        </Button>
      </div>
      {outcome && (
        <div role="status">
          {outcome.ok ? (
            <p>
              {outcome.dryRun
                ? tr('csv.valid', { count: outcome.units?.length ?? 0 })
                : tr('csv.imported', { count: outcome.imported ?? 0 })}
            </p>
          ) : (
            <>
              <p>
                {outcome.problems
                  ? tr('csv.hasErrors', { count: outcome.problems.length })
                  : outcome.message}
              </p>
              <table>
                <thead>
                  <tr>
                    <th>{tr('csv.line')}</th>
                    <th>{tr('csv.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.problems?.map((p, i) => (
                    <tr key={i}>
                      <td>{p.line ?? '—'}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </details>
  )
}
