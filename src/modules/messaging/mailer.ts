import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { ConfigError, resolveMail, type MailSettings } from '@/platform/config/env'
import { processState } from '@/platform/processState'

export type MailState = {
  configured: boolean
  ok: boolean | null
  checkedAt: string | null
  error: string | null
  /** A setting that could not be used (the process runs on, holding mail in the outbox). */
  configProblem: { variable: string; vi: string; en: string } | null
}

type MailRuntime = {
  settings: MailSettings | null
  transport: Transporter | null
  state: MailState
}

/** Connection and socket timeouts short enough that an unreachable server fails a send, not a tick. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

/**
 * Reads the mail settings once per process. A bad setting never stops the process: mail is then
 * held in the outbox and the problem is shown at start and in /api/health.
 */
export const mailRuntime = (env: Record<string, string | undefined> = process.env): MailRuntime =>
  processState('mail', () => createMailRuntime(env))

const createMailRuntime = (env: Record<string, string | undefined>): MailRuntime => {
  let settings: MailSettings | null = null
  let configProblem: MailState['configProblem'] = null
  try {
    settings = resolveMail(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    configProblem = { variable: error.variable, vi: error.vi, en: error.en }
  }
  const smtp = settings?.smtp ?? null
  const transport = smtp
    ? 'url' in smtp
      ? // nodemailer's types take a URL or options, not both; it merges them at run time.
        nodemailer.createTransport(smtp.url, TIMEOUTS as never)
      : nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          ...TIMEOUTS,
        })
    : null
  return {
    settings,
    transport,
    state: {
      configured: Boolean(transport),
      ok: null,
      checkedAt: null,
      error: null,
      configProblem,
    },
  }
}

/** Payload's email adapter: nodemailer over the configured SMTP server, or none (Payload then logs). */
export const mailAdapter = (): Promise<EmailAdapter> | undefined => {
  const { settings, transport } = mailRuntime()
  if (!settings || !transport) return undefined
  // Verified by checkMailTransport (health, worker start) instead: a verify here would slow every start.
  return nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    transport,
    skipVerify: true,
  })
}

const CHECK_EVERY_MS = 60_000

/** Whether the SMTP server answers (checked at most once a minute unless forced). */
export const checkMailTransport = async (force = false): Promise<MailState> => {
  const runtime = mailRuntime()
  const { state, transport } = runtime
  if (!transport) return state
  if (!force && state.checkedAt && Date.now() - Date.parse(state.checkedAt) < CHECK_EVERY_MS)
    return state
  try {
    await transport.verify()
    runtime.state = { ...state, ok: true, error: null, checkedAt: new Date().toISOString() }
  } catch (error) {
    runtime.state = {
      ...state,
      ok: false,
      error: (error as Error).message,
      checkedAt: new Date().toISOString(),
    }
  }
  return runtime.state
}

/** Records what the last real send said about the server, so health reflects it without a new check. */
export const noteSendOutcome = (error: Error | null): void => {
  const runtime = mailRuntime()
  runtime.state = {
    ...runtime.state,
    ok: error === null,
    error: error?.message ?? null,
    checkedAt: new Date().toISOString(),
  }
}
