import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AiringsDueList } from '@/modules/campaigns/components/AiringsDueList'

/** `/admin/airings-due`: a unit's airings of today or this week, confirmed in one step. */
export const AiringsDueView: React.FC<AdminViewServerProps> = (props) => {
  const { initPageResult, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={props.params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <AiringsDueList initialRange={searchParams?.range === 'week' ? 'week' : 'today'} />
    </DefaultTemplate>
  )
}
