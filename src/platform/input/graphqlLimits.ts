import type { ASTNode, ExecutionArgs, SelectionSetNode, ValidationRule } from 'graphql'
import { GraphQLError } from 'graphql'

import { translate } from '@/platform/i18n'

/** Aliased fields one GraphQL request may hold (the 200-alias query took 19.6 s). */
export const MAX_ALIASES = 15
/** Top-level fields one request may ask for. */
export const MAX_ROOT_FIELDS = 15
/** How deeply selections may nest. */
export const MAX_SELECTION_DEPTH = 10

/** The deepest nesting of a selection set (fragment spreads count as one level). */
const depthOf = (set: SelectionSetNode, level: number): number =>
  set.selections.reduce(
    (deepest, selection) =>
      Math.max(
        deepest,
        'selectionSet' in selection && selection.selectionSet
          ? depthOf(selection.selectionSet, level + 1)
          : level,
      ),
    level,
  )

type Context = { req?: { i18n?: { language?: string } } }

/**
 * Refuses, before anything runs, a GraphQL request that asks for too much at once: many aliases,
 * many top-level fields or deep nesting. Payload's own complexity limit stays on as well.
 */
export const graphqlLimits = (args: ExecutionArgs): ValidationRule[] => {
  const language = (args.contextValue as Context | undefined)?.req?.i18n?.language
  const rule: ValidationRule = (context) => {
    let aliases = 0
    let reported = false
    const report = (node: ASTNode) => {
      if (reported) return
      reported = true
      context.reportError(
        new GraphQLError(
          translate(language, 'input.graphqlTooMuch', {
            aliases: MAX_ALIASES,
            fields: MAX_ROOT_FIELDS,
            depth: MAX_SELECTION_DEPTH,
          }),
          { nodes: node },
        ),
      )
    }
    return {
      Field(node) {
        if (node.alias) aliases += 1
        if (aliases > MAX_ALIASES) report(node)
      },
      OperationDefinition(node) {
        if (node.selectionSet.selections.length > MAX_ROOT_FIELDS) report(node)
        if (depthOf(node.selectionSet, 1) > MAX_SELECTION_DEPTH) report(node)
      },
    }
  }
  return [rule]
}
