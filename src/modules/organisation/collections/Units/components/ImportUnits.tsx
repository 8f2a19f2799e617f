'use client'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import type { UnitImport, User } from '@/payload-types'
import { answerMessage } from '@/platform/errors/answer'
import type { MessageParams } from '@/platform/i18n/catalog'
import { isAdminUser } from '@/platform/roles'
import { translate, type TextKey as MessageKey } from '@/modules/organisation/i18n.client'

type Outcome = {
  ok: boolean
  dryRun?: boolean
  encoding?: string | null
  counts?: { created: number; updated: number; closed: number; lineage: number }
  units?: { line: number; code: string; name: string }[]
  problems?: { line: number | null; message: string }[]
  importId?: string | null
  message?: string
}

type Progress = Pick<
  UnitImport,
  | 'id'
  | 'status'
  | 'total'
  | 'processed'
  | 'created'
  | 'updated'
  | 'closed'
  | 'error'
  | 'fileName'
  | 'finishedAt'
>

const encodingNames: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
}

/** How recent an import must be for the panel to show it again after a reload. */
const RECENT_MS = 15 * 60_000
/** An import finished this recently opens the panel, so whoever started it sees how it ended. */
const JUST_FINISHED_MS = 2 * 60_000

/**
 * A panel above the units list: check a CSV file (any of the encodings offices use), see every
 * problem by line, then import it. The import runs as a job on the server; the panel follows its
 * progress (a reload finds it again) and refreshes the list when it is done.
 */
export const ImportUnits: React.FC = () => {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [updateExisting, setUpdateExisting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [open, setOpen] = useState(false)
  const stopped = useRef(false)
  const tr = (key: MessageKey, params?: MessageParams) => translate(i18n.language, key, params)
  const admin = isAdminUser(user)

  const follow = useCallback(
    async (id: string) => {
      // Polls the import record until its job is done (or the panel goes away).
      for (;;) {
        const res = await fetch(`/api/unit-imports/${id}?depth=0&select[plan]=false`, {
          credentials: 'include',
        })
        if (!res.ok || stopped.current) return
        const state = (await res.json()) as Progress
        setProgress(state)
        if (state.status === 'done') router.refresh()
        if (state.status !== 'queued' && state.status !== 'running') return
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    },
    [router],
  )

  // After a reload: an import still running (or just finished) shows up again.
  useEffect(() => {
    if (!admin) return
    const since = new Date(Date.now() - RECENT_MS).toISOString()
    void fetch(
      `/api/unit-imports?depth=0&limit=1&sort=-createdAt&select[plan]=false&where[createdAt][greater_than]=${encodeURIComponent(since)}`,
      { credentials: 'include' },
    )
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs: Progress[] }) => {
        const latest = body.docs[0]
        if (!latest) return
        setProgress(latest)
        if (latest.status === 'queued' || latest.status === 'running') {
          setOpen(true)
          void follow(String(latest.id))
        } else if (
          latest.finishedAt &&
          Date.now() - Date.parse(latest.finishedAt) < JUST_FINISHED_MS
        )
          setOpen(true)
      })
    stopped.current = false
    return () => {
      stopped.current = true
    }
  }, [admin, follow])

  if (!admin) return null

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.append('file', file)
      const query = new URLSearchParams({
        ...(dryRun ? { dryRun: '1' } : {}),
        ...(updateExisting ? { updateExisting: '1' } : {}),
      })
      const res = await fetch(`/api/units/import?${query}`, {
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
      if (result.ok && result.importId) {
        setProgress(null)
        void follow(result.importId)
      }
    } finally {
      setBusy(false)
    }
  }

  const running = progress && (progress.status === 'queued' || progress.status === 'running')
  const total = progress?.total ?? 0
  const processed = progress?.processed ?? 0
  return (
    <details
      className="import-units"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      open={open}
      style={{ marginBottom: 'var(--base)' }}
    >
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{tr('csv.title')}</summary>
      <p>{tr('csv.help')}</p>
      <p>
        <a download href="/api/units/import/template">
          {tr('csv.template')}
        </a>
      </p>
      <label>
        {tr('csv.choose')}{' '}
        <input
          accept=".csv,.txt,text/csv,text/plain"
          name="units-csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setOutcome(null)
          }}
          type="file"
        />
      </label>
      <label style={{ display: 'block', margin: '8px 0' }}>
        <input
          checked={updateExisting}
          name="update-existing"
          onChange={(e) => {
            setUpdateExisting(e.target.checked)
            setOutcome(null)
          }}
          type="checkbox"
        />{' '}
        {tr('csv.updateExisting')}
      </label>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        <Button
          buttonStyle="secondary"
          disabled={!file || busy || Boolean(running)}
          onClick={() => void send(true)}
        >
          {tr('csv.check')}
        </Button>
        <Button disabled={!file || busy || Boolean(running)} onClick={() => void send(false)}>
          {tr('csv.import')}
        </Button>
      </div>
      {outcome && (
        <div role="status">
          {outcome.encoding && (
            <p>
              {tr('csv.encoding', {
                encoding: encodingNames[outcome.encoding] ?? outcome.encoding,
              })}
            </p>
          )}
          {outcome.ok ? (
            <p>
              {outcome.dryRun && tr('csv.valid', { count: outcome.units?.length ?? 0 })}{' '}
              {outcome.counts && tr('csv.plan', outcome.counts)}
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
      {progress && (
        <div className="import-progress" data-status={progress.status} role="status">
          {running && (
            <>
              <progress max={Math.max(total, 1)} value={processed} style={{ width: '100%' }} />
              <p>
                {progress.status === 'queued'
                  ? tr('csv.queued', { total })
                  : tr('csv.running', {
                      done: processed,
                      total,
                      percent: total === 0 ? 0 : Math.floor((processed / total) * 100),
                    })}
              </p>
            </>
          )}
          {progress.status === 'done' && (
            <p>
              {tr('csv.finished', {
                created: progress.created ?? 0,
                updated: progress.updated ?? 0,
                closed: progress.closed ?? 0,
              })}
            </p>
          )}
          {progress.status === 'failed' && (
            <p>{tr('csv.failed', { error: progress.error ?? '' })}</p>
          )}
        </div>
      )}
    </details>
  )
}
