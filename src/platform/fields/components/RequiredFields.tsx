'use client'
import React, { createContext, useContext } from 'react'

const RequiredPaths = createContext<ReadonlySet<string>>(new Set())

/**
 * Fields a form requires only in some cases (a report's figures its plan requires): a parent marks
 * their paths, and the fields' own components show the mark and `aria-required`. Payload renders a
 * custom field component on the server with the field's static config, so a client override of
 * `required` does not reach it; this context does.
 */
export const RequiredFields: React.FC<{
  paths: ReadonlySet<string>
  children: React.ReactNode
}> = ({ paths, children }) => (
  <RequiredPaths.Provider value={paths}>{children}</RequiredPaths.Provider>
)

/** Whether a field is required: by its config, or because a parent marks its path. */
export const useRequired = (path: string, configured: boolean | undefined): boolean => {
  const marked = useContext(RequiredPaths)
  return Boolean(configured) || marked.has(path)
}
