/**
 * The response cache's key: the path plus the query with its parameters sorted, so
 * `?limit=20&page=1` and `?page=1&limit=20` share one entry. Repeated parameters keep their order
 * (a handler may read them as a list).
 */
export const cacheKeyOf = (pathname: string, searchParams: URLSearchParams): string => {
  const entries = [...searchParams]
  if (entries.length === 0) return pathname
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${pathname}?${new URLSearchParams(entries).toString()}`
}
