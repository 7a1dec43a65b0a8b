// Installs the pinned npm packages with `npm ci` unless node_modules already holds exactly what
// package.json and package-lock.json name (a stamp of both files written after the last install),
// so that a repeated build does not wipe and reinstall them.
//
// Usage: node install.mjs MODULE_DIR
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
if (!dir) {
  throw new Error("usage: node install.mjs MODULE_DIR");
}
const hash = createHash("sha256");
for (const file of ["package.json", "package-lock.json"]) {
  hash.update(fs.readFileSync(path.join(dir, file)));
}
const digest = hash.digest("hex");
const stamp = path.join(dir, "node_modules", ".ikm-schema-tools.sha256");
if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) {
  console.log("schema-tools: npm packages up to date");
  process.exit(0);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund", "--prefer-offline"], {
  cwd: dir,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (result.status !== 0) {
  console.error(`schema-tools: npm ci failed (${result.error ?? "exit " + result.status})`);
  process.exit(1);
}
fs.writeFileSync(stamp, digest);
