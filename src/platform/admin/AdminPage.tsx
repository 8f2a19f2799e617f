import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

/** A custom admin view's page: Payload's template (menu, header, language) around the view's content. */
export const AdminPage: React.FC<{ view: AdminViewServerProps; children: React.ReactNode }> = ({
  view,
  children,
}) => {
  const { initPageResult, params, searchParams } = view
  const { req, visibleEntities, permissions, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      {children}
    </DefaultTemplate>
  )
}
