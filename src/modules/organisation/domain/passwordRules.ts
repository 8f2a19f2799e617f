import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12
/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" for online attacks. */
const MIN_SCORE = 3

export type PasswordProblem =
  | { key: 'password.tooShort'; params: { min: number } }
  | { key: 'password.sameAsEmail' }
  | { key: 'password.weak' }

let estimator: ZxcvbnFactory | null = null
/** zxcvbn with its offline list of common passwords and words, built once. */
const strength = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  }))

/**
 * What is wrong with `password` for the account `email` (and its holder's `name`), or null: at least
 * 12 characters, not the email (nor its name part), and not guessable — common passwords,
 * repetitions, keyboard runs and the account's own words are what zxcvbn scores low.
 */
export const passwordProblem = async (
  password: string,
  account: { email?: string | null; name?: string | null },
): Promise<PasswordProblem | null> => {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { key: 'password.tooShort', params: { min: MIN_PASSWORD_LENGTH } }
  const email = account.email?.trim().toLowerCase() ?? ''
  const typed = password.trim().toLowerCase()
  if (email && (typed === email || typed === email.split('@')[0]))
    return { key: 'password.sameAsEmail' }
  const inputs = [email, email.split('@')[0] ?? '', account.name ?? ''].filter(Boolean)
  const { score } = await strength().check(password, inputs)
  return score < MIN_SCORE ? { key: 'password.weak' } : null
}
