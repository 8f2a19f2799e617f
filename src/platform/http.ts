import { addDataAndFileToRequest, type PayloadRequest, type TypedUser } from 'payload'
import { refused } from './i18n'
import { isPlainObject } from './input/values'
import { hasRole, type Role } from './roles'

/** The signed-in user of a custom endpoint, or a 401 refusal in the caller's language. */
export const requireUser = (req: PayloadRequest): TypedUser => {
  if (!req.user) throw refused(req, 'error.unauthenticated', undefined, 401)
  return req.user
}

/** The signed-in user, who must hold one of `roles`: 401 without a login, 403 without the role. */
export const requireRole = (req: PayloadRequest, ...roles: Role[]): TypedUser => {
  const user = requireUser(req)
  if (!hasRole(user, ...roles)) throw refused(req, 'error.forbidden', undefined, 403)
  return user
}

/** The query string of a custom endpoint's request. */
export const searchParams = (req: PayloadRequest): URLSearchParams =>
  new URL(req.url ?? 'http://localhost').searchParams

/** A path parameter of a custom endpoint (`/:id/…`). */
export const routeParam = (req: PayloadRequest, name: string): string =>
  String(req.routeParams?.[name] ?? '')

/**
 * The JSON object a custom endpoint was sent: `{}` for an empty body, a 400 in the caller's language
 * for anything else that is not one JSON object (malformed JSON, a list, text of another type).
 */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
  const text = req.text ? await req.text() : ''
  if (text.trim() === '') return {}
  if (type !== 'application/json') throw refused(req, 'input.bodyNotObject')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw refused(req, 'input.invalidJson')
  }
  if (!isPlainObject(value)) throw refused(req, 'input.bodyNotObject')
  return value
}

/**
 * A custom endpoint's body sent as JSON (see `jsonBody`), or as a form with a `file` and the
 * fields as JSON in `_payload`, the way Payload's own uploads are sent.
 */
export const bodyWithFile = async (
  req: PayloadRequest,
): Promise<{ data: Record<string, unknown>; file?: PayloadRequest['file'] }> => {
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
  if (type !== 'multipart/form-data') return { data: await jsonBody(req) }
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    // Payload parses `_payload` without a guard.
    if (error instanceof SyntaxError) throw refused(req, 'input.invalidJson')
    throw error
  }
  const data: unknown = req.data ?? {}
  if (!isPlainObject(data)) throw refused(req, 'input.bodyNotObject')
  return { data, file: req.file }
}
