import { randomBytes } from 'node:crypto'

import {
  addDataAndFileToRequest,
  type Endpoint,
  type Payload,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { languageOf } from '@/platform/i18n/catalog'
import { requireRole, routeParam } from '@/platform/http'
import { slugs } from '@/platform/slugs'
import { formatDateTime } from '@/platform/time'

import { audit } from '@/modules/organisation'

import { refused, t, label, translate } from './i18n'
import { enqueueMail } from './outbox'
import { composeMail, defineMailTemplate, greeting } from './templates'

/** How long a reset link works (it also stops working once used). */
export const RESET_TOKEN_MINUTES = 60
/** A second request for the same account within this time sends no second mail. */
const RESEND_AFTER_MS = 60_000

type ResetMail = { name: string; token: string; expiresAt: string }

/** The link to the admin's own "choose a new password" page. */
const resetLink = (adminUrl: string, token: string): string =>
  `${adminUrl.replace(/\/$/, '')}/admin/reset/${token}`

export const passwordResetMail = defineMailTemplate<ResetMail>({
  name: 'passwordReset',
  label: label('mail.template.passwordReset'),
  render: ({ name, token, expiresAt }, context) => {
    const { language } = context
    return composeMail(
      language,
      translate(language, 'passwordReset.subject'),
      greeting(language, name),
      [
        { kind: 'p', text: translate(language, 'passwordReset.body') },
        {
          kind: 'p',
          text: translate(language, 'passwordReset.expires', {
            time: formatDateTime(expiresAt, language),
          }),
        },
        { kind: 'p', text: translate(language, 'passwordReset.ignore') },
      ],
      resetLink(context.adminUrl, token),
    )
  },
})

type Account = {
  id: number | string
  email: string
  name: string
  language?: string | null
  unit?: number | string | null
}

/**
 * Gives `account` a fresh single-use token (valid RESET_TOKEN_MINUTES) and queues the mail with the
 * link. The token is written by the adapter directly, in no transaction, so nothing is held open
 * while the mail waits in the outbox. Returns whether a mail was queued.
 */
export const sendPasswordReset = async (
  payload: Payload,
  account: Account,
  now = new Date(),
): Promise<boolean> => {
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000).toISOString()
  const token = randomBytes(32).toString('hex')
  await payload.db.updateOne({
    collection: slugs.users,
    id: account.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: expiresAt },
    returning: false,
  })
  return enqueueMail(payload, {
    // One mail per token: a repeated request gets its own key, and its own (newer) link.
    key: `passwordReset:${account.id}:${token.slice(0, 16)}`,
    template: passwordResetMail,
    to: account.email,
    language: languageOf(account.language),
    data: { name: account.name, token, expiresAt },
  })
}

/** The work behind a reset request, done after the answer went out (so every address answers alike). */
const resetInBackground = async (req: PayloadRequest, email: string): Promise<void> => {
  const { payload } = req
  // System work: an anonymous request asks for a mail to the account's own address.
  const found = await payload.db.findOne<Account & { resetPasswordExpiration?: string | null }>({
    collection: slugs.users,
    where: { email: { equals: email } },
  })
  await audit(req, {
    action: 'password.resetRequested',
    actor: { id: found?.id ?? null, email },
    collection: slugs.users,
    documentId: found?.id ?? null,
    unit: found?.unit ?? null,
  })
  if (!found?.email) return
  const pending = found.resetPasswordExpiration ? Date.parse(found.resetPasswordExpiration) : 0
  // A link sent less than a minute ago is still on its way: no second mail for a double click.
  if (pending - (Date.now() - RESEND_AFTER_MS) > RESET_TOKEN_MINUTES * 60_000) return
  await sendPasswordReset(payload, found)
}

const requestedEmail = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string') return null
  const trimmed = email.trim().toLowerCase()
  return trimmed.length > 0 && trimmed.length <= 320 ? trimmed : null
}

/**
 * Replaces Payload's forgot-password (which mails inside a write transaction): the same immediate
 * answer for every address, known or not; the lookup, the token and the queued mail follow after.
 */
const forgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = requestedEmail(req.data)
    if (!email) throw refused(req, 'passwordReset.emailRequired')
    const { payload } = req
    setImmediate(() => {
      resetInBackground(req, email).catch((error: unknown) =>
        payload.logger.error({ err: error, msg: 'password reset request failed' }),
      )
    })
    return Response.json({ message: t(req, 'passwordReset.accepted') })
  },
}

/** An admin sends a reset mail to a user from the user's page. */
const sendResetMail: Endpoint = {
  path: '/:id/send-password-reset',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    const id = routeParam(req, 'id')
    const account = await req.payload.db.findOne<Account>({
      collection: slugs.users,
      where: { id: { equals: id } },
    })
    if (!account) throw refused(req, 'passwordReset.noSuchUser', undefined, 404)
    await sendPasswordReset(req.payload, account)
    await audit(req, {
      action: 'password.resetRequested',
      collection: slugs.users,
      documentId: account.id,
      unit: account.unit ?? null,
      summary: { sentBy: 'admin', to: account.email },
    })
    return Response.json({ message: t(req, 'passwordReset.sent', { email: account.email }) })
  },
}

/** Puts the two endpoints in front of Payload's own on the users collection. */
export const passwordResetByOutbox: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === slugs.users
      ? {
          ...collection,
          endpoints: [forgotPassword, sendResetMail, ...(collection.endpoints || [])],
        }
      : collection,
  ),
})
