/** How the outbox retries: a failed attempt waits longer each time, then the message is left as failed. */

/** Sending attempts before a message is left as failed for an admin to look at. */
export const MAX_ATTEMPTS = 8
const RETRY_MINUTES = [1, 5, 15, 60, 180, 360, 720]

/** How long to wait after the `attempts`-th failed attempt (1-based): 1, 5, 15 minutes, 1, 3, 6, 12 hours. */
export const retryDelayMs = (attempts: number): number =>
  RETRY_MINUTES[Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1]! * 60_000
