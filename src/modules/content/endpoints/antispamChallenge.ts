import { createChallenge } from 'altcha-lib/v1'
import type { Endpoint } from 'payload'
import { proofKey } from '@/platform/antispam'

const CHALLENGE_TTL_MS = 20 * 60 * 1000
/**
 * The search space of the puzzle: the default costs a browser under a second, nothing for a person
 * and a real cost for a flood (which the per-address rate limit stops anyway). ANTISPAM_DIFFICULTY
 * tunes it; tests lower it so they stay fast while solving real puzzles.
 */
const maxNumber = (): number => {
  const value = Number(process.env.ANTISPAM_DIFFICULTY)
  return Number.isInteger(value) && value >= 100 ? value : 20_000
}

/**
 * `GET /api/antispam/challenge`: a signed proof-of-work puzzle (ALTCHA, works offline, no third-party
 * service). The solved payload goes with a question or comment as `altcha` (or the X-Altcha header).
 */
export const antispamChallengeEndpoint: Endpoint = {
  path: '/antispam/challenge',
  method: 'get',
  handler: async (req) => {
    const challenge = await createChallenge({
      hmacKey: proofKey(req),
      maxnumber: maxNumber(),
      expires: new Date(Date.now() + CHALLENGE_TTL_MS),
    })
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } })
  },
}
