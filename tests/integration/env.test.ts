import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv, EnvError } from "../../server/env";
import { tempDir } from "../support/server";

function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", DATABASE_URL: path.join(tempDir("env"), "k.db"), ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("configuration", () => {
  it("stops start-up naming the bad variable", () => {
    const result = startWith({ PORT: "not-a-port" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PORT");
  });

  it.each([
    [{ ADMIN_EMAIL: "nobody" }, "ADMIN_EMAIL"],
    [{ ADMIN_PASSWORD: "short" }, "ADMIN_PASSWORD"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "postgres://x" }, "DATABASE_URL"],
    [{ CONNECTION_ORDERS_URL: "ftp://orders" }, "CONNECTION_ORDERS_URL"],
  ])("rejects %o", (source, variable) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as EnvError).problems.map((problem) => problem.variable)).toContain(variable);
    }
  });

  it("applies the documented defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", DATABASE_URL: "./data/kefu.db" });
    expect(env.SEED_DEMO).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBe("./data/kefu.db");
    expect(parseEnv({ CONNECTION_ORDERS_URL: "http://127.0.0.1:9/api/" }).connectionOverrides).toEqual({
      orders: "http://127.0.0.1:9/api",
    });
  });
});
