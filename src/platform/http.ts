import type { PayloadRequest, TypedUser } from 'payload'
import { refused } from './i18n'
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
