import { z } from "zod";

/**
 * The only reader of process.env. Every setting of the product is declared here,
 * parsed once with zod, and a bad value stops start-up with a message naming the variable.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const optionalSecret = (min: number) =>
  z
    .string()
    .min(min, { message: `must be at least ${min} characters` })
    .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be an integer" })
    .min(0, { message: "must be between 0 and 65535" })
    .max(65535, { message: "must be between 0 and 65535" })
    .default(3000),
  HOST: z.string().min(1, { message: "must not be empty" }).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .default("./data/kefu.db")
    .transform((value) => (value.trim() === "" ? "./data/kefu.db" : value.trim()))
    .refine((value) => !/^(postgres|postgresql|mysql):/i.test(value), {
      message: "only SQLite file paths or file: URLs are supported in this version",
    }),
  SESSION_SECRET: optionalSecret(16),
  ADMIN_EMAIL: z.email({ message: "must be an e-mail address" }).default("admin@example.com"),
  ADMIN_PASSWORD: optionalSecret(8),
  SEED_DEMO: booleanish.optional(),
  DEMO_PASSWORD: optionalSecret(8),
  DEMO_CHANNEL_KEY: optionalSecret(16),
  LOG_LEVEL: z.enum(["silent", "error", "info", "debug"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      "Invalid configuration:\n" +
        problems.map((problem) => `  ${problem.variable}: ${problem.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Connection base-URL overrides: CONNECTION_<NAME>_URL (e.g. CONNECTION_ORDERS_URL). */
export type ConnectionOverrides = Record<string, string>;

export function parseEnv(source: Record<string, string | undefined>): Env & { connectionOverrides: ConnectionOverrides } {
  const blankAsUnset = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => key === "DATABASE_URL" || value !== ""),
  );
  const result = envSchema.safeParse(blankAsUnset);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const connectionOverrides: ConnectionOverrides = {};
  const urlProblems: { variable: string; message: string }[] = [];
  for (const [key, value] of Object.entries(source)) {
    const match = /^CONNECTION_([A-Z0-9_]+)_URL$/.exec(key);
    if (!match || !value) continue;
    if (!z.url({ protocol: /^https?$/ }).safeParse(value).success) {
      urlProblems.push({ variable: key, message: "must be an http(s) URL" });
      continue;
    }
    connectionOverrides[match[1].toLowerCase()] = value.replace(/\/+$/, "");
  }
  if (urlProblems.length > 0) throw new EnvError(urlProblems);
  return { ...result.data, connectionOverrides };
}

let cached: ReturnType<typeof parseEnv> | undefined;

export function getEnv(): ReturnType<typeof parseEnv> {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The SQLite file path from DATABASE_URL (plain path or file: URL). */
export function databaseFilePath(databaseUrl: string): string {
  if (databaseUrl.startsWith("file:")) {
    const withoutScheme = databaseUrl.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return decodeURIComponent(withoutScheme.split("?")[0]);
  }
  return databaseUrl;
}
