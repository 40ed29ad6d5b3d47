import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema";

export type FlowAnalytics = {
  conversations: number;
  nodes: Record<string, { entered: number; abandoned: number; escalated: number }>;
  edges: Record<string, number>;
};

/**
 * The canvas overlay for one published version and a date range: conversations through each node
 * and edge (node_entered events carry the edge they came in by), and where conversations that
 * ended abandoned or escalated last were.
 */
export async function flowAnalytics(db: Kysely<Database>, input: { versionId: string; from: string; to: string }): Promise<FlowAnalytics> {
  const { versionId, from, to } = input;
  const entered = await sql<{ node_id: string; n: number }>`
    select node_id, count(distinct conversation_id) as n from events
    where type = 'node_entered' and flow_version_id = ${versionId} and at >= ${from} and at < ${to}
    group by node_id`.execute(db);
  const edges = await sql<{ edge_id: string; n: number }>`
    select edge_id, count(distinct conversation_id) as n from events
    where type = 'node_entered' and flow_version_id = ${versionId} and edge_id is not null and at >= ${from} and at < ${to}
    group by edge_id`.execute(db);
  const drops = await sql<{ node_id: string; outcome: string; n: number }>`
    select e.node_id, c.outcome, count(*) as n
    from events e join conversations c on c.id = e.conversation_id
    where e.id in (
      select max(id) from events
      where type = 'node_entered' and flow_version_id = ${versionId} and at >= ${from} and at < ${to}
      group by conversation_id)
    and c.outcome in ('abandoned', 'escalated')
    group by e.node_id, c.outcome`.execute(db);
  const total = await sql<{ n: number }>`
    select count(distinct conversation_id) as n from events
    where type = 'flow_started' and flow_version_id = ${versionId} and at >= ${from} and at < ${to}`.execute(db);

  const nodes: FlowAnalytics["nodes"] = {};
  for (const row of entered.rows) nodes[row.node_id] = { entered: Number(row.n), abandoned: 0, escalated: 0 };
  for (const row of drops.rows) {
    const node = (nodes[row.node_id] ??= { entered: 0, abandoned: 0, escalated: 0 });
    if (row.outcome === "abandoned") node.abandoned = Number(row.n);
    if (row.outcome === "escalated") node.escalated = Number(row.n);
  }
  return { conversations: Number(total.rows[0]?.n ?? 0), nodes, edges: Object.fromEntries(edges.rows.map((row) => [row.edge_id, Number(row.n)])) };
}
