/**
 * pending → sending → sent; a failed attempt goes back to pending with a later `nextAttemptAt`, and
 * after the last attempt to failed. Held: written to the log because no SMTP server is configured,
 * sent once one is. Cancelled by an admin: never sent.
 */
export const outboxStates = ['pending', 'sending', 'sent', 'failed', 'cancelled', 'held'] as const
export type OutboxState = (typeof outboxStates)[number]
