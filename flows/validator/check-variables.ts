import type { FlowDefinition } from "../schema/flow";
import type { FlowGraph } from "./graph";
import { variablesRead, variablesSet } from "./node-variables";
import type { FlowProblem } from "./problems";

/**
 * Data flow over the reachable graph: a variable is *possibly* set at a node when some path from
 * the start sets it, *definitely* set when every path does. Reading one that is set on no path is
 * an error; on only some paths, a warning (the customer may see an empty value).
 */
export function checkVariables(flow: FlowDefinition, graph: FlowGraph): FlowProblem[] {
  const { start } = graph;
  if (!start) return [];
  const initial = new Set(flow.variables.filter((v) => v.initial !== undefined).map((v) => v.name));
  const order = flow.nodes.filter((node) => graph.reachable.has(node.id)).map((node) => node.id);
  const may = new Map<string, Set<string>>(order.map((id) => [id, new Set<string>()]));
  const must = new Map<string, Set<string> | null>(order.map((id) => [id, null])); // null = "everything" (not yet reached)
  may.set(start.id, new Set(initial));
  must.set(start.id, new Set(initial));

  for (let changed = true, rounds = 0; changed && rounds < order.length + 2; rounds++) {
    changed = false;
    for (const id of order) {
      if (id === start.id) continue;
      let mayIn = new Set<string>();
      let mustIn = null as Set<string> | null;
      for (const edge of graph.incoming.get(id) ?? []) {
        if (!graph.reachable.has(edge.source)) continue;
        const source = graph.nodes.get(edge.source);
        if (!source) continue;
        const gen = variablesSet(source, edge.handle);
        const mayOut = new Set([...(may.get(edge.source) ?? []), ...gen]);
        mayIn = new Set([...mayIn, ...mayOut]);
        const sourceMust = must.get(edge.source);
        if (sourceMust === null || sourceMust === undefined) continue;
        const mustOut = new Set([...sourceMust, ...gen]);
        mustIn = mustIn === null ? mustOut : new Set([...mustIn].filter((name: string) => mustOut.has(name)));
      }
      if (!sameSet(may.get(id), mayIn)) {
        may.set(id, mayIn);
        changed = true;
      }
      const before = must.get(id) ?? null;
      if (mustIn !== null && (before === null || !sameSet(before, mustIn))) {
        must.set(id, mustIn);
        changed = true;
      }
    }
  }

  const problems: FlowProblem[] = [];
  for (const id of order) {
    const node = graph.nodes.get(id);
    if (!node) continue;
    const mayHere = may.get(id) ?? new Set<string>();
    const mustHere = must.get(id) ?? mayHere;
    // set_variable assignments run in order: a later one may read an earlier one.
    const ownEarlier = node.type === "set_variable" ? new Set(node.data.assignments.map((a) => a.variable)) : new Set<string>();
    for (const name of variablesRead(node)) {
      if (ownEarlier.has(name) || mustHere.has(name)) continue;
      if (mayHere.has(name)) {
        problems.push({ nodeId: id, code: "variable_read_before_set", severity: "warning", message: `"${name}" is set on some paths to this node but not on all.` });
      } else {
        problems.push({ nodeId: id, code: "variable_read_before_set", severity: "error", message: `"${name}" is read here but no path from the start sets it.` });
      }
    }
  }
  return problems;
}

function sameSet(a: Set<string> | undefined, b: Set<string>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
