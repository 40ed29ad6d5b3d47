import type { FlowDefinition } from "../schema/flow";
import { checkGraph } from "./check-graph";
import { checkReferences, type FlowCatalog } from "./check-references";
import { checkVariables } from "./check-variables";
import { buildGraph } from "./graph";
import { PROBLEM_CODES, type FlowProblem } from "./problems";

/**
 * Every problem of a flow, in node order then code order. Errors block publishing; warnings are
 * shown. Never throws: the designer runs it on every edit.
 */
export function validateFlow(flow: FlowDefinition, catalog: FlowCatalog = {}): FlowProblem[] {
  const graph = buildGraph(flow);
  const problems = [...checkGraph(flow, graph), ...checkReferences(flow, catalog), ...checkVariables(flow, graph)];
  const nodeOrder = new Map(flow.nodes.map((node, index) => [node.id, index]));
  const codeOrder = new Map(PROBLEM_CODES.map((code, index) => [code, index]));
  return problems.sort(
    (a, b) =>
      (a.nodeId === null ? -1 : (nodeOrder.get(a.nodeId) ?? 0)) - (b.nodeId === null ? -1 : (nodeOrder.get(b.nodeId) ?? 0)) ||
      (codeOrder.get(a.code) ?? 0) - (codeOrder.get(b.code) ?? 0),
  );
}

export function hasErrors(problems: readonly FlowProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

export type { FlowCatalog };
