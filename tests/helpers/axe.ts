import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

const axeSource = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] }

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's script policy does
 * not stop it) over `include` (a selector, default the whole document; shadow roots are searched) and
 * answers the critical and serious violations, one entry per rule with the elements it found.
 */
export const seriousViolations = async (page: Page, include?: string): Promise<AxeViolation[]> => {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (selector) => {
    type Result = {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[] }[]
      }[]
    }
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe
    const result = await axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }))
  }, include ?? null)
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
}

/** One element a critical or serious axe rule found, and whether the project rendered it. */
export type AxeNode = {
  rule: string
  impact: string
  help: string
  target: string
  html: string
  /** Inside one of the project's own component roots (the selector given to `seriousNodes`). */
  project: boolean
}

/**
 * Runs axe-core over the page and answers every element a critical or serious rule found, each
 * marked `project` when it lies inside `projectRoots` (a selector list of the project's own
 * component roots) — the rest is rendered by Payload's admin.
 */
export const seriousNodes = async (page: Page, projectRoots: string): Promise<AxeNode[]> => {
  await page.evaluate(axeSource)
  return page.evaluate(async (roots) => {
    type Result = {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; html: string; impact?: string | null }[]
      }[]
    }
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    const inProject = (target: unknown[]): boolean => {
      // A target in a shadow root is an array of selectors; the host decides.
      const first = Array.isArray(target[0]) ? (target[0] as string[])[0] : (target[0] as string)
      const element = typeof first === 'string' ? document.querySelector(first) : null
      return Boolean(element?.closest(roots))
    }
    return result.violations.flatMap((v) =>
      v.nodes
        .map((n) => ({
          rule: v.id,
          impact: n.impact ?? v.impact ?? '',
          help: v.help,
          target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
          html: n.html.slice(0, 200),
          project: inProject(n.target),
        }))
        .filter((n) => n.impact === 'critical' || n.impact === 'serious'),
    )
  }, projectRoots)
}
