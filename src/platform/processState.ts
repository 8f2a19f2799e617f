/**
 * State a process keeps once, whichever copy of a module asks for it. In one process the Next.js
 * bundle and plain Node (the production server's fast path, the worker, the seed) load separate
 * copies of our modules, yet the schedules, the mail transport and the public cache must exist once.
 * So such state lives on `globalThis` under the registered symbol `cchc.<name>`: this is the one place
 * that does it.
 */
const holder = globalThis as unknown as Record<symbol, unknown>

const keyOf = (name: string) => Symbol.for(`cchc.${name}`)

/** The process's `name` state, made by `create` the first time it is asked for. */
export const processState = <T>(name: string, create: () => T): T => {
  const key = keyOf(name)
  if (!(key in holder)) holder[key] = create()
  return holder[key] as T
}

/** The process's `name` state if there is one yet. */
export const existingProcessState = <T>(name: string): T | undefined =>
  holder[keyOf(name)] as T | undefined

/** Sets (or, with `undefined`, drops) the process's `name` state. */
export const setProcessState = <T>(name: string, value: T | undefined): void => {
  if (value === undefined) delete holder[keyOf(name)]
  else holder[keyOf(name)] = value
}
