import type { Payload, PayloadRequest } from 'payload'

type LocalApi = Pick<
  Payload,
  'find' | 'findByID' | 'count' | 'create' | 'update' | 'delete' | 'findGlobal' | 'updateGlobal'
>
const methods = [
  'find',
  'findByID',
  'count',
  'create',
  'update',
  'delete',
  'findGlobal',
  'updateGlobal',
] as const

/**
 * The Local API with some options fixed, whatever the caller passes. Payload's methods are generic
 * over the collection slug; a wrapper cannot restate those signatures, so each wrapped method is
 * given its original type back (the cast), and only `forced` options are added to the call.
 */
const withOptions = (payload: Payload, forced: object): LocalApi =>
  Object.fromEntries(
    methods.map((method) => [
      method,
      (args: object) =>
        (payload[method] as (options: object) => unknown).call(payload, { ...args, ...forced }),
    ]),
    // See above: the wrapped methods get their generic signatures back.
  ) as unknown as LocalApi

/**
 * The Local API as the request's user sees it. Payload's Local API skips access control unless told
 * otherwise; every call made on behalf of a user goes through this, which always passes the request
 * (its user, language and transaction) and `overrideAccess: false`.
 */
export const asUser = (req: PayloadRequest): LocalApi =>
  withOptions(req.payload, { req, overrideAccess: false })

/**
 * The Local API as the platform itself: access control off, on purpose. For work no user asked for
 * (schedules, the seed, derived data) or reads a rule needs whoever the user is (a unit's subtree,
 * a uniqueness check). Pass the request to stay inside its transaction. Say why at each call.
 */
export const asSystem = (from: Payload | PayloadRequest): LocalApi =>
  'payload' in from && 'headers' in from
    ? withOptions(from.payload, { req: from, overrideAccess: true })
    : withOptions(from as Payload, { overrideAccess: true })
