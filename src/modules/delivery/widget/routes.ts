import fs from 'node:fs/promises'
import path from 'node:path'

import type { PublicResponse, PublicRoute } from '@/modules/delivery/types'

/**
 * The embeddable widget (`/widget.js`): a hand-written script kept as a plain file (src/modules/delivery/widget/
 * widget.js) so portals load it as it is, with no build step. Read once from the project folder
 * (the working directory of `npm start`, the fast server and the Docker image alike) and kept in memory.
 */
const WIDGET_FILE = path.join(process.cwd(), 'src', 'modules', 'delivery', 'widget', 'widget.js')

let source: Promise<string> | null = null
const widgetSource = (): Promise<string> => {
  source ??= fs.readFile(WIDGET_FILE, 'utf8').catch((error: unknown) => {
    source = null
    throw error
  })
  return source
}

const widget = async (): Promise<PublicResponse> => ({
  status: 200,
  headers: {
    'Content-Type': 'application/javascript; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  },
  body: await widgetSource(),
})

export const widgetRoutes: PublicRoute[] = [{ path: '/widget.js', shared: true, handler: widget }]
