import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkUpload } from '@/modules/content/domain/uploadPolicy'
import { t } from '@/modules/content/i18n'
import fs from 'node:fs/promises'


const edgesOfFile = async (filePath: string): Promise<{ head: Buffer; tail: Buffer }> => {
  const handle = await fs.open(filePath)
  try {
    const { size } = await handle.stat()
    const head = Buffer.alloc(Math.min(8, size))
    const tail = Buffer.alloc(Math.min(1024, size))
    await handle.read(head, 0, head.length, 0)
    await handle.read(tail, 0, tail.length, size - tail.length)
    return { head, tail }
  } finally {
    await handle.close()
  }
}

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
  const { head, tail } = usesTempFile ? await edgesOfFile(file.tempFilePath!) : { head: file.data.subarray(0, 8), tail: file.data.subarray(-1024) }
  const problem = checkUpload({ name: file.name, size: file.size ?? file.data?.length ?? 0, detected, head, tail })
  if (problem) {
    const status = problem.key === 'media.tooLarge' ? 413 : 400
    throw new APIError(t(req, problem.key, problem.params), status, { errors: [{ path: 'file', message: t(req, problem.key, problem.params) }] }, true)
  }
  return args
}
