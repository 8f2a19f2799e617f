import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { setProcessState } from '@/platform/processState'
import { matchPublicRoute } from '@/modules/delivery/registry'

import { stopWatching } from './generation'
import { publicRequestListener } from './nodeListener'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** What the production server (scripts/serve.mjs) takes from the Next.js bundle once it is prepared. */
export type FastPath = {
  /** A node:http listener: public routes through the delivery layer, everything else to `fallback`. */
  listener: (fallback: Listener) => Listener
  stop: () => void
}

/** Where serve.mjs finds it: `globalThis[Symbol.for('cchc.publicDelivery.fastPath')]`. */
export const FAST_PATH = 'publicDelivery.fastPath'

/**
 * Called from instrumentation.ts when the production server asks for it (CCHC_FAST_PATH=1): builds
 * the fast path from this bundle's own modules and Payload instance and leaves it on globalThis for
 * the server, so the server loads no TypeScript of its own and one Payload serves both paths.
 */
export const exposeFastPath = (payload: Payload): void => {
  const fastPath: FastPath = {
    listener: (fallback) =>
      publicRequestListener({ payload, matchRoute: matchPublicRoute, fallback }),
    stop: stopWatching,
  }
  setProcessState(FAST_PATH, fastPath)
}
