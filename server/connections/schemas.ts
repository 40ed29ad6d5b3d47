import { z } from "zod";

export const connectionNameSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "lowercase letters, digits and _, starting with a letter");

const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "a header name");
/** Headers the runtime sets itself and a connection may not override. */
const RESERVED_HEADERS = ["host", "content-length", "content-type", "idempotency-key", "accept-language"];

export const connectionInputSchema = z.object({
  name: connectionNameSchema,
  description: z.string().max(300).default(""),
  baseUrl: z.url({ protocol: /^https?$/, error: "an http(s) URL" }).max(500),
  headers: z
    .record(headerName, z.string().max(1000))
    .default({})
    .refine((headers) => Object.keys(headers).every((name) => !RESERVED_HEADERS.includes(name.toLowerCase())), `these headers are set by the runtime: ${RESERVED_HEADERS.join(", ")}`),
  /** Sent as `Authorization: Bearer <secret>`; never shown again after saving. `null` removes it. */
  secret: z.string().min(1).max(2000).nullable().optional(),
});

export type ConnectionInput = z.input<typeof connectionInputSchema>;
export type ConnectionConfig = { name: string; description: string; baseUrl: string; headers: Record<string, string>; secret: string | null };
