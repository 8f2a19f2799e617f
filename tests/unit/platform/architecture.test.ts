import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

/**
 * The module layout, checked on the sources: platform ← organisation ← messaging ← content,
 * campaigns ← delivery; a module uses another only through its index; pure rules stay pure.
 */
const root = path.join(process.cwd(), 'src')
const rank: Record<string, number> = {
  platform: 0,
  organisation: 1,
  messaging: 2,
  content: 3,
  campaigns: 3,
  delivery: 4,
}

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })

const relative = (file: string) => path.relative(root, file).split(path.sep).join('/')
const isGenerated = (file: string) =>
  file === 'payload-types.ts' || file.startsWith('app/(payload)/admin/')
const sources = walk(root)
  .map(relative)
  .filter((file) => !isGenerated(file))
const text = new Map(sources.map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]))

type Import = { spec: string; typeOnly: boolean }
const importsOf = (source: string): Import[] =>
  [
    ...source.matchAll(
      /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm,
    ),
  ].map((m) => ({
    spec: m[3] ?? m[4]!,
    typeOnly: Boolean(m[2]),
  }))

/** The context a source file belongs to: "platform", a module's name, or null (the assembly, Next's files). */
const contextOf = (file: string): string | null => {
  if (file.startsWith('platform/')) return 'platform'
  const match = /^modules\/([a-z]+)\//.exec(file)
  return match ? match[1]! : null
}

describe('the module layout', () => {
  it('should keep only the platform, the modules, the seed and what Payload and Next need at the top of src/', () => {
    const top = fs.readdirSync(root).sort()
    expect(top).toEqual([
      'app',
      'instrumentation.ts',
      'modules',
      'payload-types.ts',
      'platform',
      'proxy.ts',
      'seed',
    ])
    expect(fs.readdirSync(path.join(root, 'modules')).sort()).toEqual([
      'campaigns',
      'content',
      'delivery',
      'index.ts',
      'messaging',
      'organisation',
    ])
    expect(fs.readdirSync(path.join(root, 'seed')).sort()).toEqual(['index.ts', 'run.ts'])
  })

  it('should let each module use another only through its index, and only down the chain', () => {
    const problems: string[] = []
    for (const [file, source] of text) {
      const from = contextOf(file)
      for (const { spec } of importsOf(source)) {
        const target = /^@\/modules\/([a-z]+)(\/.*)?$/.exec(spec)
        if (!target) continue
        const [, module, deep] = target
        if (from === 'platform') problems.push(`${file}: the platform imports ${spec}`)
        if (from === null || from === 'platform' || module === from) continue
        if (deep) problems.push(`${file}: imports the internals of ${module} (${spec})`)
        if (rank[module!]! >= rank[from]!)
          problems.push(`${file}: ${from} may not depend on ${module}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('should leave the config to the entry points: no module imports it (it imports every module)', () => {
    const entries = new Set(['instrumentation.ts', 'seed/run.ts', 'platform/jobs/worker.ts'])
    const problems = [...text]
      .filter(
        ([file, source]) =>
          !entries.has(file) && !file.startsWith('app/') && /@payload-config/.test(source),
      )
      .map(([file]) => file)
    expect(problems).toEqual([])
  })

  it('should keep domain rules free of the framework (types of other modules excepted)', () => {
    const problems = [...text]
      .filter(([file]) => /\/domain\//.test(file))
      .flatMap(([file, source]) =>
        importsOf(source)
          .filter(
            ({ spec, typeOnly }) =>
              /^(payload|@payloadcms\/|next|react)/.test(spec) ||
              (/^@\/modules\/[a-z]+$/.test(spec) && !typeOnly),
          )
          .map(({ spec }) => `${file}: ${spec}`),
      )
    expect(problems).toEqual([])
  })

  it('should import across folders of src/ through @/, never by climbing ../', () => {
    const insideSrc = (file: string, spec: string) =>
      !path.relative(root, path.resolve(root, path.dirname(file), spec)).startsWith('..')
    const problems = [...text].flatMap(([file, source]) =>
      importsOf(source)
        .filter(({ spec }) => spec.startsWith('../') && insideSrc(file, spec))
        .map(({ spec }) => `${file}: ${spec}`),
    )
    expect(problems).toEqual([])
  })

  it('should declare every collection slug once', () => {
    const problems = [...text]
      .filter(([file]) => file !== 'platform/slugs.ts')
      .flatMap(([file, source]) =>
        [...source.matchAll(/\b(slug|collection|relationTo):\s*'([a-z-]+)'/g)].map(
          (m) => `${file}: ${m[0]}`,
        ),
      )
    expect(problems).toEqual([])
  })

  it('should type users and documents as Payload generates them', () => {
    const problems = [...text].flatMap(([file, source]) =>
      source.split('\n').flatMap((line, index, lines) => {
        if (/as RoleHolder|Record<string, any>/.test(line))
          return [`${file}:${index + 1}: ${line.trim()}`]
        // A cast that drops the type must say why, in a comment on its line or in the statement above.
        const above = lines.slice(Math.max(0, index - 12), index + 1).join('\n')
        if (/as never\b|as unknown as/.test(line) && !/\/\/|\/\*|^\s*\*/m.test(above))
          return [`${file}:${index + 1}: uncommented cast`]
        return []
      }),
    )
    expect(problems).toEqual([])
  })
})
