import type { AppContext } from "../app-context";
import { hashChannelKey } from "../channels/keys";
import { readSetting } from "../settings";
import { DEMO_WIDGET_KEY_SETTING } from "./seed-widget-channel";

/** The dedicated demo widget channel's key, else DEMO_CHANNEL_KEY, else null (no demo page). */
export async function demoWidgetKey(app: AppContext): Promise<string | null> {
  const stored = await readSetting<string>(app.db, DEMO_WIDGET_KEY_SETTING);
  if (stored) {
    const channel = await app.db
      .selectFrom("channels")
      .select("id")
      .where("key_hash", "=", hashChannelKey(stored))
      .where("disabled", "=", 0)
      .executeTakeFirst();
    if (channel) return stored;
  }
  return app.env.DEMO_CHANNEL_KEY ?? null;
}
