// The HTML report as assistive technology meets it: axe-core (a checker nobody here wrote) run in
// Debian's Chromium, driven by puppeteer-core, on each report file given. Any violation, of any
// impact, fails. Usage: node check-html.mjs REPORT.html...
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { launchChromium } from "./chromium.mjs";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8");
const browser = await launchChromium();
let violations = 0;
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      // Every rule axe has, best practices included, not only the WCAG tags.
      await window.axe.run(document, { resultTypes: ["violations"] }));
    for (const v of result.violations) {
      violations++;
      console.error(`${file}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.length} node(s),`
        + ` first ${v.nodes[0]?.target?.join(" ")}`);
    }
    console.log(`axe ${result.testEngine.version}: ${file}: ${result.violations.length}`
      + ` violation(s), ${result.passes.length} rules passed`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(violations === 0 ? 0 : 1);
