import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkUpload } from '../../../domain/media/uploadPolicy'
import { t } from '../../../i18n/request'

/**
 * Looks at the bytes of an upload before Payload stores or resizes anything, so a disguised,
 * unknown or oversized file is refused with a clear message and nothing is written.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const usesTempFile = Boolean(file.tempFilePath) && (!file.data || file.data.length === 0)
  const detected = usesTempFile ? await fileTypeFromFile(file.tempFilePath!) : await fileTypeFromBuffer(file.data)
  const problem = checkUpload({ name: file.name, size: file.size ?? file.data?.length ?? 0, detected })
  if (problem) {
    const status = problem.key === 'media.tooLarge' ? 413 : 400
    throw new APIError(t(req, problem.key, problem.params), status, { errors: [{ path: 'file', message: t(req, problem.key, problem.params) }] }, true)
  }
  return args
}
