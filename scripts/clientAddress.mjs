/**
 * Who is on the other end of a request, decided once at the edge (scripts/serve.mjs) and handed to
 * the app in headers it sets itself, overwriting anything a caller sent under those names.
 *
 * `TRUST_PROXY` is the number of reverse proxies in front of the app that append to
 * `X-Forwarded-For` (unset or 0: none, and the header is ignored, since any caller can send it).
 * With N proxies the client is the N-th address from the right of `X-Forwarded-For` followed by the
 * socket's address; `X-Forwarded-Proto` is believed only then, from the nearest proxy.
 *
 * Plain JavaScript, so the edge loads it without a TypeScript loader; src/platform/clientAddress.ts
 * reads what it sets.
 */

export const CLIENT_ADDRESS_HEADER = 'x-cchc-client-address'
export const CLIENT_PROTO_HEADER = 'x-cchc-client-proto'

/**
 * @param {string | undefined} value the TRUST_PROXY setting
 * @returns {number} trusted proxy hops (0 when unset, not a whole number, or negative)
 */
export const trustedHops = (value) => {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0
}

/** @param {string} address */
const plain = (address) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/**
 * @param {{ socketAddress?: string | null, forwardedFor?: string | string[] | null,
 *   forwardedProto?: string | string[] | null, encrypted?: boolean, hops: number }} input
 * @returns {{ address: string, protocol: 'http' | 'https' }}
 */
export const resolveClient = ({ socketAddress, forwardedFor, forwardedProto, encrypted, hops }) => {
  const socket = socketAddress ? plain(socketAddress) : 'unknown'
  const ownProtocol = encrypted ? 'https' : 'http'
  if (hops === 0) return { address: socket, protocol: ownProtocol }
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const chain = [
    ...joined
      .split(',')
      .map((entry) => plain(entry))
      .filter(Boolean),
    socket,
  ]
  // The proxies we trust appended the last `hops` entries; the one before them is the client.
  const address = chain[Math.max(0, chain.length - 1 - hops)] ?? socket
  const protoJoined = Array.isArray(forwardedProto)
    ? forwardedProto.join(',')
    : (forwardedProto ?? '')
  const nearest = protoJoined
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .pop()
  const protocol = nearest === 'https' ? 'https' : nearest === 'http' ? 'http' : ownProtocol
  return { address, protocol }
}
