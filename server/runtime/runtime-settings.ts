import type { Kysely } from "kysely";
import type { AppContext } from "../app-context";
import { memoService } from "../services";
import { z } from "zod";
import type { Database } from "../db/schema";
import { readSetting } from "../settings";

export const RUNTIME_SETTINGS_KEY = "runtime_settings";

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "letters, digits and _");

export const emotionPolicySchema = z.object({
  id: identifier,
  enabled: z.boolean().default(true),
  emotion: z.enum(["angry", "anxious", "sad"]),
  minScore: z.number().min(0).max(1),
  /** Messages in a row with this emotion before the policy acts (1 = the first one). */
  consecutive: z.number().int().min(1).max(10).default(1),
  scriptKey: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+){1,5}$/).optional(),
  handoff: z.object({ skillGroup: identifier, priority: z.enum(["low", "normal", "high", "urgent"]) }).optional(),
});

export const runtimeSettingsSchema = z.object({
  /** Checked in order before the flow step; the first that matches acts. */
  emotionPolicies: z.array(emotionPolicySchema).max(20),
  humanRequest: z.object({ enabled: z.boolean(), minConfidence: z.number().min(0).max(1) }),
  /** A confident trigger intent of another flow mid-conversation switches to that flow. */
  flowSwitching: z.object({ enabled: z.boolean(), minConfidence: z.number().min(0).max(1) }),
  /** Confidence a trigger intent needs to start its flow at the beginning of a conversation. */
  triggerMinConfidence: z.number().min(0).max(1),
  /** Replies to a customer waiting for an agent tell them so at most this often (seconds). */
  queuedNoticeSeconds: z.number().int().min(0).max(86_400),
});

export type EmotionPolicy = z.infer<typeof emotionPolicySchema>;
export type RuntimeSettings = z.infer<typeof runtimeSettingsSchema>;

export const DEFAULT_RUNTIME_SETTINGS: RuntimeSettings = {
  emotionPolicies: [
    { id: "angry_escalate", enabled: true, emotion: "angry", minScore: 0.7, consecutive: 1, scriptKey: "soothe.angry", handoff: { skillGroup: "expert", priority: "high" } },
    { id: "anxious_soothe", enabled: true, emotion: "anxious", minScore: 0.5, consecutive: 2, scriptKey: "soothe.anxious" },
  ],
  humanRequest: { enabled: true, minConfidence: 0.5 },
  flowSwitching: { enabled: true, minConfidence: 0.6 },
  triggerMinConfidence: 0.4,
  queuedNoticeSeconds: 300,
};

/** Stored settings, or the defaults when none were saved (or the stored JSON no longer parses). */
export async function readRuntimeSettings(db: Kysely<Database>): Promise<RuntimeSettings> {
  const stored = await readSetting<unknown>(db, RUNTIME_SETTINGS_KEY);
  const parsed = runtimeSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RUNTIME_SETTINGS;
}

type SettingsCache = { value: RuntimeSettings | null; readAt: number };
const SETTINGS_TTL_MS = 1000;

/** The settings a turn runs with: read at most once a second per process (a save here invalidates at once). */
export async function currentRuntimeSettings(app: AppContext): Promise<RuntimeSettings> {
  const cache = memoService(app, "runtime.settings", (): SettingsCache => ({ value: null, readAt: 0 }));
  if (cache.value && Date.now() - cache.readAt < SETTINGS_TTL_MS) return cache.value;
  cache.value = await readRuntimeSettings(app.db);
  cache.readAt = Date.now();
  return cache.value;
}

export function invalidateRuntimeSettings(app: AppContext): void {
  memoService(app, "runtime.settings", (): SettingsCache => ({ value: null, readAt: 0 })).value = null;
}
