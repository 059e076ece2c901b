// SARIF reports as Microsoft's SARIF Multitool (a validator nobody here wrote) reads them: each
// file validated with the tool's default rules and with GitHub's added (--rule-kind "Sarif;Gh",
// what code scanning needs), every result counted by level and rule, and any error fails.
// `validate` exits 0 whatever it finds, so its own SARIF log is read for the verdict.
// Usage: node check-sarif.mjs WORK_DIR FILE.sarif...
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The platform's binary, as the package's own bin.js finds it (npm leaves its run bit to a
// postinstall script, which .ci/run does not rely on: it sets the bit itself).
const multitool = require("@microsoft/sarif-multitool");

const [workDir, ...files] = process.argv.slice(2);
fs.mkdirSync(workDir, { recursive: true });
let errors = 0;
for (const file of files) {
  for (const [label, extra] of [["default rules", []], ["Sarif;Gh", ["--rule-kind", "Sarif;Gh"]]]) {
    const log = path.join(workDir,
      `${path.basename(file, ".sarif")}.${label === "default rules" ? "default" : "gh"}.validation.sarif`);
    const run = spawnSync(multitool,
      ["validate", ...extra, "--log", "ForceOverwrite", "--output", log, file],
      { encoding: "utf8" });
    if (run.status !== 0 || !fs.existsSync(log)) {
      console.error(`${file} (${label}): the Multitool failed (exit ${run.status}, ${run.error ?? ""})`);
      console.error(run.stdout, run.stderr);
      process.exit(1);
    }
    const counts = new Map();
    for (const r of JSON.parse(fs.readFileSync(log, "utf8")).runs ?? []) {
      const rules = r.tool?.driver?.rules ?? [];
      for (const result of r.results ?? []) {
        const rule = rules[result.ruleIndex] ?? rules.find((x) => x.id === result.ruleId);
        const level = result.level ?? rule?.defaultConfiguration?.level ?? "warning";
        const key = `${level} ${result.ruleId}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (level === "error") {
          errors++;
          console.error(`  ${result.ruleId}: ${result.message?.text ?? JSON.stringify(result.message)}`);
        }
      }
    }
    const summary = [...counts].sort().map(([k, n]) => `${n} x ${k}`).join(", ") || "nothing";
    console.log(`sarif-multitool validate ${path.basename(file)} (${label}): ${summary}`);
  }
  // Every input in these runs is invalid somewhere: a consumer that reads only results (code
  // scanning views, sarif-junit) must see it as a result of level error, not a notification only.
  const inputErrors = JSON.parse(fs.readFileSync(file, "utf8")).runs
    .flatMap((r) => r.results ?? []).filter((r) => r.ruleId === "INPUT-ERROR" && r.level === "error");
  if (inputErrors.length === 0) {
    errors++;
    console.error(`${file}: no INPUT-ERROR result for its invalid input`);
  }
}
if (errors > 0) {
  console.error(`sarif-multitool: ${errors} error-level result(s)`);
  process.exit(1);
}
