// The Markdown report as a pull-request comment shows it: rendered by marked (a common GFM
// renderer, raw HTML passed through as GitHub-flavoured renderers do) and opened in Debian's
// Chromium. Fails if any script runs (an alert, a console message from a handler), or any element
// or link that input could have made is in the page: script, img, iframe, an <a> at all (the
// report makes no link of its own). Usage: node check-markdown.mjs REPORT.md...
import fs from "node:fs";
import { marked } from "marked";
import { launchChromium } from "./chromium.mjs";

const browser = await launchChromium();
let problems = 0;
try {
  for (const file of process.argv.slice(2)) {
    const html = marked.parse(fs.readFileSync(file, "utf8"), { gfm: true });
    const page = await browser.newPage();
    const ran = [];
    page.on("dialog", async (dialog) => { ran.push(dialog.message()); await dialog.dismiss(); });
    await page.setContent(`<!DOCTYPE html><html><body>${html}</body></html>`,
      { waitUntil: "load" });
    // Handlers such as onerror run after a failed load: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const found = await page.evaluate(() => ({
      elements: [...document.querySelectorAll("script, img, iframe, object, embed, a, svg, style")]
        .map((e) => e.outerHTML.slice(0, 80)),
      tables: document.querySelectorAll("table").length,
    }));
    for (const alert of ran) {
      problems++;
      console.error(`${file}: a script ran: alert(${alert})`);
    }
    for (const element of found.elements) {
      problems++;
      console.error(`${file}: an element from the input: ${element}`);
    }
    if (found.tables === 0) {
      problems++;
      console.error(`${file}: no table rendered`);
    }
    console.log(`marked ${file}: ${found.tables} table(s), ${ran.length} script(s) ran,`
      + ` ${found.elements.length} element(s) from input`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(problems === 0 ? 0 : 1);
