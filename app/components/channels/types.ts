import type { ChannelView } from "../../../server/channels/service";

/** A channel as the loader serialises it. */
export type ChannelItem = ChannelView;
export const CHANNEL_KIND_OPTIONS = ["web", "app", "email", "phone", "custom"] as const;
