import { execFile } from 'node:child_process'

/**
 * Validates an OpenAPI document with @apidevtools/swagger-parser. It runs in a plain Node process:
 * the parser loads an ES-module-only dependency with `require`, which Node 20 allows but Jest's
 * module runtime (before Node 24.9) does not.
 */
export const validateOpenApi = (document: unknown): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = `
      import SwaggerParser from '@apidevtools/swagger-parser'
      let text = ''
      for await (const chunk of process.stdin) text += chunk
      try {
        await SwaggerParser.validate(JSON.parse(text))
      } catch (error) {
        console.error(error.message)
        process.exit(1)
      }
    `
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '' } },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`OpenAPI document is invalid: ${stderr || error.message}`))
          : resolve(),
    )
    child.stdin!.end(JSON.stringify(document))
  })
