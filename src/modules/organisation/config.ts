import {
  configProblems,
  resolveAuditRetentionDays,
  resolveMfaRequiredRoles,
  resolveSessionIdleMinutes,
} from '@/platform/config/env'
import type { ConfigCheck } from '@/platform/module'
import { roles } from '@/platform/roles'

/**
 * The account settings: `npm start` refuses to start on a wrong one; a server started otherwise
 * names it at start and in /api/health (and keeps the default meanwhile).
 */
export const checkAccountSettings: ConfigCheck = (env) =>
  configProblems(
    () => resolveSessionIdleMinutes(env),
    () => resolveAuditRetentionDays(env),
    () => resolveMfaRequiredRoles(env, roles),
  )
