import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpTrap = {
  url: string
  port: number
  /** Every mail the server accepted, parsed. */
  mails: ParsedMail[]
  /** While true, every message is refused with a temporary error (451), as a full or broken server does. */
  refuse: boolean
  /** While true, the server reads a message and never answers (a send hangs mid-way); `release` answers. */
  hang: boolean
  /** Resolves when a message is being received while `hang` is on. */
  hanging: () => Promise<void>
  release: () => void
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>
  close: () => Promise<void>
}

/** A real SMTP server on 127.0.0.1 (the `smtp-server` package), keeping what it receives. */
export const startSmtpTrap = async (): Promise<SmtpTrap> => {
  const held: (() => void)[] = []
  let onHang: (() => void) | null = null
  const trap = {} as SmtpTrap
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (trap.refuse) {
        stream.resume()
        stream.on('end', () =>
          callback(
            Object.assign(new Error('Hệ thống bận, thử lại sau / try again later'), {
              responseCode: 451,
            }),
          ),
        )
        return
      }
      if (trap.hang) {
        stream.resume()
        // The message is read but never acknowledged: the client waits until it gives up or dies.
        held.push(() => callback(Object.assign(new Error('aborted'), { responseCode: 451 })))
        onHang?.()
        return
      }
      simpleParser(stream)
        .then((mail) => {
          trap.mails.push(mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  Object.assign(trap, {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails: [],
    refuse: false,
    hang: false,
    hanging: () => new Promise<void>((resolve) => (onHang = resolve)),
    release: () => held.splice(0).forEach((answer) => answer()),
    waitFor: async (count: number, timeoutMs = 15_000) => {
      const deadline = performance.now() + timeoutMs
      while (trap.mails.length < count && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 50))
      return trap.mails
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
  return trap
}

/** The mails sent to one address, by subject. */
export const subjectsTo = (mails: ParsedMail[], address: string): string[] =>
  mails
    .filter((mail) =>
      JSON.stringify(mail.to ?? '')
        .toLowerCase()
        .includes(address.toLowerCase()),
    )
    .map((mail) => mail.subject ?? '')
