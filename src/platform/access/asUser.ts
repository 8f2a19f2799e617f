import type { Payload, PayloadRequest } from 'payload'

/**
 * The Local API as the request's user sees it. Payload's Local API skips access control unless told
 * otherwise; every call made on behalf of a user goes through this, which always passes the request
 * (its user, language and transaction) and `overrideAccess: false`, whatever the caller passes.
 */
export const asUser = (req: PayloadRequest) => {
  const { payload } = req
  const scoped = { req, overrideAccess: false as const }
  return {
    find: ((args: object) => payload.find({ ...args, ...scoped } as never)) as Payload['find'],
    findByID: ((args: object) => payload.findByID({ ...args, ...scoped } as never)) as Payload['findByID'],
    count: ((args: object) => payload.count({ ...args, ...scoped } as never)) as Payload['count'],
    create: ((args: object) => payload.create({ ...args, ...scoped } as never)) as Payload['create'],
    update: ((args: object) => payload.update({ ...args, ...scoped } as never)) as Payload['update'],
    delete: ((args: object) => payload.delete({ ...args, ...scoped } as never)) as Payload['delete'],
  }
}
