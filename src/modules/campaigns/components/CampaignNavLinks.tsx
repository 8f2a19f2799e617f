'use client'
import { Link, useTranslation } from '@payloadcms/ui'
import { translate } from '@/modules/campaigns/i18n.client'
import React from 'react'

/** Links to the scorecard and the broadcast calendar in the admin's side navigation. */
export const CampaignNavLinks: React.FC = () => {
  const { i18n } = useTranslation()
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 16 }}>
      <Link className="nav__link" href="/admin/scorecard">
        {translate(i18n.language, 'nav.scorecard')}
      </Link>
      <Link className="nav__link" href="/admin/broadcast-calendar">
        {translate(i18n.language, 'nav.calendar')}
      </Link>
    </div>
  )
}
