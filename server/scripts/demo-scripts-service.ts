import { type DemoScriptDef, NAME_EN, NAME_ZH, VIP_NAME_EN, VIP_NAME_ZH } from "./build-demo-script";

/** Conversation-level scripts: greeting, fallback, soothing, complaint, handoff, CSAT, goodbye. */
export const serviceDemoScripts: DemoScriptDef[] = [
  {
    key: "greeting.welcome",
    description: "主流程的第一条消息 / First message of the main flow",
    tags: ["greeting"],
    any: [
      `${NAME_ZH}，您好！我是智能客服，可以帮您查询订单和物流、办理退换货。请问有什么可以帮您？`,
      `Hi ${NAME_EN}! I'm the virtual assistant. I can check orders and deliveries or help with returns. How can I help you today?`,
    ],
    vip: [
      "尊敬的会员{{customer.name}}，您好！欢迎回来，您的专属服务通道已开启。请问今天有什么可以帮您？",
      `Welcome back, ${VIP_NAME_EN}! Your priority service line is open. How can I help you today?`,
    ],
    angry: [
      "您好，非常抱歉给您带来了不好的体验。请告诉我遇到的问题，我会马上为您处理。",
      "Hello, I'm sorry things haven't gone well. Tell me what happened and I'll sort it out right away.",
    ],
    anxious: [
      "您好，别着急，我在这里。请告诉我您遇到的情况，我会尽快帮您处理。",
      "Hello, don't worry, I'm here to help. Tell me what's happening and I'll take care of it as quickly as I can.",
    ],
  },
  {
    key: "fallback.not_understood",
    description: "意图为 other 或知识库未命中 / Intent other, no knowledge-base hit",
    tags: ["fallback"],
    any: [
      "抱歉，我没有完全理解您的意思。您可以换个说法，或者告诉我订单号、物流单号，我来帮您查询。",
      "Sorry, I didn't quite get that. Could you rephrase, or share your order or tracking number so I can look it up?",
    ],
    vip: [
      "非常抱歉，我没能准确理解您的需求。您可以换个说法，也可以回复“人工”，由专属客服为您服务。",
      "I'm sorry, I didn't quite understand. You can rephrase, or reply “agent” and a dedicated member specialist will assist you.",
    ],
    angry: [
      "非常抱歉没能理解您的意思，给您添麻烦了。您可以简单描述一下问题，或回复“人工”直接转接客服。",
      "I'm sorry I didn't understand, and sorry for the trouble. Please describe the problem briefly, or reply “agent” to talk to a person right away.",
    ],
    anxious: [
      "别着急，我换个方式帮您：请告诉我订单号或遇到的问题，也可以回复“人工”马上转接客服。",
      "Don't worry, let's try another way: tell me your order number or the problem, or reply “agent” to reach a person right away.",
    ],
  },
  {
    key: "common.anything_else",
    description: "任务完成后 / After a task completes",
    tags: ["common"],
    any: ["请问还有其他可以帮您的吗？", "Is there anything else I can help you with?"],
    vip: ["请问还有什么需要为您效劳的吗？您的专属服务随时在线。", "Is there anything else I can do for you? Your priority service is always available."],
    angry: ["再次为给您带来的不便致歉。请问还有其他需要我处理的问题吗？", "Again, I apologise for the inconvenience. Is there anything else I should take care of for you?"],
    anxious: ["已经为您处理好了，请放心。还有其他需要帮忙的吗？", "That's all taken care of, so you can rest easy. Is there anything else I can help with?"],
  },
  {
    key: "soothe.angry",
    description: "情绪策略：愤怒客户的安抚话术 / Emotion policy: soothing an angry customer",
    tags: ["soothe", "emotion"],
    any: [
      `${NAME_ZH}，非常抱歉给您带来不好的体验，我完全理解您的心情。我会认真处理您的问题，请给我一点时间。`,
      `${NAME_EN}, I'm truly sorry for the trouble. I understand how frustrating this is, and I'll make it right.`,
    ],
    vip: [
      `尊敬的${VIP_NAME_ZH}，非常抱歉让您有这样的体验，这不是我们应有的服务水准。我已将您的问题标记为高优先级，马上为您处理。`,
      `${VIP_NAME_EN}, I'm very sorry. This is not the level of service you should receive. I've marked your case high priority and I'm on it now.`,
    ],
    angry: [
      `${NAME_ZH}，真的非常抱歉让您生气了。您的问题我已经记下，我会立即跟进，直到为您解决为止。`,
      `${NAME_EN}, I'm so sorry this has upset you. I've noted your issue and I'll follow it through until it's resolved.`,
    ],
    anxious: [
      `${NAME_ZH}，请别着急，给您带来困扰非常抱歉。我正在为您处理，很快给您答复。`,
      `${NAME_EN}, please don't worry, and I'm sorry for the trouble. I'm working on it and will get back to you shortly.`,
    ],
    vipAngry: [
      `尊敬的${VIP_NAME_ZH}，非常抱歉让您如此不满，我们深感歉意。我已为您开通专属加急通道，资深客服将优先为您处理，直到您满意为止。`,
      `${VIP_NAME_EN}, we sincerely apologise for letting you down. A senior specialist will now handle your case first and see it through to your satisfaction.`,
    ],
  },
  {
    key: "soothe.anxious",
    description: "情绪策略：焦急客户的安抚话术 / Emotion policy: reassuring an anxious customer",
    tags: ["soothe", "emotion"],
    any: [
      `${NAME_ZH}，非常理解您的焦急，我已为您加急处理，请您放心。`,
      `${NAME_EN}, I completely understand your concern. I've expedited your request, so please rest assured.`,
    ],
    vip: [
      `尊敬的${VIP_NAME_ZH}，非常理解您的焦急，我已通过会员专属通道为您加急处理，有进展会第一时间通知您。`,
      `${VIP_NAME_EN}, I completely understand your concern. I've expedited your request through the member priority channel and will update you the moment there's news.`,
    ],
    angry: [
      `${NAME_ZH}，非常抱歉让您久等又着急，我已为您加急处理，会尽快给您结果。`,
      `${NAME_EN}, I'm sorry for the wait and the worry. I've expedited your request and will get you an answer as soon as possible.`,
    ],
    anxious: [
      `${NAME_ZH}，别担心，非常理解您的焦急，我已为您加急处理，很快就会有结果。`,
      `${NAME_EN}, please don't worry. I understand how urgent this is; I've expedited it and expect an answer very soon.`,
    ],
    vipAngry: [
      `尊敬的${VIP_NAME_ZH}，非常抱歉让您着急了，我已为您启用最高优先级加急处理，资深客服会全程跟进。`,
      `${VIP_NAME_EN}, I'm very sorry for the stress this has caused. Your request now has top priority, and a senior specialist will follow it through.`,
    ],
  },
  {
    key: "complaint.empathy",
    description: "投诉流程开始 / Start of the complaint flow",
    tags: ["complaint"],
    any: [
      `${NAME_ZH}，非常抱歉给您带来不好的体验。请详细描述一下您遇到的问题，我会记录下来并尽快处理。`,
      `${NAME_EN}, I'm very sorry about your experience. Please describe what happened and I'll record it and get it handled as soon as possible.`,
    ],
    vip: [
      `尊敬的${VIP_NAME_ZH}，非常抱歉让您有不好的体验，您的意见对我们非常重要。请告诉我具体情况，我会优先为您处理。`,
      `${VIP_NAME_EN}, I'm very sorry about your experience; your feedback matters a great deal to us. Tell me what happened and I'll handle it with priority.`,
    ],
    angry: [
      `${NAME_ZH}，真的非常抱歉让您这么生气，这是我们做得不好。请告诉我具体经过，我会认真记录并跟进到底。`,
      `${NAME_EN}, I'm truly sorry we've upset you this much; we got this wrong. Please tell me what happened and I'll record it carefully and follow it through.`,
    ],
    anxious: [
      `${NAME_ZH}，请别着急，我会认真处理您的问题。请说明具体情况，我马上为您记录。`,
      `${NAME_EN}, please don't worry, I'll take your complaint seriously. Tell me what happened and I'll log it right away.`,
    ],
    vipAngry: [
      `尊敬的${VIP_NAME_ZH}，对于这次的问题我们深表歉意，这完全不是您应有的体验。请告诉我具体经过，我会立即升级给资深客服优先处理。`,
      `${VIP_NAME_EN}, we sincerely apologise; this is not the experience you deserve. Tell me what happened and I'll escalate it to a senior specialist straight away.`,
    ],
  },
  {
    key: "complaint.ticket_created",
    description: "投诉工单已创建 / Complaint ticket created",
    tags: ["complaint", "ticket"],
    any: ["已为您创建投诉工单 {{vars.ticketId}}，我们会在 24 小时内联系您。", "I've created complaint ticket {{vars.ticketId}}. We'll contact you within 24 hours."],
    vip: ["已为您创建优先投诉工单 {{vars.ticketId}}，专属客服将在 2 小时内与您联系。", "I've created priority ticket {{vars.ticketId}}. Your dedicated specialist will contact you within 2 hours."],
    angry: [
      "已为您创建投诉工单 {{vars.ticketId}}，并标记为加急。再次向您致歉，我们会尽快给您答复。",
      "Complaint ticket {{vars.ticketId}} is created and marked urgent. I apologise again; we'll get back to you as soon as possible.",
    ],
    anxious: ["请放心，投诉工单 {{vars.ticketId}} 已创建，我们会在 24 小时内联系您并跟进到底。", "Rest assured, ticket {{vars.ticketId}} is created. We'll contact you within 24 hours and see it through."],
    vipAngry: [
      "已为您创建最高优先级工单 {{vars.ticketId}}，资深客服将在 1 小时内与您联系。对这次的体验我们深表歉意。",
      "I've created top-priority ticket {{vars.ticketId}}; a senior specialist will contact you within 1 hour. We sincerely apologise for this experience.",
    ],
  },
  {
    key: "handoff.notice",
    description: "转人工 / Transferring to a human agent",
    tags: ["handoff"],
    any: ["正在为您转接人工客服，请稍候，客服接入后会看到之前的对话记录。", "I'm transferring you to an agent. Please hold on; they'll see our conversation so far."],
    vip: ["正在为您转接会员专属客服，您将优先接入，请稍候。", "I'm connecting you to a dedicated member specialist. You'll be first in line, so please hold on."],
    angry: [
      "非常抱歉，我马上为您转接人工客服，已将您的问题一并转交，无需重复描述。",
      "I'm very sorry. I'm transferring you to an agent now and passing on your issue, so you won't need to repeat yourself.",
    ],
    anxious: ["别着急，正在为您转接人工客服，已为您优先排队，请稍候。", "Don't worry, I'm transferring you to an agent and you've been moved up the queue. Please hold on."],
    vipAngry: [
      "非常抱歉让您不满意，正在为您优先转接资深客服，您的问题已同步给对方，请稍候。",
      "I'm very sorry. I'm putting you straight through to a senior specialist who already has the details. Please hold on.",
    ],
  },
  {
    key: "handoff.expert",
    description: "转接资深客服（高优先级）/ Transferring to a senior agent, high priority",
    tags: ["handoff", "escalation"],
    any: [
      `${NAME_ZH}，正在为您转接资深客服专家，您的问题将被优先处理，请稍候。`,
      `${NAME_EN}, I'm transferring you to a senior specialist who will handle your case with priority. Please hold on.`,
    ],
    vip: [
      `尊敬的${VIP_NAME_ZH}，正在为您转接资深会员顾问，您已进入最高优先级队列，请稍候。`,
      `${VIP_NAME_EN}, I'm connecting you to a senior member advisor. You're in the top-priority queue, so please hold on.`,
    ],
    angry: [
      `${NAME_ZH}，非常抱歉让您不满意。正在为您转接资深客服专家，他会全权为您处理，请稍候。`,
      `${NAME_EN}, I'm very sorry. I'm transferring you to a senior specialist who can fully resolve this. Please hold on.`,
    ],
    anxious: [
      `${NAME_ZH}，非常理解您的焦急，已为您加急转接资深客服专家，请稍候。`,
      `${NAME_EN}, I understand this is urgent. I've fast-tracked you to a senior specialist, so please hold on.`,
    ],
    vipAngry: [
      `尊敬的${VIP_NAME_ZH}，我们深表歉意。已为您最高优先级转接资深客服专家，对方已了解您的情况，马上为您处理。`,
      `${VIP_NAME_EN}, we sincerely apologise. You're being put through with top priority to a senior specialist who already knows the details and will take it from here.`,
    ],
  },
  {
    key: "csat.ask",
    description: "满意度调查（1–5 分）/ CSAT question, 1–5",
    tags: ["csat"],
    quickReplies: { zh: ["1", "2", "3", "4", "5"], en: ["1", "2", "3", "4", "5"] },
    any: ["请为本次服务打分：1 分（非常不满意）到 5 分（非常满意）。", "How would you rate this service, from 1 (very dissatisfied) to 5 (very satisfied)?"],
    vip: ["感谢您的耐心，尊敬的会员。请为本次服务打分（1–5 分），您的评价会帮助我们做得更好。", "Thank you for your patience. Please rate this service from 1 to 5; your feedback helps us improve."],
    angry: ["再次为给您带来的不便致歉。请为本次服务打分（1–5 分），我们会认真改进。", "Again, I'm sorry for the trouble. Please rate this service from 1 to 5; we'll take it to heart."],
    anxious: ["问题已为您处理，感谢您的耐心。请为本次服务打分（1–5 分）。", "Your request has been handled. Thank you for your patience. Please rate this service from 1 to 5."],
  },
  {
    key: "end.goodbye",
    description: "结束语 / Closing",
    tags: ["end"],
    any: [`${NAME_ZH}，感谢您的咨询，祝您生活愉快，再见！`, `Thank you for contacting us, {{customer.name | default:"valued customer"}}. Have a great day!`],
    vip: [
      `尊敬的${VIP_NAME_ZH}，感谢您的信任与支持，专属服务随时为您在线，祝您生活愉快！`,
      `Thank you for your continued trust, {{customer.name | default:"valued member"}}. Your priority service is always here for you. Have a wonderful day!`,
    ],
    angry: [
      `${NAME_ZH}，再次为今天的不便致歉，感谢您的耐心。如有任何问题，随时联系我们。`,
      `${NAME_EN}, I apologise again for today's trouble and thank you for your patience. Contact us any time if anything else comes up.`,
    ],
    anxious: [`${NAME_ZH}，问题已经为您处理，请放心。如有任何进展我们会及时通知您，再见！`, `${NAME_EN}, everything is in hand, so please rest easy. We'll keep you posted. Goodbye!`],
  },
  {
    key: "kb.no_answer",
    description: "知识库未命中 / Knowledge-base miss",
    tags: ["kb", "fallback"],
    any: [
      "抱歉，知识库里暂时没有找到相关答案。您可以换个问法，或回复“人工”咨询客服。",
      "Sorry, I couldn't find an answer to that in our help centre. Try asking another way, or reply “agent” to ask a person.",
    ],
    vip: ["抱歉，暂时没有找到相关答案。回复“人工”即可由会员专属客服为您解答。", "Sorry, I couldn't find an answer. Reply “agent” and a dedicated member specialist will help you."],
    angry: ["非常抱歉没能直接帮您找到答案。请回复“人工”，客服会马上为您解答。", "I'm very sorry I couldn't find the answer for you. Reply “agent” and a colleague will answer right away."],
    anxious: [
      "别着急，这个问题我暂时没有找到答案。回复“人工”，客服会尽快为您解答。",
      "Don't worry, I couldn't find the answer just now. Reply “agent” and a colleague will help as soon as possible.",
    ],
  },
];
