/** Asks `read` again until it returns `expected` (or the time is up), then returns what it read last. */
export const pollUntil = async <T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 15_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (value !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    value = await read()
  }
  return value
}
