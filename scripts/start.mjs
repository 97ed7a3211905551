// `npm start`: builds what is missing (a fresh clone whose install skipped scripts), then runs `spotter serve`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const built = existsSync("packages/cli/dist/index.js") && existsSync("packages/web/dist/index.html");
if (!built) {
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { main } = await import("../packages/cli/dist/index.js");
const code = await main(["serve", ...process.argv.slice(2)]);
if (typeof code === "number" && code !== 0) process.exitCode = code;
