import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type TestServer = {
  url: string;
  port: number;
  databaseFile: string;
  env: Record<string, string>;
  logs: () => string;
  stop: () => Promise<void>;
};

export const DEMO_PASSWORD = "demo-password-123";
export const ADMIN_PASSWORD = "admin-password-123";
export const DEMO_CHANNEL_KEY = "kf_test_demo_channel_key_0001";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kefu-${prefix}-`));
}

/** Starts the real server (the built Remix app behind server/main.ts) on a free port with its own SQLite file. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  if (!fs.existsSync("build/index.js")) throw new Error("No build: run `npm run build` before the integration tests.");
  const port = await freePort();
  const dir = tempDir("server");
  const databaseFile = path.join(dir, "kefu.db");
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseFile,
    ADMIN_EMAIL: "owner@example.com",
    ADMIN_PASSWORD,
    DEMO_PASSWORD,
    DEMO_CHANNEL_KEY,
    ...extraEnv,
  };
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    databaseFile,
    env,
    logs: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
