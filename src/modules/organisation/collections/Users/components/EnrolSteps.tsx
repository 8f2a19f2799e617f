'use client'
import { Button } from '@payloadcms/ui'
import React, { useCallback, useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import { translate } from '@/modules/organisation/i18n.client'

import { signInRequest } from './signInRequest'

type Started = { secret: string; uri: string; qr: string }

/**
 * Turning on two-factor sign-in: a QR code and its key, a code from the app to confirm, then the
 * backup codes shown once. Signed in, it enrols the session's user; on the sign-in page it sends
 * the email and password typed there (and the confirmation signs in).
 */
export const EnrolSteps: React.FC<{
  language: string
  /** The REST root (`/api`). */
  api?: string
  credentials?: { email: string; password: string }
  onDone: () => void
}> = ({ language, api = '/api', credentials, onDone }) => {
  const say = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const [started, setStarted] = useState<Started | null>(null)
  const [code, setCode] = useState('')
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const call = useCallback(
    async (path: string, body: Record<string, unknown>) => {
      setBusy(true)
      setError('')
      try {
        const res = await signInRequest(
          api,
          `/users/mfa/${path}`,
          { ...credentials, ...body },
          language,
        )
        if (!res.ok) {
          setError(answerMessage(res.body, say('mfa.ui.failed')))
          return null
        }
        return res.body as unknown
      } finally {
        setBusy(false)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, credentials, language],
  )

  const start = useCallback(async () => {
    const answer = (await call('enrol', {})) as Started | null
    if (answer) setStarted(answer)
  }, [call])

  const confirm = async () => {
    const answer = (await call('confirm', { code })) as { backupCodes?: string[] } | null
    if (answer?.backupCodes) setBackupCodes(answer.backupCodes)
  }

  if (backupCodes)
    return (
      <div className="mfa-enrol mfa-enrol--done">
        <p style={{ fontSize: 'small' }}>{say('mfa.ui.backupCodes')}</p>
        <ul className="mfa-backup-codes" style={{ fontFamily: 'monospace', columns: 2 }}>
          {backupCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button buttonStyle="primary" size="small" onClick={onDone}>
          {say('mfa.ui.continue')}
        </Button>
      </div>
    )

  return (
    <div className="mfa-enrol">
      {!started && (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void start()}>
          {say('mfa.ui.start')}
        </Button>
      )}
      {started && (
        // No <form>: on the account page this sits inside the document's own form.
        <div className="mfa-enrol__confirm">
          <p style={{ fontSize: 'small' }}>{say('mfa.ui.scan')}</p>
          {/* A data: URL drawn on the server; nothing is fetched from the internet. */}
          <img
            className="mfa-qr"
            src={started.qr}
            alt={started.uri}
            width={180}
            height={180}
            style={{ background: '#fff', display: 'block' }}
          />
          <p style={{ fontSize: 'small' }}>
            {say('mfa.ui.secret')}:{' '}
            <code className="mfa-secret" style={{ wordBreak: 'break-all' }}>
              {started.secret}
            </code>
          </p>
          <label style={{ display: 'block' }}>
            {say('mfa.ui.code')}
            <input
              className="mfa-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return
                event.preventDefault()
                if (code) void confirm()
              }}
              style={{ display: 'block', width: '100%', marginTop: 4 }}
            />
          </label>
          <Button
            buttonStyle="primary"
            size="small"
            className="mfa-enrol__submit"
            disabled={busy || !code}
            onClick={() => void confirm()}
          >
            {say('mfa.ui.confirm')}
          </Button>
        </div>
      )}
      {error && (
        <p className="mfa-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
