import { foldVietnamese } from './fold'

const MAX_SLUG_LENGTH = 96

/** An ASCII URL slug from Vietnamese text: "Đẩy mạnh cải cách" → "day-manh-cai-cach". */
export const slugify = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')

export const isValidSlug = (slug: string): boolean =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= MAX_SLUG_LENGTH

/** The first of `base`, `base-2`, `base-3`… that `isTaken` does not claim. */
export const firstFreeSlug = async (
  base: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> => {
  for (let n = 1; ; n++) {
    const candidate =
      n === 1 ? base : `${base.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
}
