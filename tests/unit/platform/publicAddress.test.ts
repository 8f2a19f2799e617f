import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { isPrivateAddress, postToPublicAddress, targetProblem } from '@/platform/net/publicAddress'

let server: http.Server
let hits = 0
let port = 0

beforeAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE
  server = http.createServer((req, res) => {
    hits += 1
    res.writeHead(204).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE
  await new Promise((resolve) => server.close(resolve))
})

describe('outgoing calls reach public addresses only', () => {
  it('should call loopback, private, link-local, multicast and metadata addresses private', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '[::1]',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      'ff02::1',
    ])
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: true })
  })

  it('should call ordinary internet addresses public', () => {
    for (const address of ['203.162.4.191', '8.8.8.8', '2001:4860:4860::8888'])
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: false })
  })

  it('should see through numeric spellings of 127.0.0.1 and the name localhost', async () => {
    for (const url of ['http://0x7f000001/', 'http://2130706433/', 'http://localhost/'])
      expect({ url, problem: await targetProblem(url) }).toEqual({ url, problem: 'private' })
  })

  it('should not call a receiver on this machine, by address or by a name resolving to it', async () => {
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`])
      await expect(postToPublicAddress(url, {}, '{}', 2000)).rejects.toThrow(/private/)
    expect(hits).toBe(0)
  })

  it('should call it when WEBHOOK_ALLOW_PRIVATE=true (intranets, tests)', async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    try {
      const answer = await postToPublicAddress(`http://localhost:${port}/hook`, {}, '{}', 2000)
      expect(answer.status).toBe(204)
      expect(hits).toBe(1)
    } finally {
      delete process.env.WEBHOOK_ALLOW_PRIVATE
    }
  })
})
