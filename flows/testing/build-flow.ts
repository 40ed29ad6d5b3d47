import { flowDefinitionSchema, type FlowDefinition } from "../schema/flow";
import type { Understanding } from "../understanding";

/**
 * A flow from terse node specs and `source.handle>target` edge strings, parsed like a stored flow
 * (so a spec with a wrong field fails loudly in the test that wrote it).
 */
export function buildFlow(nodes: readonly object[], edges: string[], extra: { variables?: { name: string; initial?: string }[] } = {}): FlowDefinition {
  return flowDefinitionSchema.parse({
    schemaVersion: 1,
    id: "test-flow",
    name: "Test flow",
    variables: extra.variables ?? [],
    nodes,
    edges: edges.map((spec) => {
      const match = /^([\w-]+)(?:\.([\w.-]+))?>([\w-]+)$/.exec(spec);
      if (!match) throw new Error(`bad edge spec ${spec}`);
      const [, source, handle = "next", target] = match;
      return { id: `${source}.${handle}-${target}`, source, target, handle };
    }),
  });
}

/** A minimal understanding for tests: intent, optional entities, emotion. */
export function understanding(intent = "other", confidence = 0.9, extra: Partial<Understanding> = {}): Understanding {
  return {
    intent: { name: intent, confidence },
    ranking: [{ name: intent, confidence }],
    entities: [],
    emotion: { label: "neutral", score: 0.5 },
    locale: "zh-CN",
    ...extra,
  };
}
