/**
 * The client's address and protocol as the edge (scripts/serve.mjs, see scripts/clientAddress.mjs)
 * decided them, honouring `TRUST_PROXY`. Every rate limit, anti-spam rule and log line that names
 * a client uses these; nothing reads `X-Forwarded-For` itself.
 *
 * Without the edge (Next's own `next start`, tests calling the handlers), the headers are absent and
 * every caller is the one "local" client.
 */
export const CLIENT_ADDRESS_HEADER = 'x-cchc-client-address'
export const CLIENT_PROTO_HEADER = 'x-cchc-client-proto'

type WithHeaders = { headers: Pick<Headers, 'get'> }

export const clientAddress = (req: WithHeaders): string =>
  req.headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'local'

/** `https` when the client reached the deployment over TLS (directly or through a trusted proxy). */
export const clientProtocol = (req: WithHeaders): 'http' | 'https' =>
  req.headers.get(CLIENT_PROTO_HEADER) === 'https' ? 'https' : 'http'
