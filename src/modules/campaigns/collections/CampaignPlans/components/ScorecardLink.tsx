'use client'
import { Link, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { translate } from '@/modules/campaigns/i18n.client'
import React from 'react'

/** A way from a plan to its scorecard. */
export const ScorecardLink: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <Link className="btn btn--style-secondary btn--size-small" href={`/admin/scorecard?plan=${id}`}>
      {translate(i18n.language, 'plan.scorecard')}
    </Link>
  )
}
