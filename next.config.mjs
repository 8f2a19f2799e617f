import { withPayload } from '@payloadcms/next/withPayload'

import { nextHeaderRules } from './scripts/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking runs as its own step (`npm run typecheck`), so the build does not do it twice.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client', 'pdfkit'],
  // Minified server code loses class names, and Payload tells errors apart by name: every refusal
  // then reached users as "An unknown error occurred." and was logged as a fault with its stack.
  // Uploads from the admin pass src/proxy.ts (the cross-site check): let them through whole, above
  // the upload limit, so Payload's own limit answers.
  experimental: { serverMinification: false, proxyClientMaxBodySize: '64mb' },
  // No `X-Powered-By`; the security headers also when Next serves alone (`next start`).
  poweredByHeader: false,
  // Built into the routes manifest: portals allowed to frame public routes are set at run time by
  // the edge (scripts/serve.mjs), so here nothing may frame anything.
  headers: async () => nextHeaderRules({}),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
