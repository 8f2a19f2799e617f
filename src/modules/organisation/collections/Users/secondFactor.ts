import {
  generatePayloadCookie,
  type CollectionAfterOperationHook,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import QRCode from 'qrcode'

import { resolveMfaRequiredRoles } from '@/platform/config/env'
import { jsonBody, requireRole, routeParam } from '@/platform/http'
import { roles } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation/audit'
import {
  acceptedStep,
  hashBackupCode,
  newBackupCodes,
  newSecret,
  secondFactorRequired,
  storedBackupCodes,
  spendBackupCode,
} from '@/modules/organisation/domain/secondFactor'
import { refused, t } from '@/modules/organisation/i18n'

import { checkPassword, failSignIn, type Account } from './signIn'

/** A wrong setting is reported by the config checks; meanwhile the default (admin, reviewer) holds. */
export const mfaRequiredRoles = (): string[] => {
  try {
    return resolveMfaRequiredRoles(process.env, roles)
  } catch {
    return resolveMfaRequiredRoles({}, roles)
  }
}

/** A refusal the sign-in form recognises: `data.secondFactor` says which step comes next. */
const secondStep = (error: ReturnType<typeof refused>, step: 'code' | 'enrol') => {
  error.data = { secondFactor: step }
  return error
}

const codeOf = (req: PayloadRequest): string | undefined => {
  const code = (req.data as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

const saveAccount = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  // System write: the second factor's secrets are no field anyone may write through the API.
  req.payload.db.updateOne({ collection: slugs.users, id, data, req, returning: false })

/**
 * A six-digit code (each time step once) or one of the backup codes (each once); true when it is
 * good, and it is then used up.
 */
const spendCode = async (req: PayloadRequest, user: Account, code: string): Promise<boolean> => {
  if (!user.mfaSecret) return false
  const step = acceptedStep(user.mfaSecret, code, Date.now(), user.mfaLastStep)
  if (step !== null) {
    await saveAccount(req, user.id, { mfaLastStep: step })
    return true
  }
  const left = spendBackupCode(storedBackupCodes(user.mfaBackupCodes), code)
  if (!left) return false
  await saveAccount(req, user.id, { mfaBackupCodes: JSON.stringify(left) })
  await audit(req, {
    action: 'mfa.backupCodeUsed',
    actor: { id: user.id, email: user.email ?? null },
    collection: slugs.users,
    documentId: user.id,
    unit: user.unit ?? null,
    summary: { backupCodesLeft: left.length },
  })
  return true
}

/**
 * The second step of every sign-in, after the password: an enrolled account needs a good code
 * (REST: `code` next to `email` and `password`), an account whose role requires a second factor
 * must enrol first. Until then Payload creates no session and hands out no token. A wrong code
 * counts as a failed sign-in.
 */
export const checkSecondFactor = async (
  req: PayloadRequest,
  email: string,
  user: Account,
): Promise<void> => {
  // Set by the enrolment endpoint, which has just checked a code itself.
  if (req.context.secondFactorVerified === String(user.id)) return
  if (user.mfaSecret) {
    const code = codeOf(req)
    if (!code) throw secondStep(refused(req, 'mfa.codeRequired', undefined, 401), 'code')
    if (!(await spendCode(req, user, code)))
      await failSignIn(
        req,
        email,
        user,
        { secondFactor: true },
        secondStep(refused(req, 'mfa.codeWrong', undefined, 401), 'code'),
      )
    return
  }
  if (secondFactorRequired(user.roles, mfaRequiredRoles()))
    throw secondStep(refused(req, 'mfa.enrolmentRequired', undefined, 403), 'enrol')
}

type Enrollee = { account: Account; credentials?: { email: string; password: string } }

/** Who enrols: the signed-in person, or (before any session) whoever gives a right password. */
const enrollee = async (req: PayloadRequest, body: Record<string, unknown>): Promise<Enrollee> => {
  const user = req.user
  if (user && user.collection === slugs.users) {
    // System read: the person's own second-factor state, which no API returns.
    const account = await req.payload.db.findOne<Account>({
      collection: slugs.users,
      where: { id: { equals: user.id } },
      req,
    })
    if (account) return { account }
  }
  const { email, password } = body
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password)
    throw refused(req, 'mfa.credentialsRequired', undefined, 401)
  return { account: await checkPassword(req, email, password), credentials: { email, password } }
}

/** Starts (or starts again) an enrolment: a new secret, its otpauth:// address and QR code. */
const startEnrolment: Endpoint = {
  path: '/mfa/enrol',
  method: 'post',
  handler: async (req) => {
    const { account } = await enrollee(req, await jsonBody(req))
    if (account.mfaSecret) throw refused(req, 'mfa.alreadyEnrolled', undefined, 409)
    const { secret, uri } = newSecret(account.email ?? '')
    await saveAccount(req, account.id, { mfaPendingSecret: secret })
    // Drawn here, offline: the secret never leaves for a QR service on the internet.
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return Response.json({
      secret,
      uri,
      qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    })
  },
}

/**
 * Confirms an enrolment with a code from the app: the secret is kept, 10 backup codes are shown
 * this once (kept hashed). Started before any session (a required role's first sign-in), it also
 * signs in, as the login would with that code.
 */
const confirmEnrolment: Endpoint = {
  path: '/mfa/confirm',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    const code = typeof body.code === 'string' ? body.code : ''
    if (!code) throw refused(req, 'mfa.codeMissing')
    const { account, credentials } = await enrollee(req, body)
    if (account.mfaSecret) throw refused(req, 'mfa.alreadyEnrolled', undefined, 409)
    if (!account.mfaPendingSecret) throw refused(req, 'mfa.notStarted', undefined, 409)
    const step = acceptedStep(account.mfaPendingSecret, code, Date.now(), null)
    if (step === null) {
      const wrong = refused(req, 'mfa.codeWrong', undefined, 400)
      if (credentials)
        await failSignIn(req, credentials.email, account, { secondFactor: true }, wrong)
      throw wrong
    }
    const backupCodes = newBackupCodes()
    await saveAccount(req, account.id, {
      mfaSecret: account.mfaPendingSecret,
      mfaPendingSecret: null,
      mfaBackupCodes: JSON.stringify(backupCodes.map(hashBackupCode)),
      mfaLastStep: step,
      mfaEnabled: true,
    })
    await audit(req, {
      action: 'mfa.enrolled',
      actor: { id: account.id, email: account.email ?? null },
      collection: slugs.users,
      documentId: account.id,
      unit: account.unit ?? null,
    })
    if (!credentials) return Response.json({ backupCodes })

    req.context.secondFactorVerified = String(account.id)
    const result = await req.payload.login({
      collection: slugs.users,
      data: { email: credentials.email, password: credentials.password },
      req,
    })
    const users = req.payload.collections[slugs.users].config
    const cookie = generatePayloadCookie({
      collectionAuthConfig: users.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token ?? '',
    })
    return Response.json(
      { backupCodes, token: result.token, exp: result.exp, user: result.user },
      { headers: { 'Set-Cookie': cookie } },
    )
  },
}

/** An admin clears another person's second factor (a lost phone); they enrol again. */
const resetSecondFactor: Endpoint = {
  path: '/:id/mfa/reset',
  method: 'post',
  handler: async (req) => {
    requireRole(req, 'admin')
    const id = routeParam(req, 'id')
    // System read: the second-factor state is no field the API returns, even to admins.
    const account = /^\d+$|^[a-f0-9]{24}$/i.test(id)
      ? await req.payload.db.findOne<Account>({
          collection: slugs.users,
          where: { id: { equals: id } },
          req,
        })
      : null
    if (!account) throw refused(req, 'mfa.noSuchUser', undefined, 404)
    if (!account.mfaSecret && !account.mfaPendingSecret)
      throw refused(req, 'mfa.notEnabled', undefined, 409)
    await saveAccount(req, account.id, {
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaBackupCodes: null,
      mfaLastStep: null,
      mfaEnabled: false,
    })
    await audit(req, {
      action: 'mfa.reset',
      collection: slugs.users,
      documentId: account.id,
      unit: account.unit ?? null,
      summary: { email: account.email ?? null },
    })
    return Response.json({ message: t(req, 'mfa.resetDone', { email: account.email ?? '' }) })
  },
}

export const secondFactorEndpoints: Endpoint[] = [
  startEnrolment,
  confirmEnrolment,
  resetSecondFactor,
]

/**
 * A password reset signs the person in; where a second factor guards the account, that session
 * is ended at once and no token is handed out: they sign in with the new password and a code.
 */
export const noSessionFromReset: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'resetPassword') return result
  const reset = result as { token?: string; user?: { id?: number | string } }
  const id = reset.user?.id
  if (id === undefined) return result
  const account = await req.payload.db.findOne<Account>({
    collection: slugs.users,
    where: { id: { equals: id } },
    req,
  })
  if (!account) return result
  if (!account.mfaSecret && !secondFactorRequired(account.roles, mfaRequiredRoles())) return result
  await saveAccount(req, id, { sessions: [] })
  delete reset.token
  return result
}
