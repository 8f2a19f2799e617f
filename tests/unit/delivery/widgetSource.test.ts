import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

// The widget runs inside other sites' pages: these guard the promises the README makes about it.
const source = fs.readFileSync(
  path.join(process.cwd(), 'src/modules/delivery/widget/widget.js'),
  'utf8',
)
const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

describe('the widget script', () => {
  it('should be plain script that parses without a build step', () => {
    expect(() => new Function(source)).not.toThrow()
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
    // ES2017 at most: no optional chaining or nullish coalescing.
    expect(code).not.toMatch(/\?\.|\?\?/)
  })

  it('should never turn text into HTML or code', () => {
    expect(code).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]on/,
    )
  })

  it('should send no cookies and keep nothing in the browser', () => {
    const fetches = code.match(/\bfetch\(/g) ?? []
    expect(fetches.length).toBeGreaterThan(0)
    expect(code.match(/credentials: 'omit'/g)).toHaveLength(fetches.length)
    expect(code).not.toMatch(/document\.cookie|localStorage|sessionStorage|indexedDB/)
  })
})
