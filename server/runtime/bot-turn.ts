import { acceptsMessage, type MessageEvent, type Understanding } from "../../flows";
import { listDeployedFlows, type DeployedFlow } from "./flow-catalog";
import { isHumanRequest, matchEmotionPolicy } from "./policies";
import { continueFlow, handOff, speak, startFlow, stepContext, type FlowRunDeps, type FlowRunOutcome } from "./run-flow";
import type { RuntimeSettings } from "./runtime-settings";
import type { ConversationRecord } from "./turn";

const FALLBACK_SKILL_GROUP = "junior";

/**
 * The bot's part of a turn: global rules first (a request for a human, emotion policies), then
 * the flow — continue the one the conversation waits in, switch to another on a confident trigger
 * intent, or start the flow the message's intent (or the catch-all) selects.
 */
export async function runBotTurn(deps: FlowRunDeps, settings: RuntimeSettings, conversation: ConversationRecord, message: MessageEvent): Promise<FlowRunOutcome> {
  const { turn } = deps;
  const understanding = message.understanding;
  const deployed = (await listDeployedFlows(deps.app, turn.channel.id)).filter((flow) => servesChannel(flow, turn.channel.kind));

  if (isHumanRequest(settings, understanding)) {
    const humanFlow = triggeredFlow(deployed, understanding, 0, conversation.flow?.definition.id);
    if (humanFlow) return switchTo(deps, conversation, humanFlow, message);
    await say(deps, conversation, "handoff.notice");
    stopFlow(conversation);
    handOff(turn, conversation, FALLBACK_SKILL_GROUP, "normal", null, "The customer asked for a person.");
    return done();
  }

  const policy = matchEmotionPolicy(settings, understanding, conversation.row.emotion_streak);
  if (policy) {
    turn.record("policy_triggered", conversation, { name: policy.id, emotion: understanding.emotion.label, emotion_score: understanding.emotion.score });
    if (policy.scriptKey) await say(deps, conversation, policy.scriptKey);
    if (policy.handoff) {
      stopFlow(conversation);
      handOff(turn, conversation, policy.handoff.skillGroup, policy.handoff.priority, null, `Emotion policy ${policy.id}: ${understanding.emotion.label} ${understanding.emotion.score.toFixed(2)}`);
      return done();
    }
  }

  const { flow, state } = conversation;
  if (flow && state?.status === "waiting") {
    if (settings.flowSwitching.enabled && !acceptsMessage(flow.definition, state, message, stepContext(deps))) {
      const target = triggeredFlow(deployed, understanding, settings.flowSwitching.minConfidence, flow.definition.id);
      if (target) return switchTo(deps, conversation, target, message);
    }
    return afterRun(deps, conversation, await continueFlow(deps, conversation, message));
  }

  const target = triggeredFlow(deployed, understanding, settings.triggerMinConfidence, undefined) ?? deployed.find((f) => startOf(f)?.data.catchAll);
  if (!target) {
    turn.record("flow_error", conversation, { name: "no_flow", payload: { message: "No published flow serves this channel." } });
    handOff(turn, conversation, FALLBACK_SKILL_GROUP, "normal", null, "No published flow serves this channel.");
    return done();
  }
  return afterRun(deps, conversation, await startFlow(deps, conversation, target, message));
}

async function switchTo(deps: FlowRunDeps, conversation: ConversationRecord, target: DeployedFlow, message: MessageEvent): Promise<FlowRunOutcome> {
  if (conversation.flow) deps.turn.record("flow_switched", conversation, { name: target.flowId, payload: { from: conversation.flow.definition.id, atNode: conversation.state?.nodeId ?? null } });
  return afterRun(deps, conversation, await startFlow(deps, conversation, target, message));
}

/** A flow that breaks (a missing edge in an old version, a loop) never strands the customer: a person takes over. */
async function afterRun(deps: FlowRunDeps, conversation: ConversationRecord, outcome: FlowRunOutcome): Promise<FlowRunOutcome> {
  if (outcome.failed && conversation.row.status === "bot") {
    await say(deps, conversation, "handoff.notice");
    stopFlow(conversation);
    handOff(deps.turn, conversation, FALLBACK_SKILL_GROUP, "normal", conversation.state?.nodeId ?? null, "The flow failed; see the flow_error event.");
  }
  return outcome;
}

function triggeredFlow(flows: DeployedFlow[], understanding: Understanding, minConfidence: number, excludeFlowId: string | undefined): DeployedFlow | undefined {
  if (understanding.intent.confidence < minConfidence) return undefined;
  return flows.find((flow) => flow.flowId !== excludeFlowId && (startOf(flow)?.data.intents.includes(understanding.intent.name) ?? false));
}

function startOf(flow: DeployedFlow) {
  const start = flow.definition.nodes.find((node) => node.type === "start");
  return start?.type === "start" ? start : undefined;
}

function servesChannel(flow: DeployedFlow, kind: string): boolean {
  const channels = startOf(flow)?.data.channels ?? [];
  return channels.length === 0 || (channels as string[]).includes(kind);
}

function say(deps: FlowRunDeps, conversation: ConversationRecord, scriptKey: string): Promise<void> {
  return speak(deps, conversation, { scriptKey }, conversation.state?.vars ?? {}, null);
}

function stopFlow(conversation: ConversationRecord): void {
  if (conversation.state) conversation.state = { ...conversation.state, status: "handed_off", awaiting: null };
}

function done(): FlowRunOutcome {
  return { unconsumedMessage: false, failed: false };
}
