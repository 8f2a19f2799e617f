import { createChallenge } from 'altcha-lib/v1'
import type { Endpoint } from 'payload'

import { proofKey } from '../engagement/guardPublicSubmission'

const CHALLENGE_TTL_MS = 20 * 60 * 1000
/** About a second of work in a phone's browser; nothing for a person, costly for a flood. */
const MAX_NUMBER = 100_000

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
      maxnumber: MAX_NUMBER,
      expires: new Date(Date.now() + CHALLENGE_TTL_MS),
    })
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } })
  },
}
