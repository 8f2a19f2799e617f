/**
 * The message of a refusal as the API answers it: Payload's `{ errors: [{ message }] }`, or a
 * `{ message }` of our own endpoints' successes. Pure: admin components read answers with it.
 */
export const answerMessage = (body: unknown, fallback: string): string => {
  const answer = body as { errors?: { message?: string }[]; message?: string } | null
  return answer?.errors?.[0]?.message ?? answer?.message ?? fallback
}
