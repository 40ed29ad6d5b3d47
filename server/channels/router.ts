import { z } from "zod";
import { DomainError } from "../errors";
import { actorOf, router, withRoles } from "../trpc/init";
import { enqueueWebhook, listDeliveries, webhookDispatcher } from "../webhooks";
import { CHANNEL_ROLES, channelCreateSchema, channelUpdateSchema } from "./schemas";
import { createChannel, listChannels, requireChannel, rotateChannelKey, rotateWebhookSecret, updateChannel } from "./service";

const manage = withRoles(...CHANNEL_ROLES);
const byId = z.object({ id: z.string().min(1) });

export const channelsRouter = router({
  list: manage.query(({ ctx }) => {
    webhookDispatcher(ctx.app); // first use resumes deliveries left pending by a restart
    return listChannels(ctx.app.db);
  }),
  create: manage.input(channelCreateSchema).mutation(({ ctx, input }) => createChannel(ctx.app.db, actorOf(ctx), input)),
  update: manage.input(channelUpdateSchema).mutation(({ ctx, input }) => updateChannel(ctx.app.db, actorOf(ctx), input)),
  rotateKey: manage.input(byId).mutation(({ ctx, input }) => rotateChannelKey(ctx.app.db, actorOf(ctx), input.id)),
  rotateWebhookSecret: manage
    .input(byId)
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.app.db, actorOf(ctx), input.id)),
  deliveries: manage.input(byId).query(({ ctx, input }) => listDeliveries(ctx.app.db, input.id)),
  /** Sends a signed `ping` so an admin can check the receiver's signature verification. */
  testWebhook: manage.input(byId).mutation(async ({ ctx, input }) => {
    const channel = await requireChannel(ctx.app.db, input.id);
    const delivery = await enqueueWebhook(ctx.app, channel.id, { type: "ping", data: { channelId: channel.id, name: channel.name } });
    if (!delivery) throw new DomainError("invalid", "Set a webhook URL for this channel first (and enable the channel).");
    return { deliveryId: delivery.id };
  }),
});
