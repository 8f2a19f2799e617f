'use client'
import { Button, Link, useConfig, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React, { useState } from 'react'

import { translate } from '@/modules/organisation/i18n.client'

import { EnrolSteps } from './EnrolSteps'
import { signInRequest } from './signInRequest'

type Step = 'password' | 'code' | 'enrol'

/** Only a path of this admin: never another site (`//host`, `https://…`). */
const safeTarget = (redirect: string | null, fallback: string): string =>
  redirect && redirect.startsWith('/') && !redirect.startsWith('//') && !redirect.includes('\\')
    ? redirect
    : fallback

/** A labelled input; `id` is this form's own (Payload's hidden form uses `field-email`…). */
const field = (id: string, label: string, input: React.ReactNode) => (
  <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
    <div className="input-wrapper">{input}</div>
  </div>
)

/**
 * The admin's sign-in, in two steps: the password, then the six-digit code (or a backup code), or
 * the enrolment with a QR code where the role requires a second factor and none is set up yet.
 * Replaces Payload's form (hidden below), which knows only the first step; the server refuses a
 * session without the second factor whatever form is used.
 */
export const SecondFactorLogin: React.FC = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const search = useSearchParams()
  const language = i18n.language
  const say = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const [step, setStep] = useState<Step>('password')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const adminRoute = config.routes.admin
  const api = config.routes.api

  const finish = () =>
    window.location.assign(safeTarget(search.get('redirect'), adminRoute || '/admin'))

  const signIn = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    try {
      const res = await signInRequest(
        api,
        `/${config.admin.user}/login`,
        step === 'code' ? { email, password, code } : { email, password },
        language,
      )
      if (res.ok) return finish()
      const answer = res.body
      const next = answer.errors?.[0]?.data?.secondFactor
      const message = answer.errors?.[0]?.message ?? answer.message ?? say('mfa.ui.failed')
      if (next === 'enrol') setStep('enrol')
      else if (next === 'code' && step === 'password') setStep('code')
      else setError(message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="second-factor-login" style={{ width: '100%' }}>
      {/* Payload's own one-step form stays out of sight; this one does both steps. */}
      <style>{'.login__form { display: none !important; }'}</style>
      {step === 'enrol' ? (
        <>
          <h2>{say('mfa.ui.enrolTitle')}</h2>
          <p>{say('mfa.enrolmentRequired')}</p>
          <EnrolSteps
            language={language}
            api={api}
            credentials={{ email, password }}
            onDone={finish}
          />
        </>
      ) : (
        <form className="second-factor-login__form" onSubmit={(event) => void signIn(event)}>
          {step === 'password' ? (
            <>
              {field(
                'second-factor-email',
                say('mfa.ui.email'),
                <input
                  id="second-factor-email"
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />,
              )}
              {field(
                'second-factor-password',
                say('mfa.ui.password'),
                <input
                  id="second-factor-password"
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />,
              )}
              <Link href={`${adminRoute}/forgot`}>{say('mfa.ui.forgot')}</Link>
            </>
          ) : (
            <>
              <h2>{say('mfa.ui.codeTitle')}</h2>
              <p>{say('mfa.codeRequired')}</p>
              {field(
                'field-code',
                say('mfa.ui.codeOrBackup'),
                <input
                  id="field-code"
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  autoFocus
                  required
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                />,
              )}
            </>
          )}
          {error && (
            <p
              className="second-factor-login__error"
              role="alert"
              style={{ color: 'var(--theme-error-500)' }}
            >
              {error}
            </p>
          )}
          <div style={{ display: 'flex', gap: 8, marginTop: 'var(--base)' }}>
            <Button buttonStyle="primary" type="submit" disabled={busy} size="large">
              {say('mfa.ui.signIn')}
            </Button>
            {step === 'code' && (
              <Button
                buttonStyle="secondary"
                size="large"
                onClick={() => {
                  setStep('password')
                  setCode('')
                  setError('')
                }}
              >
                {say('mfa.ui.back')}
              </Button>
            )}
          </div>
        </form>
      )}
    </div>
  )
}
