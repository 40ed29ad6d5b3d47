import { randomBytes } from "node:crypto";
import { initialFlowState, step, type Effect, type EffectOf, type EffectResult, type FlowEvent, type MessageEvent, type ReplySpec, type StepContext, type StepResult } from "../../flows";
import type { AppContext } from "../app-context";
import { callConnection } from "../connections/call-connection";
import { getConnection } from "../connections/repository";
import { selfOrigin } from "../connections/self-origin";
import { searchKnowledge } from "../nlu/service";
import type { ScriptContent } from "../scripts/model";
import { experimentPort, type ExperimentSubject } from "./experiment-port";
import type { DeployedFlow } from "./flow-catalog";
import { resolveReply } from "./replies";
import type { ConversationRecord, Turn } from "./turn";

/** Round trips to the runtime (API calls, KB searches…) one message may cause before the flow must wait. */
const MAX_EFFECT_ROUNDS = 25;

export type FlowRunDeps = {
  app: AppContext;
  turn: Turn;
  scripts: ReadonlyMap<string, ScriptContent>;
  subject: ExperimentSubject;
  /** The designer's simulator: typed answers instead of real calls for some api_call nodes. */
  mockedApi?: Readonly<Record<string, { status: number; body: unknown }>>;
};

export type FlowRunOutcome = { unconsumedMessage: boolean; failed: boolean };

/** Pins the conversation to a published version and runs it from its start node. */
export async function startFlow(deps: FlowRunDeps, conversation: ConversationRecord, deployed: DeployedFlow, message: MessageEvent | null): Promise<FlowRunOutcome> {
  conversation.flow = { definition: deployed.definition, versionId: deployed.versionId };
  conversation.state = initialFlowState(deployed.definition);
  conversation.row = { ...conversation.row, flow_id: deployed.flowId, flow_version_id: deployed.versionId };
  deps.turn.record("flow_started", conversation, { name: deployed.flowId, value: deployed.version });
  const start: FlowEvent = message ? { type: "start", message: { text: message.text, understanding: message.understanding } } : { type: "start" };
  return advance(deps, conversation, start);
}

/** Hands the customer's message to the flow the conversation is waiting in. */
export function continueFlow(deps: FlowRunDeps, conversation: ConversationRecord, message: MessageEvent): Promise<FlowRunOutcome> {
  return advance(deps, conversation, message);
}

export function stepContext(deps: FlowRunDeps): StepContext {
  return { customer: deps.turn.customer, channel: deps.turn.channel.kind };
}

async function advance(deps: FlowRunDeps, conversation: ConversationRecord, first: FlowEvent): Promise<FlowRunOutcome> {
  const { flow } = conversation;
  if (!flow || !conversation.state) return { unconsumedMessage: false, failed: true };
  let event = first;
  for (let round = 0; round < MAX_EFFECT_ROUNDS; round++) {
    const result = step(flow.definition, conversation.state, event, stepContext(deps));
    recordTrace(deps.turn, conversation, result, event.type !== "start");
    conversation.state = result.state;
    if (result.error) {
      deps.turn.record("flow_error", conversation, { node_id: result.error.nodeId, name: result.error.code, payload: { message: result.error.message } });
      return { unconsumedMessage: false, failed: true };
    }
    let pending: Effect | null = null;
    for (const effect of result.effects) pending = (await applyEffect(deps, conversation, effect)) ?? pending;
    if (!pending) return { unconsumedMessage: result.unconsumedMessage, failed: false };
    event = { type: "effect_result", effectId: effectIdOf(pending), result: await execute(deps, conversation, pending) };
  }
  deps.turn.record("flow_error", conversation, { node_id: conversation.state.nodeId, name: "effect_limit" });
  return { unconsumedMessage: false, failed: true };
}

/** node_entered rows carry the edge they came in by, so edge traffic is a count over the same rows. */
function recordTrace(turn: Turn, conversation: ConversationRecord, result: StepResult, resumed: boolean): void {
  result.trace.forEach((entry, index) => {
    if (resumed && index === 0) return;
    const incoming = index > 0 ? result.trace[index - 1].edgeId : null;
    turn.record("node_entered", conversation, { node_id: entry.nodeId, edge_id: incoming });
  });
}

/** Carries out an effect that needs no answer; returns the effect when the flow waits for its result. */
async function applyEffect(deps: FlowRunDeps, conversation: ConversationRecord, effect: Effect): Promise<Effect | null> {
  const { turn } = deps;
  switch (effect.type) {
    case "reply":
      await speak(deps, conversation, effect.reply, effect.vars, effect.nodeId);
      return null;
    case "reply_text":
      turn.replies.push({ text: effect.text, ...(effect.quickReplies ? { quickReplies: effect.quickReplies } : {}), conversationId: conversation.row.id, nodeId: effect.nodeId });
      return null;
    case "handoff":
      handOff(turn, conversation, effect.skillGroup, effect.priority, effect.nodeId, effect.note);
      return null;
    case "record_csat":
      turn.record("csat", conversation, { node_id: effect.nodeId, value: effect.score });
      return null;
    case "end":
      turn.close(conversation, effect.outcome);
      return null;
    case "call_api":
    case "assign_experiment":
    case "search_kb":
    case "create_ticket":
      return effect;
  }
}

/** Resolves and renders a reply (an experiment on the script key may swap it) and queues it for the customer. */
export async function speak(deps: FlowRunDeps, conversation: ConversationRecord, spec: ReplySpec, vars: Record<string, unknown>, nodeId: string | null): Promise<void> {
  const { turn } = deps;
  const override = spec.scriptKey ? await experimentPort.scriptOverride(deps.app, deps.subject, spec.scriptKey) : null;
  if (override?.exposure) recordExposure(turn, conversation, override.exposure);
  const outcome = resolveReply(deps.scripts, spec, { customer: turn.customer, emotion: turn.understanding.emotion.label, vars, understanding: turn.understanding, channel: turn.channel.kind }, override);
  if (outcome.ok) turn.replies.push({ ...outcome.reply, conversationId: conversation.row.id, nodeId });
  else turn.record("script_missing", conversation, { node_id: nodeId, name: outcome.scriptKey, payload: { reason: outcome.reason, tried: outcome.tried } });
}

export function handOff(turn: Turn, conversation: ConversationRecord, skillGroup: string, priority: string, nodeId: string | null, note: string): void {
  conversation.row = { ...conversation.row, status: "queued", skill_group: skillGroup, priority, handoff_at: turn.at, outcome: "escalated", updated_at: turn.at };
  turn.record("handoff", conversation, { node_id: nodeId, name: skillGroup, payload: { priority, note } });
}

function recordExposure(turn: Turn, conversation: ConversationRecord, exposure: { experimentKey: string; phase: number; variation: string }): void {
  turn.exposures.push(exposure);
  turn.record("exposure", conversation, { experiment_key: exposure.experimentKey, experiment_phase: exposure.phase, variation: exposure.variation });
}

function effectIdOf(effect: Effect): string {
  return "effectId" in effect ? effect.effectId : "";
}

async function execute(deps: FlowRunDeps, conversation: ConversationRecord, effect: Effect): Promise<EffectResult> {
  switch (effect.type) {
    case "call_api":
      return callApi(deps, conversation, effect);
    case "assign_experiment": {
      const { variation, exposure } = await experimentPort.assign(deps.app, deps.subject, effect.experimentKey, effect.variations);
      if (exposure) recordExposure(deps.turn, conversation, exposure);
      return { kind: "experiment_assignment", variation };
    }
    case "search_kb": {
      const found = await searchKnowledge(deps.app, effect.query, deps.turn.customer.locale);
      deps.turn.record(found.hit ? "kb_hit" : "kb_miss", conversation, { node_id: effect.nodeId, name: found.entryId ?? null, value: found.score });
      return { kind: "kb_result", hit: found.hit, ...(found.answer ? { answer: found.answer } : {}), ...(found.entryId ? { entryId: found.entryId } : {}) };
    }
    case "create_ticket": {
      const id = `TK-${randomBytes(4).toString("hex").toUpperCase()}`;
      deps.turn.tickets.push({
        id,
        conversation_id: conversation.row.id,
        customer_id: deps.turn.customer.id,
        type: effect.ticketType,
        title: effect.title,
        priority: effect.priority,
        status: "open",
        fields_json: JSON.stringify(effect.fields),
        created_at: deps.turn.at,
        updated_at: deps.turn.at,
      });
      deps.turn.record("ticket_created", conversation, { node_id: effect.nodeId, name: effect.ticketType, payload: { ticketId: id, priority: effect.priority } });
      return { kind: "ticket_created", ticketId: id };
    }
    default:
      return { kind: "api_failure", reason: "network", message: `effect ${effect.type} has no result` };
  }
}

async function callApi(deps: FlowRunDeps, conversation: ConversationRecord, effect: EffectOf<"call_api">): Promise<EffectResult> {
  const mock = deps.mockedApi?.[effect.nodeId];
  if (mock) {
    deps.turn.record("api_call", conversation, { node_id: effect.nodeId, name: effect.connection, value: 0, payload: { method: effect.method, path: effect.path, attempts: 0, status: mock.status, mocked: true } });
    return { kind: "api_response", status: mock.status, body: mock.body };
  }
  const connection = await getConnection(deps.app.db, effect.connection);
  const outcome = await callConnection(connection, effect, {
    overrides: deps.app.env.connectionOverrides,
    selfOrigin: selfOrigin(deps.app.env),
    locale: deps.turn.customer.locale,
    idempotencyKey: `${conversation.row.id}:${deps.turn.clientMessageId}:${effect.effectId}`,
  });
  const { result } = outcome;
  deps.turn.record("api_call", conversation, {
    node_id: effect.nodeId,
    name: effect.connection,
    value: outcome.latencyMs,
    payload: {
      method: effect.method,
      path: effect.path,
      attempts: outcome.attempts,
      ...(result.kind === "api_response" ? { status: result.status } : { failure: result.kind === "api_failure" ? result.reason : result.kind }),
    },
  });
  return result;
}

