import React from 'react'

import { resolveBranding } from '@/platform/config/branding'

/** The deployment's logo and name on the login page (instead of Payload's). */
export const BrandLogo: React.FC = () => {
  const { name, logo } = resolveBranding(process.env)
  return (
    <div
      className="cchc-brand"
      style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}
    >
      {/* A data URI: nothing is fetched, and the admin's policy allows it. */}
      <img src={logo} alt="" width={64} height={64} style={{ objectFit: 'contain' }} />
      <span style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.2 }}>{name}</span>
    </div>
  )
}

/** The deployment's logo in the admin's navigation (instead of Payload's). */
export const BrandIcon: React.FC = () => {
  const { name, logo } = resolveBranding(process.env)
  return <img src={logo} alt={name} title={name} width={28} height={28} />
}
