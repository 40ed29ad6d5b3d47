import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "../app-context";
import { createTestApp } from "../http/testing/test-app";
import { hashChannelKey } from "./keys";
import { createChannel, getChannelByKey, rotateChannelKey, updateChannel } from "./service";

let app: AppContext;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.db.destroy());

describe("channel service", () => {
  it("stores only the key's hash, rotates it, and audits every change without secrets", async () => {
    const actor = { id: "u1", email: "ops@example.com" };
    const { channel, key } = await createChannel(app.db, actor, { name: "App", kind: "app" });
    const row = await app.db.selectFrom("channels").selectAll().where("id", "=", channel.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashChannelKey(key));
    expect(JSON.stringify(channel)).not.toContain(key);
    const rotated = await rotateChannelKey(app.db, actor, channel.id);
    expect(await getChannelByKey(app.db, key)).toBeUndefined();
    expect((await getChannelByKey(app.db, rotated.key))?.id).toBe(channel.id);
    const { webhookSecret } = await updateChannel(app.db, actor, { id: channel.id, webhookUrl: "https://example.com/hook", rateLimitPerMinute: 30 });
    expect(webhookSecret).toMatch(/^whsec_/);
    const audit = await app.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(audit.map((entry) => entry.action)).toEqual(["channel.create", "channel.rotate_key", "channel.update"]);
    const logged = JSON.stringify(audit);
    for (const secret of [key, rotated.key, webhookSecret ?? "", row.key_hash]) expect(logged).not.toContain(secret);
  });
});
