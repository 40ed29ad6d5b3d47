import { GrowthBookClient } from "@growthbook/growthbook";
import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { seedScriptLibrary } from "../scripts/published-catalog";
import { REFUND_CONFIRM_EXPERIMENT } from "../scripts/demo-scripts";
import { featureKeyOf, featuresPayload, toExperiment } from "./catalog";
import { experimentInputSchema } from "./model";
import { recordExposure, refreshCustomer } from "./tracking";

export const DEMO_EXPERIMENT_KEY = "refund-confirm-wording";
const TREATMENT_SCRIPT = "refund.confirm.solution";

/**
 * Demo: the refund confirmation wording test ("点击链接立即解决" vs "我为您生成专属解决方案"), running,
 * with ten days of history for 800 synthetic customers assigned by the SDK and recorded through the
 * same exposure and metric code as live traffic (outcome events are synthetic; the treatment is
 * made slightly better so the demo has something to find).
 */
export async function seedExperimentsDemo(db: Kysely<Database>): Promise<string[]> {
  if (await db.selectFrom("experiments").select("key").where("key", "=", DEMO_EXPERIMENT_KEY).executeTakeFirst()) return [];
  await seedScriptLibrary(db, new Map([[TREATMENT_SCRIPT, { ...REFUND_CONFIRM_EXPERIMENT.treatment, key: TREATMENT_SCRIPT }]]), "Treatment of the refund confirmation experiment");
  const input = experimentInputSchema.parse({
    key: DEMO_EXPERIMENT_KEY,
    name: "退款确认话术 Refund confirmation wording",
    hypothesis: "“我为您生成专属解决方案”比“点击链接立即解决”更能让客户在机器人内完成退款，且不增加转人工。 A tailored-solution wording resolves more refunds without a human than a link wording, without more escalations.",
    targetType: "script",
    targetScriptKey: REFUND_CONFIRM_EXPERIMENT.key,
    variations: [
      { key: "control", name: "点击链接立即解决 (control)", weight: 50 },
      { key: "solution", name: "我为您生成专属解决方案", weight: 50, scriptKey: TREATMENT_SCRIPT },
    ],
    goalMetric: "resolved_by_bot",
    guardrails: ["escalated", "complaint", "csat"],
    analysis: { engine: "bayesian" },
  });
  const started = new Date(Date.now() - 10 * 86_400_000);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await trx
      .insertInto("experiments")
      .values({
        key: input.key, name: input.name, hypothesis: input.hypothesis, target_type: "script", target_script_key: input.targetScriptKey,
        variations_json: JSON.stringify(input.variations), coverage: 1, condition_json: "{}", goal_metric: input.goalMetric, guardrails_json: JSON.stringify(input.guardrails),
        conversion_window_hours: input.conversionWindowHours, analysis_json: JSON.stringify(input.analysis), status: "running", phase: 1,
        started_at: started.toISOString(), stopped_at: null, decision_json: null, owner_id: (await trx.selectFrom("users").select("id").where("email", "=", "analyst@demo.local").executeTakeFirst())?.id ?? null, created_at: now, updated_at: now,
      })
      .execute();
    await trx.insertInto("experiment_phases").values({ experiment_key: input.key, phase: 1, variations_json: JSON.stringify(input.variations), coverage: 1, reason: "Started", started_at: started.toISOString(), ended_at: null }).execute();
    const experiment = toExperiment(await trx.selectFrom("experiments").selectAll().where("key", "=", input.key).executeTakeFirstOrThrow());
    const client = new GrowthBookClient().initSync({ payload: featuresPayload([experiment]) });
    let seed = 20261124;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const channels = ["web", "app", "email", "phone"] as const;
    for (let i = 0; i < 800; i++) {
      const customer = { id: `demo-exp-${i}`, tier: random() < 0.2 ? ("vip" as const) : ("normal" as const), locale: random() < 0.7 ? ("zh-CN" as const) : ("en" as const), attributes: {} };
      const channelKind = channels[Math.floor(random() * channels.length)];
      const index = client.evalFeature<number>(featureKeyOf(experiment.key), { attributes: { id: customer.id, tier: customer.tier, locale: customer.locale, channel: channelKind } }).value ?? 0;
      const exposedAt = new Date(started.getTime() + (i / 800) * 10 * 86_400_000 + random() * 3_600_000);
      const at = (minutes: number) => new Date(exposedAt.getTime() + minutes * 60_000).toISOString();
      await trx.insertInto("customers").values({ id: customer.id, name: null, tier: customer.tier, locale: customer.locale, attributes_json: "{}", first_seen_at: at(0), last_seen_at: at(5) }).onConflict((oc) => oc.doNothing()).execute();
      await recordExposure(trx, experiment, { customer, channelId: "demo", channelKind }, experiment.variations[index].key, exposedAt.toISOString());
      const resolved = random() < (index === 1 ? 0.66 : 0.58);
      const escalated = !resolved && random() < 0.45;
      const event = (minutes: number, type: string, name: string | null, value: number | null) => ({
        at: at(minutes), type, conversation_id: null, customer_id: customer.id, channel_id: null, flow_id: "refund", flow_version_id: null, node_id: null, edge_id: null,
        intent: type === "understanding" ? name : null, intent_confidence: null, emotion: null, emotion_score: null, experiment_key: null, experiment_phase: null, variation: null,
        name: type === "understanding" ? null : name, value, payload_json: JSON.stringify({ source: "demo" }),
      });
      const events = [event(1, "message_in", null, null), event(2, "message_in", null, null), event(3, "message_in", null, null)];
      if (resolved) events.push(event(4, "conversation_closed", "resolved", null));
      else if (escalated) events.push(event(4, "handoff", "junior", null), event(9, "conversation_closed", "escalated", null));
      else events.push(event(30, "conversation_closed", "abandoned", null));
      if (random() < 0.08) events.push(event(2, "understanding", "complaint", null));
      if (random() < 0.4) events.push(event(5, "csat", null, Math.min(5, Math.max(1, Math.round((resolved ? 4.2 : 2.8) + (random() - 0.5) * 2)))));
      await trx.insertInto("events").values(events).execute();
      await refreshCustomer(trx, customer.id);
    }
  });
  return [`Demo experiment: ${input.name} (running, 800 synthetic customers over 10 days)`];
}
