import { solveChallenge } from 'altcha-lib/v1'
import type { TestApp } from './payload'

type Challenge = {
  algorithm: string
  challenge: string
  salt: string
  signature: string
  maxnumber?: number
}

/** Does what a reader's browser does with a challenge the app gave: solves it, returns the proof. */
const solve = async (answer: Response): Promise<string> => {
  const challenge = (await answer.json()) as Challenge
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

/** A solved proof from an app loaded in jest. */
export const solveProof = async (app: TestApp): Promise<string> =>
  solve(await app.rest('GET', '/antispam/challenge'))

/** A solved proof from a started server. */
export const solveProofAt = async (baseUrl: string): Promise<string> =>
  solve(await fetch(`${baseUrl}/api/antispam/challenge`))
