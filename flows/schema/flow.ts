import { z } from "zod";
import { flowNodeSchema, handleSchema, identifierSchema, nodeIdSchema } from "./nodes";

/** Bumped on a breaking change of the flow format; stored flows name the version they were written in. */
export const FLOW_SCHEMA_VERSION = 1;

export const flowEdgeSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "1–128 letters, digits, _ . : or -"),
  source: nodeIdSchema,
  target: nodeIdSchema,
  /** The outgoing handle of the source node the edge leaves from. */
  handle: handleSchema.default("next"),
});

export const flowVariableSchema = z.object({
  name: identifierSchema,
  description: z.string().max(200).default(""),
  /** Declared variables with an initial value count as set from the start. */
  initial: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});

export const flowSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "lowercase letters, digits, _ or -, at most 64");

export const flowDefinitionSchema = z
  .object({
    schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
    id: flowSlugSchema,
    name: z.string().trim().min(1).max(120),
    description: z.string().max(1000).default(""),
    variables: z.array(flowVariableSchema).max(200).default([]),
    nodes: z.array(flowNodeSchema).min(1).max(2000),
    edges: z.array(flowEdgeSchema).max(6000),
    metadata: z.object({ tags: z.array(z.string().max(40)).max(20).default([]) }).default({ tags: [] }),
  })
  .superRefine((flow, ctx) => {
    // Identity problems make a graph meaningless, so they are schema errors; everything about the
    // graph's shape is the validator's job and is reported as problems instead.
    const nodeIds = new Set<string>();
    flow.nodes.forEach((node, i) => {
      if (nodeIds.has(node.id)) ctx.addIssue({ code: "custom", path: ["nodes", i, "id"], message: `duplicate node id "${node.id}"` });
      nodeIds.add(node.id);
    });
    const edgeIds = new Set<string>();
    flow.edges.forEach((edge, i) => {
      if (edgeIds.has(edge.id)) ctx.addIssue({ code: "custom", path: ["edges", i, "id"], message: `duplicate edge id "${edge.id}"` });
      edgeIds.add(edge.id);
    });
    const starts = flow.nodes.filter((node) => node.type === "start").length;
    if (starts !== 1) ctx.addIssue({ code: "custom", path: ["nodes"], message: `a flow has exactly one start node (found ${starts})` });
  });

export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;
export type FlowDefinitionInput = z.input<typeof flowDefinitionSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export type FlowVariable = z.infer<typeof flowVariableSchema>;

/** Parses untrusted JSON (an import, a stored row) into a flow, or the zod error. */
export function parseFlow(input: unknown): z.ZodSafeParseResult<FlowDefinition> {
  return flowDefinitionSchema.safeParse(input);
}

export { identifierSchema };
