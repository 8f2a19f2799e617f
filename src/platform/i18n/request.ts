import { APIError, ValidationError, type PayloadRequest } from 'payload'

import { translate, type MessageKey, type MessageParams } from './messages'

type RequestLike = Pick<Partial<PayloadRequest>, 'i18n'> | undefined

/** A message in the request's language (Vietnamese unless the caller asked for English). */
export const t = (req: RequestLike, key: MessageKey, params?: MessageParams): string =>
  translate(req?.i18n?.language, key, params)

/** Refuses a write with a field-level error the admin shows next to the field. */
export const invalidField = (
  req: PayloadRequest,
  collection: string,
  path: string,
  key: MessageKey,
  params?: MessageParams,
): ValidationError =>
  new ValidationError({ collection, errors: [{ path, message: t(req, key, params) }], req }, req.t)

/** Refuses an operation as a whole (400 unless told otherwise), with a translated message. */
export const refused = (req: RequestLike, key: MessageKey, params?: MessageParams, status = 400) =>
  new APIError(t(req, key, params), status, undefined, true)
