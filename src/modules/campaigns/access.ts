import type { Access } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { hasRole, isStaffUser, type Role } from '@/platform/roles'
import { slugs } from '@/platform/slugs'

/** Plans are official documents: staff read them all; the public only plans marked public. */
export const readPlans: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { isPublic: { equals: true } }

/** A plan's indicators are read with the plan: by staff, or by anyone when the plan is public. */
export const readIndicators: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  // System read: which plans are public is what decides, whoever asks.
  const { docs } = await asSystem(req).find({
    collection: slugs.campaignPlans,
    where: { isPublic: { equals: true } },
    pagination: false,
    depth: 0,
    select: {},
  })
  return { plan: { in: docs.map((plan) => plan.id) } }
}

/** Communications staff write plans, indicators and outlets. */
export const planWriters: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Who reads a unit's broadcasts and reports (their subtree), and who writes them. */
export const campaignReaders: readonly Role[] = ['editor', 'reviewer', 'viewer', 'reporter']
export const broadcastWriters: readonly Role[] = ['editor', 'reporter']
