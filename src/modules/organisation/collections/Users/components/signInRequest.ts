import { solveChallenge } from 'altcha-lib/v1'

type Challenge = {
  algorithm: string
  challenge: string
  salt: string
  signature: string
  maxnumber?: number
}

export type SignInAnswer = {
  ok: boolean
  status: number
  body: {
    errors?: { message?: string; data?: { secondFactor?: 'code' | 'enrol'; antispam?: boolean } }[]
    message?: string
  } & Record<string, unknown>
}

/** Solves the app's anti-spam puzzle (a proof of work, offline) as the public forms do. */
const solveProof = async (api: string): Promise<string | null> => {
  const res = await fetch(`${api}/antispam/challenge`, { cache: 'no-store' })
  if (!res.ok) return null
  const challenge = (await res.json()) as Challenge
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise
  if (!solution) return null
  const { maxnumber: _max, ...signed } = challenge
  return btoa(JSON.stringify({ ...signed, number: solution.number }))
}

/**
 * A sign-in request (the login, or an enrolment with email and password): when the server asks for
 * the anti-spam proof (after a few failures), the puzzle is solved here and the request sent again
 * with it, so a person never has to do anything about it.
 */
export const signInRequest = async (
  api: string,
  path: string,
  body: Record<string, unknown>,
  language: string,
): Promise<SignInAnswer> => {
  const send = async (proof?: string): Promise<SignInAnswer> => {
    const res = await fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': language,
        ...(proof ? { 'X-Altcha': proof } : {}),
      },
      body: JSON.stringify(body),
    })
    const answer = (await res.json().catch(() => ({}))) as SignInAnswer['body']
    return { ok: res.ok, status: res.status, body: answer }
  }
  const first = await send()
  if (first.ok || !first.body.errors?.[0]?.data?.antispam) return first
  const proof = await solveProof(api)
  return proof ? send(proof) : first
}
