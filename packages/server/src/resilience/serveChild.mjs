// The real server in a process of its own, for the tests that kill it or take its database away. It runs the built
// package (npm test builds first), as `spotter serve` does, and prints the same "listening" line.
import { createLogger, parseLogLevel, startServer } from "@spotter/server";

const server = await startServer({
  port: 0,
  dataDir: process.env.SPOTTER_DATA || undefined,
  databaseUrl: process.env.SPOTTER_DATABASE_URL || undefined,
  schema: process.env.SPOTTER_SCHEMA || undefined,
  // The tests register many users.
  registration: "open",
  // Quiet unless asked: the tests read this process's output for its listening line and failures.
  logger: createLogger(parseLogLevel(process.env.SPOTTER_LOG_LEVEL || "warn")),
});
console.log(`Spotter listening on ${server.url}`);
process.once("SIGTERM", () => {
  server.close().then(() => process.exit(0));
});
