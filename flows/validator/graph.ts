import type { FlowDefinition, FlowEdge } from "../schema/flow";
import type { FlowNode } from "../schema/nodes";

/** Adjacency of a flow, built once and shared by the checks. Edges with a missing end are left out. */
export type FlowGraph = {
  nodes: Map<string, FlowNode>;
  outgoing: Map<string, FlowEdge[]>;
  incoming: Map<string, FlowEdge[]>;
  start: FlowNode | undefined;
  reachable: Set<string>;
};

export function buildGraph(flow: FlowDefinition): FlowGraph {
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  const start = flow.nodes.find((node) => node.type === "start");
  const reachable = new Set<string>();
  if (start) {
    const stack = [start.id];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (reachable.has(id)) continue;
      reachable.add(id);
      for (const edge of outgoing.get(id) ?? []) if (!reachable.has(edge.target)) stack.push(edge.target);
    }
  }
  return { nodes, outgoing, incoming, start, reachable };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Strongly connected components (Tarjan, iterative so 2000-node flows never overflow the stack). */
export function stronglyConnected(graph: FlowGraph, within: Iterable<string>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of within) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.outgoing.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++].target;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent) as number, low.get(frame.id) as number));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}
