import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { writeAudit, type Actor } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { ChannelsTable } from "../db/tables/auth";
import { DomainError } from "../errors";
import { channelKeyPrefix, generateChannelKey, hashChannelKey } from "./keys";
import { channelCreateSchema, type ChannelCreateInput, type ChannelUpdateInput } from "./schemas";

export type ChannelRow = Selectable<ChannelsTable>;

/** What the console sees: never the key hash, never the webhook secret itself. */
export type ChannelView = Omit<ChannelRow, "key_hash" | "webhook_secret"> & { has_webhook_secret: boolean };

export function toChannelView(row: ChannelRow): ChannelView {
  const { key_hash: _hash, webhook_secret, ...rest } = row;
  return { ...rest, has_webhook_secret: Boolean(webhook_secret) };
}

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export async function listChannels(db: Kysely<Database>): Promise<ChannelView[]> {
  const rows = await db.selectFrom("channels").selectAll().orderBy("created_at").execute();
  return rows.map(toChannelView);
}

export async function getChannelByKey(db: Kysely<Database>, key: string): Promise<ChannelRow | undefined> {
  return db.selectFrom("channels").selectAll().where("key_hash", "=", hashChannelKey(key)).executeTakeFirst();
}

export async function requireChannel(db: Kysely<Database>, id: string): Promise<ChannelRow> {
  const row = await db.selectFrom("channels").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new DomainError("not_found", "This channel does not exist.");
  return row;
}

/** The key and webhook secret are returned here once; only the key's hash is stored. */
export async function createChannel(
  db: Kysely<Database>,
  actor: Actor,
  raw: ChannelCreateInput,
): Promise<{ channel: ChannelView; key: string; webhookSecret: string | null }> {
  const input = channelCreateSchema.parse(raw);
  const key = generateChannelKey();
  const webhookSecret = input.webhookUrl ? generateWebhookSecret() : null;
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("channels")
      .values({
        id: randomUUID(),
        name: input.name,
        kind: input.kind,
        key_hash: hashChannelKey(key),
        key_prefix: channelKeyPrefix(key),
        webhook_url: input.webhookUrl ?? null,
        webhook_secret: webhookSecret,
        rate_limit_per_minute: input.rateLimitPerMinute,
        sla_seconds: input.slaSeconds,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const channel = toChannelView(row);
    await writeAudit(trx, actor, { action: "channel.create", entityType: "channel", entityId: row.id, summary: row.name, after: channel });
    return { channel, key, webhookSecret };
  });
}

export async function rotateChannelKey(db: Kysely<Database>, actor: Actor, id: string): Promise<{ channel: ChannelView; key: string }> {
  const key = generateChannelKey();
  return db.transaction().execute(async (trx) => {
    const before = await requireChannel(trx, id);
    const row = await trx
      .updateTable("channels")
      .set({ key_hash: hashChannelKey(key), key_prefix: channelKeyPrefix(key), updated_at: nowIso() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: "channel.rotate_key",
      entityType: "channel",
      entityId: id,
      summary: row.name,
      before: { key_prefix: before.key_prefix },
      after: { key_prefix: row.key_prefix },
    });
    return { channel: toChannelView(row), key };
  });
}

export async function rotateWebhookSecret(db: Kysely<Database>, actor: Actor, id: string): Promise<{ webhookSecret: string }> {
  const webhookSecret = generateWebhookSecret();
  await db.transaction().execute(async (trx) => {
    const before = await requireChannel(trx, id);
    await trx.updateTable("channels").set({ webhook_secret: webhookSecret, updated_at: nowIso() }).where("id", "=", id).execute();
    await writeAudit(trx, actor, { action: "channel.rotate_webhook_secret", entityType: "channel", entityId: id, summary: before.name });
  });
  return { webhookSecret };
}

/** A first webhook URL gets a fresh secret, returned once like a key. */
export async function updateChannel(
  db: Kysely<Database>,
  actor: Actor,
  { id, ...patch }: ChannelUpdateInput,
): Promise<{ channel: ChannelView; webhookSecret: string | null }> {
  return db.transaction().execute(async (trx) => {
    const before = await requireChannel(trx, id);
    const needsSecret = Boolean(patch.webhookUrl) && !before.webhook_secret;
    const webhookSecret = needsSecret ? generateWebhookSecret() : null;
    const row = await trx
      .updateTable("channels")
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.rateLimitPerMinute !== undefined ? { rate_limit_per_minute: patch.rateLimitPerMinute } : {}),
        ...(patch.slaSeconds !== undefined ? { sla_seconds: patch.slaSeconds } : {}),
        ...(patch.webhookUrl !== undefined ? { webhook_url: patch.webhookUrl } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        ...(webhookSecret ? { webhook_secret: webhookSecret } : {}),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const channel = toChannelView(row);
    await writeAudit(trx, actor, {
      action: patch.disabled === true ? "channel.disable" : "channel.update",
      entityType: "channel",
      entityId: id,
      summary: row.name,
      before: toChannelView(before),
      after: channel,
    });
    return { channel, webhookSecret };
  });
}
