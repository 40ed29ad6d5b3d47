import { spawnSync } from "node:child_process";
import fs from "node:fs";

// `npm start`: build once when no build exists (a fresh clone), then boot the server.
if (!fs.existsSync("build/index.js") || !fs.existsSync("public/build")) {
  console.log("No build found: building the console (one time, about a minute)…");
  const result = spawnSync("npx", ["remix", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import("./main");
