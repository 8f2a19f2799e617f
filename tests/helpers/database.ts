import path from 'node:path'

/**
 * The database a test file gets: a fresh SQLite file in its temporary folder, or, when
 * TEST_DATABASE_URL points at MongoDB, a fresh database with a unique name on that server.
 */
export const testDatabaseUrl = (dir: string): string => {
  const mongo = process.env.TEST_DATABASE_URL
  if (mongo && /^mongodb(\+srv)?:\/\//.test(mongo)) {
    const url = new URL(mongo)
    url.pathname = `/cchc_test_${path.basename(dir).replace(/\W/g, '_')}`
    return url.toString()
  }
  return `file:${path.join(dir, 'test.db')}`
}
