import { z } from "zod";

export const CHANNEL_KINDS = ["web", "app", "email", "phone", "custom"] as const;
export const CHANNEL_ROLES = ["admin", "ops_manager"] as const;

const webhookUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
  .max(2000);

export const channelCreateSchema = z.object({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(CHANNEL_KINDS),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).default(600),
  slaSeconds: z.number().int().min(1).max(86_400).default(20),
  webhookUrl: webhookUrl.nullish(),
});

export const channelUpdateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80).optional(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
  slaSeconds: z.number().int().min(1).max(86_400).optional(),
  /** null removes the webhook. */
  webhookUrl: webhookUrl.nullable().optional(),
  disabled: z.boolean().optional(),
});

export type ChannelCreateInput = z.input<typeof channelCreateSchema>;
export type ChannelUpdateInput = z.infer<typeof channelUpdateSchema>;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
