import { handlesOf, mayWaitForMessage } from "../schema/handles";
import type { FlowDefinition } from "../schema/flow";
import { stronglyConnected, type FlowGraph } from "./graph";
import type { FlowProblem } from "./problems";

/** Shape problems: edges, handles, reachability, dead ends and loops that never wait. */
export function checkGraph(flow: FlowDefinition, graph: FlowGraph): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const edge of flow.edges) {
    const missing = [edge.source, edge.target].filter((id) => !graph.nodes.has(id));
    if (missing.length > 0) {
      problems.push({ nodeId: graph.nodes.has(edge.source) ? edge.source : null, edgeId: edge.id, code: "dangling_edge", severity: "error", message: `Edge "${edge.id}" points to missing node ${missing.map((id) => `"${id}"`).join(" and ")}.` });
    }
  }
  for (const node of flow.nodes) {
    const { required, allowed } = handlesOf(node);
    const edges = graph.outgoing.get(node.id) ?? [];
    const seen = new Set<string>();
    for (const edge of edges) {
      if (!allowed.includes(edge.handle)) {
        problems.push({ nodeId: node.id, edgeId: edge.id, code: "unknown_handle", severity: "error", message: `A ${node.type} node has no exit "${edge.handle}" (exits: ${allowed.join(", ") || "none"}).` });
      } else if (seen.has(edge.handle)) {
        problems.push({ nodeId: node.id, edgeId: edge.id, code: "duplicate_handle", severity: "error", message: `Exit "${edge.handle}" has more than one edge.` });
      }
      seen.add(edge.handle);
    }
    if (required.length > 0 && edges.length === 0) {
      problems.push({ nodeId: node.id, code: "dead_end", severity: "error", message: `This ${node.type} node has no way out; connect ${required.map((h) => `"${h}"`).join(", ")} or end the flow.` });
    } else {
      for (const handle of required) {
        if (!seen.has(handle)) problems.push({ nodeId: node.id, code: "missing_handle", severity: "error", message: `Exit "${handle}" is not connected.` });
      }
    }
    if (graph.start && !graph.reachable.has(node.id)) {
      problems.push({ nodeId: node.id, code: "unreachable_node", severity: "warning", message: "No path from the start reaches this node." });
    }
  }
  for (const component of stronglyConnected(graph, graph.reachable)) {
    const cyclic = component.length > 1 || (graph.outgoing.get(component[0]) ?? []).some((edge) => edge.target === component[0]);
    if (!cyclic) continue;
    if (component.some((id) => mayWaitForMessage(graph.nodes.get(id) as NonNullable<ReturnType<typeof graph.nodes.get>>))) continue;
    const ordered = flow.nodes.filter((node) => component.includes(node.id)).map((node) => node.id);
    problems.push({ nodeId: ordered[0], code: "loop_without_wait", severity: "error", message: `The loop ${ordered.join(" → ")} never waits for the customer.` });
  }
  return problems;
}
