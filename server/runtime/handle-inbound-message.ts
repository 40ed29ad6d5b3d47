import type { MessageEvent } from "../../flows";
import type { AppContext } from "../app-context";
import type { ChannelRef } from "../http/rest-deps";
import type { MessageRequest, MessageResponse } from "../http/schemas";
import { getUnderstanding } from "../nlu/service";
import { getPublishedScripts } from "../scripts/published-catalog";
import { memoService } from "../services";
import { runBotTurn } from "./bot-turn";
import { speak, type FlowRunDeps } from "./run-flow";
import type { RuntimeSettings } from "./runtime-settings";
import { findActiveConversation } from "./conversations";
import { buildCustomerContext, getStoredCustomer, storedLocale } from "./customers";
import type { ExperimentSubject } from "./experiment-port";
import { nextEmotionStreak } from "./policies";
import { persistTurn } from "./persist-turn";
import { currentRuntimeSettings } from "./runtime-settings";
import { SerialQueue } from "./serial-queue";
import { Turn, type ConversationRecord } from "./turn";

/**
 * One customer message in, the bot's answer out. Messages of one customer on one channel are
 * processed strictly one at a time in arrival order; a `messageId` seen before returns the stored
 * answer and changes nothing.
 */
export function handleInboundMessage(app: AppContext, channel: ChannelRef, input: MessageRequest): Promise<MessageResponse> {
  const queue = memoService(app, "runtime.queue", () => new SerialQueue());
  return queue.run(`${channel.id}\u0000${input.customer.id}`, () => processMessage(app, channel, input));
}

async function processMessage(app: AppContext, channel: ChannelRef, input: MessageRequest): Promise<MessageResponse> {
  const replay = await findStoredAnswer(app, channel.id, input.messageId);
  if (replay) return replay;
  const [stored, active] = await Promise.all([getStoredCustomer(app.db, input.customer.id), findActiveConversation(app, channel.id, input.customer.id, input.conversationId)]);
  const localeHint = input.customer.locale ?? (active?.row.locale === "zh-CN" || active?.row.locale === "en" ? active.row.locale : undefined) ?? storedLocale(stored);
  const understanding = await getUnderstanding(app, input.text, {
    ...(localeHint ? { locale: localeHint } : {}),
    ...(input.emotion ? { upstreamEmotion: input.emotion } : {}),
  });
  const customer = buildCustomerContext(input.customer, stored, localeHint ?? understanding.locale);
  const turn = new Turn(channel, customer, input.text, input.messageId, understanding);
  const subject: ExperimentSubject = { customer, channelId: channel.id, channelKind: channel.kind };
  const [scripts, settings] = await Promise.all([getPublishedScripts(app), currentRuntimeSettings(app)]);
  const deps = { app, turn, scripts, subject };
  const message: MessageEvent = { type: "message", text: input.text, understanding };

  let conversation = active ? turn.adopt(active) : turn.openConversation();
  noteCustomerMessage(turn, conversation);
  if (conversation.row.status === "queued") await remindWhileQueued(app, deps, conversation, settings.queuedNoticeSeconds);
  if (conversation.row.status === "bot") {
    const outcome = await runBotTurn(deps, settings, conversation, message);
    if (outcome.unconsumedMessage) {
      // A free text instead of the CSAT rating: that conversation is over, this message opens the next.
      conversation = turn.openConversation();
      noteCustomerMessage(turn, conversation);
      await runBotTurn(deps, settings, conversation, message);
    }
  }
  recordMessageEvents(turn, conversation);
  const response: MessageResponse = {
    conversationId: conversation.row.id,
    replies: turn.replies.map(({ text, scriptKey, variant, quickReplies }) => ({ text, ...(scriptKey ? { scriptKey } : {}), ...(variant ? { variant } : {}), ...(quickReplies ? { quickReplies } : {}) })),
    status: conversation.row.status,
    understanding: {
      intent: understanding.intent,
      emotion: understanding.emotion,
      entities: understanding.entities.map(({ type, value, start, end }) => ({ type, value, start, end })),
    },
  };
  await persistTurn(app, turn, subject, { conversationId: conversation.row.id, response });
  return response;
}

async function findStoredAnswer(app: AppContext, channelId: string, messageId: string): Promise<MessageResponse | undefined> {
  const row = await app.db
    .selectFrom("messages")
    .select("response_json")
    .where("channel_id", "=", channelId)
    .where("client_message_id", "=", messageId)
    .executeTakeFirst();
  return row?.response_json ? (JSON.parse(row.response_json) as MessageResponse) : undefined;
}

function noteCustomerMessage(turn: Turn, conversation: ConversationRecord): void {
  const { row } = conversation;
  conversation.row = {
    ...row,
    turns: row.turns + 1,
    emotion_streak: nextEmotionStreak(row.last_emotion, row.emotion_streak, turn.understanding),
    last_emotion: turn.understanding.emotion.label,
    updated_at: turn.at,
  };
}

/** The message's own facts go first in the turn's events; replies carry the bot's latency. */
function recordMessageEvents(turn: Turn, conversation: ConversationRecord): void {
  const { understanding } = turn;
  const own = [...turn.events];
  turn.events.length = 0;
  const facts = { intent: understanding.intent.name, intent_confidence: understanding.intent.confidence, emotion: understanding.emotion.label, emotion_score: understanding.emotion.score };
  turn.record("message_in", conversation, { ...facts, value: turn.text.length });
  turn.record("understanding", conversation, { ...facts, payload: { locale: understanding.locale, entities: understanding.entities.map((e) => e.type) } });
  turn.events.push(...own);
  const latency = turn.latencyMs();
  for (const reply of turn.replies) {
    const owner = turn.conversations.find((c) => c.row.id === reply.conversationId) ?? conversation;
    turn.record("message_out", owner, { node_id: reply.nodeId, name: reply.scriptKey ?? null, value: latency, variation: reply.variant ?? null });
    if (!owner.row.first_reply_at) owner.row = { ...owner.row, first_reply_at: turn.at };
  }
}

/** A customer writing while queued hears that a person is coming, at most once per `seconds`. */
async function remindWhileQueued(app: AppContext, deps: FlowRunDeps, conversation: ConversationRecord, seconds: RuntimeSettings["queuedNoticeSeconds"]): Promise<void> {
  if (seconds <= 0) return;
  const last = await app.db.selectFrom("messages").select("created_at").where("conversation_id", "=", conversation.row.id).where("direction", "=", "out").orderBy("id", "desc").limit(1).executeTakeFirst();
  if (last && Date.parse(deps.turn.at) - Date.parse(last.created_at) < seconds * 1000) return;
  await speak(deps, conversation, { scriptKey: "handoff.notice" }, conversation.state?.vars ?? {}, null);
}
