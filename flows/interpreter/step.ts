import type { FlowDefinition, FlowEdge } from "../schema/flow";
import type { FlowNode } from "../schema/nodes";
import { runExecutor, type Trigger } from "./dispatch";
import type { ExecutorInput, ExecutorResult } from "./executor";
import { buildTemplateContext } from "./template-context";
import type { Effect, FlowEvent, FlowState, MessageEvent, StepContext, StepError, StepResult, TraceEntry } from "./types";

/** Node visits allowed in one step: a loop that never waits for input ends here instead of hanging. */
export const STEP_LIMIT = 500;

/** The state of a flow that has not started yet. */
export function initialFlowState(flow: FlowDefinition): FlowState {
  const vars: Record<string, unknown> = {};
  for (const variable of flow.variables) if (variable.initial !== undefined) vars[variable.name] = variable.initial;
  return { flowId: flow.id, status: "waiting", nodeId: null, awaiting: null, vars, retries: {}, effectSeq: 0, outcome: null, lastMessage: null, messageFresh: false };
}

/**
 * The interpreter: runs `flow` from `state` on one event until it waits for the customer, waits for
 * an effect's result, or ends. Pure and deterministic; it never throws on bad input, it returns an
 * error and a `failed` state instead.
 */
export function step(flow: FlowDefinition, state: FlowState, event: FlowEvent, context: StepContext): StepResult {
  return new Stepper(flow, state, context).run(event);
}

class Stepper {
  private readonly nodes: Map<string, FlowNode>;
  private readonly edges: Map<string, FlowEdge[]>;
  private state: FlowState;
  private readonly effects: Effect[] = [];
  private readonly trace: TraceEntry[] = [];

  constructor(
    private readonly flow: FlowDefinition,
    state: FlowState,
    private readonly context: StepContext,
  ) {
    this.nodes = new Map(flow.nodes.map((node) => [node.id, node]));
    this.edges = new Map();
    for (const edge of flow.edges) this.edges.set(edge.source, [...(this.edges.get(edge.source) ?? []), edge]);
    this.state = { ...state, vars: { ...state.vars }, retries: { ...state.retries } };
  }

  run(event: FlowEvent): StepResult {
    if (this.state.flowId !== this.flow.id) return this.fail("invalid_state", `the state belongs to flow "${this.state.flowId}"`, null);
    if (event.type === "start") {
      const start = this.flow.nodes.find((node) => node.type === "start");
      if (!start) return this.fail("unknown_node", "the flow has no start node", null);
      const message: MessageEvent | null = event.message ? { type: "message", ...event.message } : null;
      this.state = { ...this.state, status: "waiting", awaiting: null, outcome: null, lastMessage: message, messageFresh: message !== null };
      return this.drive(start, { kind: "enter" });
    }
    const awaiting = this.state.awaiting;
    if (this.state.status !== "waiting" || !awaiting) return this.reject(`the flow is ${this.state.status} and not waiting for ${event.type}`);
    const node = this.nodes.get(awaiting.nodeId);
    if (!node) return this.fail("unknown_node", `node "${awaiting.nodeId}" is not in this version of the flow`, awaiting.nodeId);
    if (event.type === "message") {
      if (awaiting.kind !== "message") return this.reject("the flow is waiting for an effect's result, not a message");
      this.state = { ...this.state, lastMessage: event, messageFresh: true };
      return this.drive(node, { kind: "message", message: event });
    }
    if (awaiting.kind !== "effect" || awaiting.effectId !== event.effectId) return this.reject(`no effect "${event.effectId}" is awaited`);
    return this.drive(node, { kind: "effect_result", result: event.result });
  }

  private drive(first: FlowNode, firstTrigger: Trigger): StepResult {
    let node = first;
    let trigger = firstTrigger;
    for (let visits = 0; visits < STEP_LIMIT; visits++) {
      const result = runExecutor(node, this.input(node), trigger);
      if (!result) return this.reject(`node "${node.id}" (${node.type}) does not accept ${trigger.kind}`);
      this.apply(node, result);
      const then = result.then;
      if (then.kind === "wait_message") return this.wait(node, { kind: "message", nodeId: node.id }, null);
      if (then.kind === "wait_effect") {
        const effectId = `${node.id}#${this.state.effectSeq + 1}`;
        this.state = { ...this.state, effectSeq: this.state.effectSeq + 1 };
        this.effects.push({ ...then.effect, effectId } as Effect);
        return this.wait(node, { kind: "effect", nodeId: node.id, effectId }, null);
      }
      if (then.kind === "stop") {
        this.trace.push({ nodeId: node.id, handle: null, edgeId: null });
        this.state = { ...this.state, status: then.status, nodeId: node.id, awaiting: null, outcome: then.outcome };
        return this.done(null, then.unconsumedMessage === true);
      }
      const edge = this.edges.get(node.id)?.find((e) => e.handle === then.handle);
      if (!edge) return this.fail("missing_edge", `node "${node.id}" has no edge for "${then.handle}"`, node.id);
      const target = this.nodes.get(edge.target);
      if (!target) return this.fail("unknown_node", `edge "${edge.id}" points to the missing node "${edge.target}"`, node.id);
      this.trace.push({ nodeId: node.id, handle: then.handle, edgeId: edge.id });
      node = target;
      trigger = { kind: "enter" };
    }
    return this.fail("step_limit", `more than ${STEP_LIMIT} nodes in one step: a loop never waits for the customer`, node.id);
  }

  private input(node: FlowNode): ExecutorInput {
    const { vars, lastMessage, messageFresh, retries } = this.state;
    return {
      context: this.context,
      vars,
      retries: retries[node.id] ?? 0,
      freshMessage: messageFresh ? lastMessage : null,
      lastMessage,
      hasEdge: (handle) => (this.edges.get(node.id) ?? []).some((edge) => edge.handle === handle),
      template: buildTemplateContext(this.context, vars, lastMessage),
    };
  }

  private apply(node: FlowNode, result: ExecutorResult): void {
    if (result.effects) this.effects.push(...result.effects);
    const retries = { ...this.state.retries };
    if (result.retries !== undefined) {
      if (result.retries === 0) delete retries[node.id];
      else retries[node.id] = result.retries;
    }
    this.state = {
      ...this.state,
      vars: result.vars ? { ...this.state.vars, ...result.vars } : this.state.vars,
      retries,
      messageFresh: result.consumeMessage ? false : this.state.messageFresh,
    };
  }

  private wait(node: FlowNode, awaiting: FlowState["awaiting"], error: StepError | null): StepResult {
    this.trace.push({ nodeId: node.id, handle: null, edgeId: null });
    this.state = { ...this.state, status: "waiting", nodeId: node.id, awaiting };
    return this.done(error, false);
  }

  /** An event the flow cannot take; nothing changes and the runtime decides what to do. */
  private reject(message: string): StepResult {
    return { state: this.state, effects: [], trace: [], error: { code: "unexpected_event", message, nodeId: this.state.nodeId }, unconsumedMessage: false };
  }

  private fail(code: StepError["code"], message: string, nodeId: string | null): StepResult {
    this.state = { ...this.state, status: "failed", awaiting: null, nodeId: nodeId ?? this.state.nodeId };
    return this.done({ code, message, nodeId }, false);
  }

  private done(error: StepError | null, unconsumedMessage: boolean): StepResult {
    return { state: this.state, effects: this.effects, trace: this.trace, error, unconsumedMessage };
  }
}
