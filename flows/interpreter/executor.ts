import type { FlowNode, NodeOfType, NodeType, Outcome } from "../schema/nodes";
import type { TemplateContext } from "../render-template";
import type { Effect, EffectResult, MessageEvent, StepContext } from "./types";

/** A request that needs an answer from the runtime; the driver gives it its effect id. */
export type PendingEffect = DistributiveOmit<Extract<Effect, { effectId: string }>, "effectId">;

export type Continuation =
  | { kind: "follow"; handle: string }
  | { kind: "wait_message" }
  | { kind: "wait_effect"; effect: PendingEffect }
  | { kind: "stop"; status: "ended" | "handed_off"; outcome: Outcome; unconsumedMessage?: boolean };

/** What an executor decides; it never mutates its input (typebot's executor habit). */
export type ExecutorResult = {
  effects?: Effect[];
  /** Variables to set (merged over the current ones). */
  vars?: Record<string, unknown>;
  /** The new failed-answer count of this node (ask); omitted leaves it, 0 clears it. */
  retries?: number;
  /** The customer's latest message has been used as an answer and must not answer another node. */
  consumeMessage?: boolean;
  then: Continuation;
};

/** Everything an executor may read. */
export type ExecutorInput = {
  context: StepContext;
  vars: Readonly<Record<string, unknown>>;
  retries: number;
  /** The latest customer message while no `ask` has used it yet in this conversation turn. */
  freshMessage: MessageEvent | null;
  /** The latest customer message, used or not. */
  lastMessage: MessageEvent | null;
  hasEdge: (handle: string) => boolean;
  template: TemplateContext;
};

export type NodeExecutor<T extends NodeType> = {
  enter: (node: NodeOfType<T>, input: ExecutorInput) => ExecutorResult;
  onMessage?: (node: NodeOfType<T>, input: ExecutorInput, message: MessageEvent) => ExecutorResult;
  onEffectResult?: (node: NodeOfType<T>, input: ExecutorInput, result: EffectResult) => ExecutorResult;
};

export const follow = (handle: string): Continuation => ({ kind: "follow", handle });

export type AnyNode = FlowNode;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
