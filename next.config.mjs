import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking runs as its own step (`npm run typecheck`), so the build does not do it twice.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client', 'pdfkit'],
  // Minified server code loses class names, and Payload tells errors apart by name: every refusal
  // then reached users as "An unknown error occurred." and was logged as a fault with its stack.
  experimental: { serverMinification: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
