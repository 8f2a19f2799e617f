/**
 * The `feed` library writes JSON Feed 1.0 (`author`, version/1). Version 1.1 replaces `author` with
 * `authors` and adds `language`; this turns the library's output into a 1.1 document.
 */
type JsonObject = Record<string, unknown>

const authorsOf = (value: JsonObject): JsonObject => {
  const { author, ...rest } = value
  return author && typeof author === 'object' && Object.keys(author).length > 0
    ? { ...rest, authors: [author] }
    : rest
}

export const toJsonFeed11 = (feedJson: string, language: string): string => {
  const feed = JSON.parse(feedJson) as JsonObject & { items?: JsonObject[] }
  const {
    version: _version,
    items = [],
    ...rest
  } = authorsOf(feed) as JsonObject & { items?: JsonObject[] }
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language,
    items: items.map(authorsOf),
  })
}
