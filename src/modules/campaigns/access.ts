import type { Access } from 'payload'

import { hasRole, isStaffUser, type Role } from '@/platform/roles'

/** Plans are official documents: staff read them all; the public only plans marked public. */
export const readPlans: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { isPublic: { equals: true } }

/** Communications staff write plans, indicators and outlets. */
export const planWriters: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Who reads a unit's broadcasts and reports (their subtree), and who writes them. */
export const campaignReaders: readonly Role[] = ['editor', 'reviewer', 'viewer', 'reporter']
export const broadcastWriters: readonly Role[] = ['editor', 'reporter']
