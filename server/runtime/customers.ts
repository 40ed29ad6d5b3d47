import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { CustomerContext, FlowLocale } from "../../flows";
import type { Database } from "../db/schema";
import type { CustomersTable } from "../db/tables/runtime";
import type { MessageRequest } from "../http/schemas";

const attributesSchema = z.record(z.string(), z.unknown());

export type StoredCustomer = Selectable<CustomersTable>;

export function getStoredCustomer(db: Kysely<Database>, id: string): Promise<StoredCustomer | undefined> {
  return db.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirst();
}

export function storedLocale(stored: StoredCustomer | undefined): FlowLocale | undefined {
  return stored?.locale === "zh-CN" || stored?.locale === "en" ? stored.locale : undefined;
}

/**
 * The customer as the turn sees them: what the channel sent this time over what we knew. Tier, name
 * and attributes the channel omits keep their stored values; a new customer is `normal`.
 */
export function buildCustomerContext(input: MessageRequest["customer"], stored: StoredCustomer | undefined, locale: FlowLocale): CustomerContext {
  const storedAttributes = stored ? attributesSchema.safeParse(JSON.parse(stored.attributes_json)) : null;
  const name = input.name ?? stored?.name ?? undefined;
  return {
    id: input.id,
    ...(name ? { name } : {}),
    tier: input.tier ?? stored?.tier ?? "normal",
    locale,
    attributes: { ...(storedAttributes?.success ? storedAttributes.data : {}), ...(input.attributes ?? {}) },
  };
}
