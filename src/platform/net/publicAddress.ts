import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net, { BlockList, type LookupFunction } from 'node:net'

/**
 * Addresses an outgoing call made for a user (a portal's webhook) must never reach: this host,
 * the private networks behind it, link-local (cloud metadata at 169.254.169.254), multicast and
 * the reserved ranges. `WEBHOOK_ALLOW_PRIVATE=true` lifts it for intranets and tests.
 */
const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6')

/** Whether the address (IPv4 or IPv6, without brackets) is in a range outgoing calls must avoid. */
export const isPrivateAddress = (address: string): boolean => {
  const plain = address.replace(/^\[|\]$/g, '')
  const family = net.isIP(plain)
  if (family === 0) return true // not an address at all: never trusted as a public one
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is judged by the IPv4
  // ranges: the block list matches mapped addresses against them itself.
  return blocked.check(plain, family === 6 ? 'ipv6' : 'ipv4')
}

export const privateTargetsAllowed = (env: Record<string, string | undefined> = process.env) =>
  env.WEBHOOK_ALLOW_PRIVATE?.trim().toLowerCase() === 'true'

/**
 * Why `url` may not be called (`private`: it names or resolves to a blocked address), or null. The
 * URL parser already turns `0x7f000001` and `2130706433` into 127.0.0.1. A name that does not
 * resolve now passes here and is checked again when the call is made.
 */
export const targetProblem = async (url: string): Promise<'private' | null> => {
  if (privateTargetsAllowed()) return null
  let host: string
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  } catch {
    return null // the field's own check says the URL is invalid
  }
  if (net.isIP(host)) return isPrivateAddress(host) ? 'private' : null
  if (host === 'localhost' || host.endsWith('.localhost')) return 'private'
  const addresses = await dns.promises.lookup(host, { all: true }).catch(() => [])
  return addresses.some(({ address }) => isPrivateAddress(address)) ? 'private' : null
}

export class PrivateTargetError extends Error {
  code = 'EPRIVATETARGET'
}

/**
 * A `lookup` for node:http(s) that refuses a name resolving to a blocked address at the moment of
 * connecting, so a name that changes its answer after registration (DNS rebinding) still fails.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const list = addresses as dns.LookupAddress[]
    if (!privateTargetsAllowed() && list.some(({ address }) => isPrivateAddress(address)))
      return callback(new PrivateTargetError(`${hostname} resolves to a private address`), '', 0)
    if (options.all)
      return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list) // node's overload for `all`
    const first = list[0]
    if (!first) return callback(new PrivateTargetError(`${hostname} has no address`), '', 0)
    callback(null, first.address, first.family)
  })
}

/**
 * POSTs `body` to `url` only if it is a public address, checked before and again while connecting.
 * Redirects are never followed (a 3xx is the answer), so none can lead into a private network.
 */
export const postToPublicAddress = async (
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<{ status: number; statusText: string }> => {
  if (await targetProblem(url)) throw new PrivateTargetError(`${url} is a private address`)
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: publicOnlyLookup,
        timeout: timeoutMs,
      },
      (response) => {
        response.resume()
        resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '' })
      },
    )
    request.on('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)))
    request.on('error', reject)
    request.end(body)
  })
}
