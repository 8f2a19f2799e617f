import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from './env'

type Env = Record<string, string | undefined>

export const DEFAULT_SITE_NAME = 'Cổng truyền thông CCHC'
const MAX_NAME = 100
const MAX_LOGO_BYTES = 256 * 1024

/** The default logo: a small emblem drawn here, so nothing is fetched (no internet needed). */
export const DEFAULT_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img"><circle cx="32" cy="32" r="30" fill="#c8102e"/><circle cx="32" cy="32" r="25" fill="none" stroke="#ffcd00" stroke-width="2"/><path fill="#ffcd00" d="M32 12l5.9 18.1H57L41.6 41.3l5.9 18.1L32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z"/></svg>`

const logoTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
}

export type Branding = {
  /** The deployment's name: the login page, the admin's header and every page title. */
  name: string
  /** The logo as a data URI (the admin's policy allows `data:` images; nothing is fetched). */
  logo: string
}

const dataUri = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`

/**
 * The deployment's name (`SITE_NAME`) and logo (`SITE_LOGO`, an SVG, PNG, JPEG or WebP file of at
 * most 256 KB) shown on the login page and in the admin instead of Payload's. A logo that cannot be
 * read stops the start with a message naming the variable.
 */
export const resolveBranding = (env: Env, cwd = process.cwd()): Branding => {
  const name = env.SITE_NAME?.trim() || DEFAULT_SITE_NAME
  if (name.length > MAX_NAME)
    throw new ConfigError(
      'SITE_NAME',
      `Tên quá dài (${name.length} ký tự, tối đa ${MAX_NAME}).`,
      `The name is too long (${name.length} characters, at most ${MAX_NAME}).`,
    )
  const file = env.SITE_LOGO?.trim()
  if (!file) return { name, logo: dataUri('image/svg+xml', Buffer.from(DEFAULT_LOGO_SVG)) }
  const full = path.resolve(cwd, file)
  const type = logoTypes[path.extname(full).toLowerCase()]
  if (!type)
    throw new ConfigError(
      'SITE_LOGO',
      `"${file}" không phải tệp SVG, PNG, JPEG hoặc WebP.`,
      `"${file}" is not an SVG, PNG, JPEG or WebP file.`,
    )
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(full)
  } catch {
    throw new ConfigError(
      'SITE_LOGO',
      `Không đọc được tệp "${full}".`,
      `The file "${full}" cannot be read.`,
    )
  }
  if (bytes.length > MAX_LOGO_BYTES)
    throw new ConfigError(
      'SITE_LOGO',
      `Tệp logo lớn hơn ${MAX_LOGO_BYTES / 1024} KB.`,
      `The logo file is over ${MAX_LOGO_BYTES / 1024} KB.`,
    )
  return { name, logo: dataUri(type, bytes) }
}
