'use client'
import { Link, useTranslation } from '@payloadcms/ui'
import { translate } from '@/modules/campaigns/i18n.client'
import React from 'react'

/** Links to the scorecard, the broadcast calendar and the airings to confirm in the admin's side navigation. */
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
      <Link className="nav__link" href="/admin/airings-due">
        {translate(i18n.language, 'nav.due')}
      </Link>
    </div>
  )
}
