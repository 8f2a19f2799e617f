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
