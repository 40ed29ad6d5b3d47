import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOrderSystem, type OrderSystem } from "../support/order-system";
import { keys, RestCustomer, texts } from "../support/rest-client";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let orders: OrderSystem;

beforeAll(async () => {
  orders = await startOrderSystem();
  server = await startServer({ CONNECTION_ORDERS_URL: orders.url });
});
afterAll(async () => {
  await server?.stop();
  await orders?.stop();
});

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

let customers = 0;
const customer = (locale: "zh-CN" | "en", tier: "vip" | "normal" = "normal", name?: string) =>
  new RestCustomer(server.url, { id: `rt-${locale}-${tier}-${++customers}`, tier, locale, ...(name ? { name } : {}) });

describe("logistics query template", () => {
  it("zh: asks for the number, looks up the parcel, answers status and ETA, then takes a CSAT rating", async () => {
    const c = customer("zh-CN");
    const first = await c.say("我的快递到哪了？");
    expect(first.status).toBe("bot");
    expect(keys(first)).toEqual(["logistics.ask_number"]);
    const second = await c.say("SF1234567890123");
    expect(keys(second)).toEqual(["logistics.status", "csat.ask"]);
    expect(texts(second)).toContain("运输中");
    expect(texts(second)).toContain("杭州转运中心");
    expect(orders.requests.at(-1)?.path).toBe("/logistics/SF1234567890123");
    const rated = await c.say("5");
    expect(rated.status).toBe("closed");
    const [csat] = query<{ value: number }>("select value from events where type = 'csat' and conversation_id = ?", c.conversationId);
    expect(csat.value).toBe(5);
    const [conversation] = query<{ outcome: string; closed_at: string | null }>("select outcome, closed_at from conversations where id = ?", c.conversationId);
    expect(conversation.outcome).toBe("resolved");
    expect(conversation.closed_at).not.toBeNull();
  });

  it("en: takes the order number from the first message, follows the order to its parcel", async () => {
    const c = customer("en", "vip", "Emily");
    const answer = await c.say("Where is my parcel? Order 2024110812345678");
    expect(keys(answer)).toEqual(["logistics.status", "csat.ask"]);
    expect(texts(answer)).toContain("In transit");
    const paths = orders.requests.slice(-2).map((request) => request.path);
    expect(paths).toEqual(["/orders/2024110812345678", "/logistics/SF1234567890123"]);
    expect(orders.requests.at(-1)?.headers["accept-language"]).toBe("en");
  });

  it("re-prompts on an invalid number and hands over after the retries run out", async () => {
    const c = customer("zh-CN");
    await c.say("帮我查下物流");
    expect(keys(await c.say("不知道"))).toEqual(["order.reprompt_number"]);
    expect(keys(await c.say("忘了"))).toEqual(["order.reprompt_number"]);
    const last = await c.say("我也不清楚");
    expect(last.status).toBe("queued");
    expect(keys(last)).toEqual(["handoff.notice"]);
  });
});

describe("return and refund template", () => {
  it("zh: order → confirm item → reason → confirm → POST /returns → ticket → CSAT", async () => {
    const c = customer("zh-CN", "vip", "王丽");
    expect(keys(await c.say("我要退货"))).toEqual(["order.ask_number"]);
    const item = await c.say("订单号是2024110812345678");
    expect(keys(item)).toEqual(["refund.confirm_item"]);
    expect(texts(item)).toContain("无线降噪耳机");
    expect(item.replies[0].quickReplies).toEqual(["是", "否"]);
    expect(keys(await c.say("是的"))).toEqual(["refund.ask_reason"]);
    const confirm = await c.say("尺码不合适");
    expect(keys(confirm)).toEqual(["refund.confirm"]);
    expect(texts(confirm)).toContain("尺码不合适");
    const created = await c.say("确认提交");
    expect(keys(created)).toEqual(["refund.created", "csat.ask"]);
    const post = orders.requests.at(-1);
    expect(post).toMatchObject({ method: "POST", path: "/returns", body: { orderId: "2024110812345678", reason: "size" } });
    expect(post?.headers["idempotency-key"]).toBeTruthy();
    expect(texts(created)).toMatch(/RT-\d{4}/);
    const tickets = query<{ type: string; fields_json: string; conversation_id: string }>("select type, fields_json, conversation_id from tickets where customer_id = ?", c.customer.id);
    expect(tickets).toHaveLength(1);
    expect(JSON.parse(tickets[0].fields_json)).toMatchObject({ orderId: "2024110812345678", reason: "size" });
  });

  it("en: a customer who says no to the item is asked for the order again; cancelling ends politely", async () => {
    const c = customer("en");
    expect(keys(await c.say("I want to return an item and get a refund"))).toEqual(["order.ask_number"]);
    expect(keys(await c.say("DD20241108001"))).toEqual(["refund.confirm_item"]);
    expect(keys(await c.say("no"))).toEqual(["order.ask_number"]);
    expect(keys(await c.say("DD20241108001"))).toEqual(["refund.confirm_item"]);
    expect(keys(await c.say("yes"))).toEqual(["refund.ask_reason"]);
    expect(texts(await c.say("quality issue"))).toContain("quality issue");
    const cancelled = await c.say("cancel");
    expect(keys(cancelled)).toEqual(["common.anything_else"]);
    expect(cancelled.status).toBe("closed");
  });
});

describe("order, complaint and human-agent templates", () => {
  it("order query: status of an unshipped order; an unknown number is asked again", async () => {
    const c = customer("zh-CN");
    expect(keys(await c.say("查一下我的订单"))).toEqual(["order.ask_number"]);
    expect(keys(await c.say("2099000011112222"))).toEqual(["order.not_found", "order.ask_number"]);
    const found = await c.say("2024111009876543");
    expect(keys(found)).toEqual(["order.status", "csat.ask"]);
    expect(texts(found)).toContain("paid");
  });

  it("complaint: empathy, a high-priority ticket, handoff to the expert group", async () => {
    const c = customer("en", "normal", "James");
    const answer = await c.say("I want to file a complaint about your delivery service");
    expect(keys(answer)).toEqual(["complaint.empathy", "complaint.ticket_created", "handoff.expert"]);
    expect(answer.status).toBe("queued");
    const [conversation] = query<{ skill_group: string; priority: string; handoff_at: string }>("select skill_group, priority, handoff_at from conversations where id = ?", c.conversationId);
    expect(conversation).toMatchObject({ skill_group: "expert", priority: "high" });
    const [ticket] = query<{ type: string; priority: string }>("select type, priority from tickets where conversation_id = ?", c.conversationId);
    expect(ticket).toEqual({ type: "complaint", priority: "high" });
  });

  it("human agent: 转人工 queues the conversation; later messages wait for the agent", async () => {
    const c = customer("zh-CN");
    const answer = await c.say("转人工");
    expect(answer.status).toBe("queued");
    expect(keys(answer)).toEqual(["handoff.notice"]);
    const waiting = await c.say("在吗？");
    expect(waiting.status).toBe("queued");
    expect(waiting.conversationId).toBe(answer.conversationId);
  });
});

describe("global rules", () => {
  it("an angry customer is soothed and queued for an expert with high priority", async () => {
    const c = customer("zh-CN", "vip", "王丽");
    const answer = await c.say("你们这是什么垃圾服务！！！气死我了，再不解决我就投诉到12315！！！");
    expect(answer.understanding.emotion.label).toBe("angry");
    expect(answer.replies[0].scriptKey).toBe("soothe.angry");
    expect(answer.replies[0].variant).toMatch(/angry/);
    expect(answer.status).toBe("queued");
    const [conversation] = query<{ skill_group: string; priority: string }>("select skill_group, priority from conversations where id = ?", c.conversationId);
    expect(conversation).toEqual({ skill_group: "expert", priority: "high" });
    expect(query("select 1 from events where type = 'policy_triggered' and name = 'angry_escalate' and conversation_id = ?", c.conversationId)).toHaveLength(1);
  });

  it("a confident intent of another flow switches flows mid-conversation, an answer does not", async () => {
    const c = customer("zh-CN");
    await c.say("我要退货");
    const switched = await c.say("算了，我要投诉你们");
    expect(keys(switched)[0]).toBe("complaint.empathy");
    expect(query("select 1 from events where type = 'flow_switched' and conversation_id = ?", c.conversationId)).toHaveLength(1);
  });

  it("main flow: greeting, knowledge-base answer, and a handoff after two misses", async () => {
    const c = customer("zh-CN");
    expect(keys(await c.say("你好"))).toEqual(["greeting.welcome"]);
    expect(keys(await c.say("asdfgh qwerty"))).toEqual(["fallback.not_understood"]);
    const second = await c.say("zxcvb poiuy");
    expect(second.status).toBe("queued");
  });
});

describe("connection failures take the error and timeout edges", () => {
  it.each([
    ["500", "5000000000"],
    ["malformed JSON", "7777777777"],
    ["hanging", "1111111111"],
  ])("%s → order.api_error and a handoff", async (_label, orderId) => {
    const c = customer("zh-CN");
    await c.say("查订单");
    const answer = await c.say(orderId);
    expect(keys(answer)).toEqual(["order.api_error"]);
    expect(answer.status).toBe("queued");
    const [call] = query<{ payload_json: string }>("select payload_json from events where type = 'api_call' and conversation_id = ? order by id desc", c.conversationId);
    const payload = JSON.parse(call.payload_json) as { status?: number; failure?: string };
    if (orderId === "1111111111") expect(payload.failure).toBe("timeout");
    if (orderId === "5000000000") expect(payload.status).toBe(500);
    if (orderId === "7777777777") expect(payload.failure).toBe("malformed_response");
  }, 20_000);
});

describe("ordering and durability", () => {
  it("50 concurrent messages to one conversation are all stored, each followed by its own replies", async () => {
    const c = customer("zh-CN");
    const first = await c.say("你好");
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => c.post(`第${i}条消息 asdf`, { conversationId: first.conversationId })));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const rows = query<{ id: number; direction: string; client_message_id: string | null; conversation_id: string }>(
      "select id, direction, client_message_id, conversation_id from messages where channel_id = (select channel_id from conversations where id = ?) and conversation_id in (select id from conversations where customer_id = ?) order by id",
      first.conversationId,
      c.customer.id,
    );
    const inbound = rows.filter((row) => row.direction === "in");
    expect(inbound).toHaveLength(51);
    expect(new Set(inbound.map((row) => row.client_message_id)).size).toBe(51);
    const turns = query<{ turns: number }>("select sum(turns) as turns from conversations where customer_id = ?", c.customer.id);
    expect(turns[0].turns).toBe(51);
  });
});
