#!/usr/bin/env node
// A committed launcher so npm links the bin at install time; the CLI itself is built by `tsc -b` (npm prepare).
import { main } from "../dist/index.js";

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === "number" && code !== 0) process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
