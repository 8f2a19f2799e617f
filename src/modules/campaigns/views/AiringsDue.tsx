import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '@/platform/admin/AdminPage'

import { AiringsDueList } from '@/modules/campaigns/components/AiringsDueList'

/** `/admin/airings-due`: a unit's airings of today or this week, confirmed in one step. */
export const AiringsDueView: React.FC<AdminViewServerProps> = (props) => {
  const { searchParams } = props
  return (
    <AdminPage view={props}>
      <AiringsDueList initialRange={searchParams?.range === 'week' ? 'week' : 'today'} />
    </AdminPage>
  )
}
