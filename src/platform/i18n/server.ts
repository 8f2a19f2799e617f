import { APIError, ValidationError, type PayloadRequest } from 'payload'
import { fieldLabel } from '@/platform/input/labels'

import type { MessageParams } from './catalog'
import type { Translator } from './translator'

type RequestLike = { i18n?: { language?: string } } | null | undefined

/**
 * The request-bound half of a module's texts: messages in the request's language (Vietnamese unless
 * the caller asked for English), and the errors that carry them to the user.
 */
export const requestHelpers = <K extends string>({ translate }: Translator<K>) => ({
  /** A text in the request's language. */
  t: (req: RequestLike, key: K, params?: MessageParams): string =>
    translate(req?.i18n?.language, key, params),
  /** Refuses an operation as a whole (400 unless told otherwise), with the text in the request's language. */
  refused: (req: RequestLike, key: K, params?: MessageParams, status = 400): APIError =>
    new APIError(translate(req?.i18n?.language, key, params), status, null, true),
  /**
   * Refuses a write with an error the admin shows next to the field at `path`; the refusal's text
   * names the field by its label.
   */
  invalidField: (
    req: PayloadRequest,
    collection: string,
    path: string,
    key: K,
    params?: MessageParams,
  ): ValidationError =>
    new ValidationError(
      {
        collection,
        errors: [
          {
            path,
            label: fieldLabel(req, collection, path),
            message: translate(req.i18n?.language, key, params),
          },
        ],
        req,
      },
      req.t,
    ),
})
