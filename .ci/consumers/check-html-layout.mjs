// The HTML report's layout as a reviewer sees it, in Debian's Chromium: on a 1280 px wide screen,
// and as printed on A4 (print media, the page's printable width: 210 mm less the 12 mm margins of
// its @page rule on each side, 186 mm = 703 px). Fails if any table cell's text overflows it
// (scrollWidth > clientWidth, or content past the cell's padding box edge less its padding), if
// any column header or status or verdict word is broken inside a word (a Range over each word of
// it has rects on more than one line), or if the page is wider than the viewport.
// Usage: node check-html-layout.mjs REPORT.html...
// With HTML_LAYOUT_SCREENSHOTS=PREFIX, also writes PREFIX-1280.png and PREFIX-a4.png of the first
// report (the top of the page: the summary table and the first sections).
import path from "node:path";
import { launchChromium } from "./chromium.mjs";

const A4_PRINTABLE_PX = Math.round((210 - 2 * 12) / 25.4 * 96);
const layouts = [
  { name: "1280", width: 1280, height: 1000, media: "screen" },
  { name: "a4", width: A4_PRINTABLE_PX, height: 1123, media: "print" },
];
const screenshots = process.env.HTML_LAYOUT_SCREENSHOTS;

// Runs in the page: every cell measured, every word of a header, status or verdict placed.
function measure() {
  const problems = [];
  const describe = (el) => {
    const section = el.closest("section")?.querySelector("h2")?.textContent.slice(0, 40)
      ?? el.closest("table")?.className ?? "";
    return `${el.tagName.toLowerCase()}${el.className ? "." + el.className.split(" ").join(".")
      : ""} "${el.textContent.trim().slice(0, 40)}" in ${section}`;
  };
  const cells = [...document.querySelectorAll("th, td")];
  let overflowing = 0;
  for (const cell of cells) {
    const style = getComputedStyle(cell);
    const box = cell.getBoundingClientRect();
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    // What the cell holds, to the right edge of its content box: text and inline SVG.
    const range = document.createRange();
    range.selectNodeContents(cell);
    const contentRight = Math.max(box.left, ...[...range.getClientRects()].map((r) => r.right));
    if (cell.scrollWidth > cell.clientWidth || contentRight > right + 0.5) {
      overflowing++;
      problems.push(`overflows (scrollWidth ${cell.scrollWidth} > clientWidth ${cell.clientWidth}`
        + ` or content to ${contentRight.toFixed(1)} > ${right.toFixed(1)}): ${describe(cell)}`);
    }
  }
  const words = [...document.querySelectorAll("th, td.s, td.v")];
  let broken = 0;
  let wordCount = 0;
  for (const el of words) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\S+/g)) {
        wordCount++;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)));
        if (lines.size > 1) {
          broken++;
          problems.push(`"${m[0]}" broken over ${lines.size} lines: ${describe(el)}`);
        }
      }
    }
  }
  const pageOverflow = document.documentElement.scrollWidth > window.innerWidth;
  if (pageOverflow) {
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a`
      + ` ${window.innerWidth} px viewport`);
  }
  return { cells: cells.length, overflowing, words: words.length, wordCount, broken, problems };
}

const browser = await launchChromium();
let failures = 0;
try {
  for (const [i, file] of process.argv.slice(2).entries()) {
    for (const layout of layouts) {
      const page = await browser.newPage();
      await page.setViewport({ width: layout.width, height: layout.height });
      await page.emulateMediaType(layout.media);
      await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const r = await page.evaluate(measure);
      for (const p of r.problems) {
        console.error(`${file} at ${layout.name}: ${p}`);
      }
      failures += r.problems.length;
      console.log(`layout ${layout.name} (${layout.width} px, ${layout.media}): ${file}:`
        + ` ${r.cells} cells, ${r.overflowing} overflowing; ${r.wordCount} words in ${r.words}`
        + ` headers, status and verdict cells, ${r.broken} broken inside`);
      if (screenshots && i === 0) {
        await page.screenshot({ path: `${screenshots}-${layout.name}.png`,
          clip: { x: 0, y: 0, width: layout.width, height: 2200 }, captureBeyondViewport: true });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
