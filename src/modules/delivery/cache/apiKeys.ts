import { createHash } from 'node:crypto'
import { executeAuthStrategies, type Payload } from 'payload'
import { slugs } from '@/platform/slugs'
import { deliveryState, type ApiKeyLookup } from './state'

const PREFIX = `${slugs.users} API-Key `

/** Whether the Authorization header carries a Payload API key (`users API-Key <key>`). */
export const isApiKeyHeader = (authorization: string | null | undefined): authorization is string =>
  Boolean(authorization?.startsWith(PREFIX))

/**
 * The user behind an API key, or null for a key no one holds. Payload's own API-key strategy does the
 * lookup (only this header is passed, so no other strategy can match). The answer, found or not, is
 * remembered for `keyCacheMs` under a hash of the header, so portals do not cost a database read per
 * request; concurrent first requests share one lookup.
 */
export const userOfApiKey = async (
  payload: Payload,
  authorization: string,
): Promise<{ id: string } | null> => {
  const state = deliveryState()
  const hash = createHash('sha256').update(authorization).digest('base64url')
  const now = Date.now()
  const known = state.apiKeys.get(hash)
  if (known && known.expires > now) return known.pending ? known.pending : known.user
  const pending = executeAuthStrategies({
    headers: new Headers({ Authorization: authorization }),
    payload,
    canSetHeaders: false,
  }).then(({ user }) => (user ? { id: String(user.id) } : null))
  const entry: ApiKeyLookup = { user: null, expires: now + state.settings.keyCacheMs, pending }
  state.apiKeys.set(hash, entry)
  try {
    entry.user = await pending
    return entry.user
  } catch (error) {
    state.apiKeys.delete(hash)
    throw error
  } finally {
    delete entry.pending
  }
}
