import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export type TestBucket = {
  /** The settings the app reads (S3_BUCKET, S3_ENDPOINT, …). */
  env: Record<string, string>
  /** Keys of the objects in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** An object's bytes. */
  read: (key: string) => Promise<Buffer>
  remove: (key: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 and a free port, with one empty bucket, its
 * objects kept in a temporary folder. The app talks to it over HTTP with the AWS SDK, as to AWS.
 */
export const startTestBucket = async (bucket = 'cchc-media'): Promise<TestBucket> => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  }
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    env,
    keys: async () => {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        )
        keys.push(...(page.Contents ?? []).map((o) => o.Key ?? ''))
        token = page.NextContinuationToken
      } while (token)
      return keys.sort()
    },
    read: async (key) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    stop: async () => {
      client.destroy()
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
