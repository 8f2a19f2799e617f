/**
 * Failed sign-ins slow down the one client that makes them, for the one account it tries: a
 * stranger's guesses never lock the real owner out, who still signs in from another address.
 */

/** Failures allowed at full speed before the first wait. */
export const FREE_FAILURES = 3
/** The longest wait between two tries. */
export const MAX_WAIT_SECONDS = 15 * 60
/** A client that stayed quiet this long starts afresh. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000

export type ThrottleState = { failures: number; lastFailureAt: number }

/** Seconds to wait after `failures` failures in a row: none for the first few, then doubling. */
export const waitSeconds = (failures: number): number =>
  failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS)

const current = (state: ThrottleState | null | undefined, now: number): ThrottleState | null =>
  state && now - state.lastFailureAt < FORGET_AFTER_MS ? state : null

/** Until when (epoch ms) the client must wait before its next try, or null when it may try now. */
export const retryAfter = (state: ThrottleState | null | undefined, now: number): number | null => {
  const live = current(state, now)
  if (!live) return null
  const until = live.lastFailureAt + waitSeconds(live.failures) * 1000
  return until > now ? until : null
}

/** The state after one more failure at `now`. */
export const afterFailure = (
  state: ThrottleState | null | undefined,
  now: number,
): ThrottleState => ({
  failures: (current(state, now)?.failures ?? 0) + 1,
  lastFailureAt: now,
})

/** After this many failures in a row, each try also needs the anti-spam proof of work. */
export const PROOF_AFTER_FAILURES = 3

/** Whether the client's next try must carry a solved anti-spam proof. */
export const proofRequired = (state: ThrottleState | null | undefined, now: number): boolean =>
  (current(state, now)?.failures ?? 0) >= PROOF_AFTER_FAILURES
