import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking runs as its own step (`npm run typecheck`), so the build does not do it twice.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
