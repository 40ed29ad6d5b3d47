import { z } from "zod";

export const PROBLEM_CODES = [
  "dangling_edge",
  "unknown_handle",
  "duplicate_handle",
  "missing_handle",
  "unreachable_node",
  "dead_end",
  "loop_without_wait",
  "unknown_script_key",
  "unknown_connection",
  "unknown_experiment",
  "unknown_variation",
  "unknown_skill_group",
  "unknown_intent",
  "no_start_trigger",
  "variable_read_before_set",
  "invalid_condition",
  "invalid_template",
] as const;

export const flowProblemSchema = z.object({
  nodeId: z.string().nullable(),
  edgeId: z.string().optional(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type FlowProblem = z.infer<typeof flowProblemSchema>;

/** What each problem means, for the designer's problem list (zh-CN and en). */
export const PROBLEM_DESCRIPTIONS: Record<ProblemCode, { "zh-CN": string; en: string }> = {
  dangling_edge: { "zh-CN": "连线的起点或终点节点不存在", en: "An edge starts or ends at a node that does not exist" },
  unknown_handle: { "zh-CN": "连线从节点不存在的出口引出", en: "An edge leaves from an exit the node does not have" },
  duplicate_handle: { "zh-CN": "同一个出口有多条连线", en: "One exit has more than one edge" },
  missing_handle: { "zh-CN": "必需的出口没有连线", en: "A required exit has no edge" },
  unreachable_node: { "zh-CN": "从开始节点无法到达该节点", en: "The node cannot be reached from the start" },
  dead_end: { "zh-CN": "节点没有任何出口连线（只有转人工和结束节点可以终止流程）", en: "The node has no way out (only handoff and end nodes may finish a flow)" },
  loop_without_wait: { "zh-CN": "循环中没有等待客户输入的节点，会无限执行", en: "A loop never waits for the customer and would run forever" },
  unknown_script_key: { "zh-CN": "话术库中没有这个话术键", en: "The script library has no such key" },
  unknown_connection: { "zh-CN": "设置中没有这个接口连接", en: "No connection with this name is configured" },
  unknown_experiment: { "zh-CN": "没有这个实验", en: "No experiment with this key" },
  unknown_variation: { "zh-CN": "分流出口与实验的变体不一致", en: "The split's exits do not match the experiment's variations" },
  unknown_skill_group: { "zh-CN": "没有这个技能组", en: "No skill group with this id" },
  unknown_intent: { "zh-CN": "意图模型中没有这个意图", en: "The intent model has no such intent" },
  no_start_trigger: { "zh-CN": "开始节点没有触发意图，也不是兜底流程", en: "The start has no trigger intent and is not the catch-all flow" },
  variable_read_before_set: { "zh-CN": "变量在赋值之前被读取", en: "A variable is read before any path sets it" },
  invalid_condition: { "zh-CN": "条件表达式无效", en: "The condition is not valid" },
  invalid_template: { "zh-CN": "模板标签无法解析或使用了未知的格式化器", en: "A template tag cannot be parsed or uses an unknown formatter" },
};
