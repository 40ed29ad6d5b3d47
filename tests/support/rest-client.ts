import { DEMO_CHANNEL_KEY } from "./server";

export type Reply = { text: string; scriptKey?: string; variant?: string; quickReplies?: string[] };
export type MessageAnswer = {
  conversationId: string;
  replies: Reply[];
  status: "bot" | "queued" | "agent" | "closed";
  understanding: { intent: { name: string; confidence: number }; emotion: { label: string; score: number }; entities: { type: string; value: string }[] };
};

let sequence = 0;

/** A channel client of the public REST API v1, as a customer's app would use it. */
export class RestCustomer {
  conversationId: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly customer: { id: string; name?: string; tier?: "vip" | "normal"; locale?: "zh-CN" | "en" },
    readonly key: string = DEMO_CHANNEL_KEY,
  ) {}

  async say(text: string, extra: Record<string, unknown> = {}): Promise<MessageAnswer> {
    const response = await this.post(text, extra);
    if (response.status !== 200) throw new Error(`POST /api/v1/messages → ${response.status}: ${await response.text()}`);
    const answer = (await response.json()) as MessageAnswer;
    this.conversationId = answer.conversationId;
    return answer;
  }

  post(text: string, extra: Record<string, unknown> = {}): Promise<Response> {
    sequence += 1;
    const body = { messageId: `${this.customer.id}-${Date.now()}-${sequence}`, customer: this.customer, text, ...(this.conversationId ? { conversationId: this.conversationId } : {}), ...extra };
    return fetch(`${this.baseUrl}/api/v1/messages`, { method: "POST", headers: { Authorization: `Bearer ${this.key}`, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  async history(): Promise<{ messages: { id: string; messageId?: string; direction: string; author: string; text: string }[]; nextCursor: string | null }> {
    const response = await fetch(`${this.baseUrl}/api/v1/conversations/${this.conversationId}/messages`, { headers: { Authorization: `Bearer ${this.key}` } });
    return (await response.json()) as Awaited<ReturnType<RestCustomer["history"]>>;
  }
}

export const texts = (answer: MessageAnswer) => answer.replies.map((reply) => reply.text).join("\n");
export const keys = (answer: MessageAnswer) => answer.replies.map((reply) => reply.scriptKey);
