import { stem } from "./stem";

// Hand-written synonym classes (customer-service concepts, not intents). A message using a word the
// training phrases never contained ("void my order", "撤单") still fires the concept feature the
// model learned from the common synonyms, which is how a lexical model generalises to unseen wording
// without embeddings. Keep each class to words that mean the concept in almost any context.
const EN: Record<string, string> = {
  cancel: "cancel cancellation void scrap withdraw abort undo revoke rescind annul unorder",
  refund: "refund refunded reimburse chargeback repay moneyback",
  return: "return returned returning exchange swap replace replacement rma",
  ship: "ship shipped shipping shipment dispatch dispatched deliver delivery courier parcel package pkg carrier transit tracking track postman mailman driver eta arrive arrival fedex ups usps dhl locker",
  order: "order ordered purchase purchased booking enrollment enrolment",
  pay: "pay payment paying checkout charge charged card visa mastercard amex paypal debit credit transaction transfer wire billed declined installment installments klarna",
  invoice: "invoice invoices receipt receipts vat gst tax proforma reimbursement",
  login: "login log logged signin password passcode pin username credentials otp 2fa verification",
  account: "account profile register registration signup username email phone deactivate delete hacked",
  stock: "stock instock available availability restock sold soldout backorder",
  spec: "size sizes sizing fit material fabric cotton leather color colour colors dimension dimensions weight waterproof battery warranty compatible spec specs feature features capacity model version",
  discount: "discount discounts coupon coupons promo promotion voucher vouchers sale deal deals offer offers cheaper cashback rebate bogo bundle",
  points: "points reward rewards loyalty membership member vip",
  free: "free complimentary",
  complain: "complaint complain complaining terrible awful horrible unacceptable worst rude scam scammer scammers fraud ridiculous disgrace disgusting pathetic incompetent useless lawyer sue lawsuit bbb disappointed dissatisfied unhappy furious angry outrageous misleading lied liar nightmare",
  human: "human person agent representative rep operator staff someone somebody supervisor manager advisor",
  bot: "bot robot machine automated automatic ai",
  greet: "hi hello hey hiya howdy yo greetings morning afternoon evening helo hallo hullo heya sup",
  thank: "thanks thank thx ty tysm cheers appreciate appreciated grateful thanku",
  bye: "bye goodbye farewell night ciao regards",
  chit: "weather joke song sing movie poem story game music football soccer president capital moon sun rain snow pizza recipe cook homework girlfriend boyfriend love bored bitcoin dream",
};

// Chinese keys are matched against character n-grams (1–4) of Han runs, so keep them ≤ 4 characters.
const ZH: Record<string, string> = {
  cancel: "取消 撤销 撤单 作废 撤回 退订 不要了 不买了 关掉 删单",
  refund: "退款 退钱 退费 退回 退学费 仅退款 原路 返还",
  return: "退货 换货 退换 寄回 售后 七天无理由 调换",
  ship: "快递 物流 包裹 派送 配送 派件 发货 签收 驿站 运单 揽收 丰巢 顺丰 中通 圆通 韵达 申通 邮政 京东物流 送到 寄出 送达 快件 运输 中转 快递员",
  order: "订单 下单 单子 拍下 报名 预订 购买记录",
  pay: "付款 支付 扣款 扣钱 扣了 转账 刷卡 花呗 微信支付 支付宝 信用卡 银行卡 付不了 付钱 还款 汇款 分期 云闪付 缴费",
  invoice: "发票 开票 收据 抬头 税号 专票 普票 报销 凭证",
  login: "登录 登陆 登不上 密码 验证码 锁定 被锁 解锁 两步验证",
  account: "账号 账户 注册 注销 绑定 换绑 解绑 实名 昵称 头像 个人信息 冻结 被盗",
  stock: "现货 有货 缺货 补货 断货 库存 还有吗",
  spec: "尺码 码数 尺寸 颜色 材质 面料 参数 保修 质保 型号 功能 重量 容量 电池 正品 大码 适合",
  discount: "优惠 券 折扣 打折 满减 活动 便宜 促销 秒杀 拼团 红包 返现 赠品 早鸟价 特价 降价 团购",
  points: "积分 会员 会员价 会员日",
  free: "包邮 免费 免运费",
  complain: "投诉 差评 垃圾 骗子 骗人 欺骗 曝光 消协 12315 维权 态度差 太差 恶劣 敷衍 失望 不满 气死 举报 起诉 坑人 虚假 假货",
  human: "人工 真人 活人 专员 客服经理 坐席 工作人员 接线员",
  bot: "机器人 机器 自动回复",
  greet: "你好 您好 在吗 在么 在不在 哈喽 哈罗 嗨 早上好 下午好 晚上好 在嘛 有人吗",
  thank: "谢谢 感谢 多谢 谢啦 谢了 辛苦 感恩",
  bye: "再见 拜拜 回见 晚安 先这样",
  chit: "天气 笑话 唱歌 电影 作文 股票 比特币 下雨 男朋友 女朋友 无聊 聊天 几点 星期几 减肥 旅游 做饭 翻译",
};

// Chat spellings folded onto the word the training phrases use.
const EN_ALIASES: Record<string, string> = {
  u: "you", ur: "your", pls: "please", plz: "please", pleas: "please", thx: "thanks", thanx: "thanks", tks: "thanks",
  pkg: "package", acct: "account", acc: "account", pw: "password", pwd: "password", ordr: "order", oder: "order",
  recieve: "receive", recieved: "received", refnd: "refund", cancle: "cancel", cancell: "cancel", shiped: "shipped", adress: "address",
  invoce: "invoice", paymnt: "payment", wat: "what", wats: "what", wheres: "where", hv: "have",
};

const enConcepts = new Map<string, string[]>();
for (const [concept, words] of Object.entries(EN)) {
  for (const word of words.split(" ")) add(enConcepts, stem(word), concept);
}
const zhConcepts = new Map<string, string[]>();
for (const [concept, words] of Object.entries(ZH)) {
  for (const word of words.split(" ")) add(zhConcepts, word, concept);
}
const aliases = new Map(Object.entries(EN_ALIASES).map(([from, to]) => [stem(from), stem(to)]));

/** The stemmed token with chat spellings normalised ("plz" → "pleas", "u" → "you"). */
export function canonicalToken(token: string): string {
  return aliases.get(token) ?? token;
}

/** Concepts of one English token (stemmed), or undefined. */
export function latinConcepts(token: string): readonly string[] | undefined {
  return enConcepts.get(token);
}

/** Concepts of one Chinese character n-gram, or undefined. */
export function hanConcepts(gram: string): readonly string[] | undefined {
  return zhConcepts.get(gram);
}

function add(map: Map<string, string[]>, key: string, concept: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}
