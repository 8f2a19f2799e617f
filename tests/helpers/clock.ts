import { jest } from '@jest/globals'

/** Controls only the clock (`Date`): Payload's own timers, sockets and promises keep running for real. */
export const setClock = (iso: string | Date) =>
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'clearImmediate',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  })
