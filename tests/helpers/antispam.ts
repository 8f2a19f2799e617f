import { solveChallenge } from 'altcha-lib/v1'
import type { TestApp } from './payload'

/** Does what a reader's browser does: fetches a challenge and solves it, returning the proof. */
export const solveProof = async (app: TestApp): Promise<string> => {
  const challenge = (await (await app.rest('GET', '/antispam/challenge')).json()) as {
    algorithm: string
    challenge: string
    salt: string
    signature: string
    maxnumber?: number
  }
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise
  if (!solution) throw new Error('could not solve the challenge')
  return Buffer.from(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  ).toString('base64')
}
