import { hasRole, type Actor, type Role } from '@/platform/roles'

/**
 * The editorial workflow of articles and FAQs: an editor writes a draft and submits it; a reviewer
 * publishes it (now or on a schedule) or returns it with a comment. An editor publishes alone only
 * when an admin has granted it.
 */
export const reviewStates = ['draft', 'inReview', 'returned', 'published'] as const
export type ReviewState = (typeof reviewStates)[number]

/** Who acts on content: roles, and whether an admin let an editor publish alone. */
export type EditorialActor =
  (NonNullable<Actor> & { canPublish?: boolean | null }) | null | undefined

/** Roles that write and review content (admins always may). */
export const contentEditorRoles: readonly Role[] = ['editor', 'reviewer']

export const canPublish = (actor: EditorialActor): boolean =>
  hasRole(actor, 'admin', 'reviewer') || (hasRole(actor, 'editor') && Boolean(actor?.canPublish))

export const canEditContent = (actor: EditorialActor): boolean =>
  hasRole(actor, 'admin', ...contentEditorRoles)

export type ReviewProblem =
  'publishNotAllowed' | 'publishWithButton' | 'transitionNotAllowed' | 'commentRequired'

/**
 * Checks one save. `publishing` is true when the save makes the document public. Returns the state
 * the document moves to, or the reason the save is refused.
 */
export const decideReview = (args: {
  actor: EditorialActor
  from: ReviewState
  requested: ReviewState
  publishing: boolean
  comment?: string | null
}): { ok: true; state: ReviewState } | { ok: false; problem: ReviewProblem } => {
  const { actor, from, requested, publishing } = args
  if (publishing)
    return canPublish(actor)
      ? { ok: true, state: 'published' }
      : { ok: false, problem: 'publishNotAllowed' }
  if (requested === from) return { ok: true, state: from === 'published' ? 'draft' : from }
  const reviewer = canPublish(actor)
  switch (requested) {
    case 'inReview':
      return canEditContent(actor)
        ? { ok: true, state: 'inReview' }
        : { ok: false, problem: 'transitionNotAllowed' }
    case 'returned':
      if (!reviewer || from !== 'inReview') return { ok: false, problem: 'transitionNotAllowed' }
      return args.comment?.trim()
        ? { ok: true, state: 'returned' }
        : { ok: false, problem: 'commentRequired' }
    case 'draft':
      return canEditContent(actor)
        ? { ok: true, state: 'draft' }
        : { ok: false, problem: 'transitionNotAllowed' }
    case 'published':
      // Only an actual publish (the Publish button or a scheduled job) makes a document public:
      // an editor is told to send it for review, a reviewer to use the button.
      return { ok: false, problem: reviewer ? 'publishWithButton' : 'publishNotAllowed' }
  }
}

/** The workflow's buttons, in the order they are shown. */
export const editorialActionNames = ['submit', 'return', 'publish', 'unpublish'] as const
export type EditorialAction = (typeof editorialActionNames)[number]

export const isEditorialAction = (value: unknown): value is EditorialAction =>
  (editorialActionNames as readonly unknown[]).includes(value)

/**
 * Whether `actor` may take `action` on a document in review state `state` (`live`: on the public
 * site). The buttons shown and the action endpoint both ask this; the save hook (`decideReview`)
 * still guards the write itself. The refusal is the workflow's own word for it.
 */
export const decideEditorialAction = (args: {
  actor: EditorialActor
  action: EditorialAction
  state: ReviewState
  live: boolean
}): { ok: true } | { ok: false; problem: ReviewProblem } => {
  const { actor, action, state, live } = args
  const refuse = { ok: false, problem: 'transitionNotAllowed' } as const
  switch (action) {
    case 'submit':
      return canEditContent(actor) && (state === 'draft' || state === 'returned')
        ? { ok: true }
        : refuse
    case 'return':
      return canPublish(actor) && state === 'inReview' ? { ok: true } : refuse
    case 'publish':
      if (!canPublish(actor)) return { ok: false, problem: 'publishNotAllowed' }
      return state !== 'published' ? { ok: true } : refuse
    case 'unpublish':
      if (!canPublish(actor)) return { ok: false, problem: 'publishNotAllowed' }
      return live ? { ok: true } : refuse
  }
}

/** The actions `actor` may take on a document in `state` (the buttons they see). */
export const editorialActions = (args: {
  actor: EditorialActor
  state: ReviewState
  live: boolean
}): EditorialAction[] =>
  editorialActionNames.filter((action) => decideEditorialAction({ ...args, action }).ok)
