import { describe, expect, it } from '@jest/globals'
import { resolveClient, trustedHops } from '../../../scripts/clientAddress.mjs'

describe('the client address decided at the edge', () => {
  it('should ignore X-Forwarded-For when no proxy is trusted', () => {
    expect(
      resolveClient({
        socketAddress: '::ffff:203.0.113.9',
        forwardedFor: '1.2.3.4',
        forwardedProto: 'https',
        hops: 0,
      }),
    ).toEqual({ address: '203.0.113.9', protocol: 'http' })
  })

  it('should take the address before the trusted proxies, whatever the client prepended', () => {
    const input = {
      socketAddress: '10.0.0.2',
      forwardedFor: '6.6.6.6, 198.51.100.7',
      forwardedProto: 'https',
    }
    expect(resolveClient({ ...input, hops: 1 })).toEqual({
      address: '198.51.100.7',
      protocol: 'https',
    })
    expect(resolveClient({ ...input, hops: 2 }).address).toBe('6.6.6.6')
    // More hops than addresses: the first one there is.
    expect(resolveClient({ ...input, hops: 5 }).address).toBe('6.6.6.6')
    expect(resolveClient({ socketAddress: '10.0.0.2', hops: 1 })).toEqual({
      address: '10.0.0.2',
      protocol: 'http',
    })
  })

  it('should read TRUST_PROXY as a small whole number of hops', () => {
    expect(trustedHops(undefined)).toBe(0)
    expect(trustedHops('')).toBe(0)
    expect(trustedHops('true')).toBe(0)
    expect(trustedHops('-1')).toBe(0)
    expect(trustedHops('1.5')).toBe(0)
    expect(trustedHops('2')).toBe(2)
  })
})
