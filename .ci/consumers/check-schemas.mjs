// The JSON Schemas cqcheck publishes, as ajv (a validator nobody here wrote) reads them: both
// compiled in strict mode with every strict check an error, then every example proposal file
// validated against the file schema, and every example indicator report (kind: indicator-report)
// against the report schema. Usage: node check-schemas.mjs PROPOSAL_SCHEMA FILE_SCHEMA
// REPORT_SCHEMA DIR... (the schemas as `cqcheck schema`, `cqcheck schema --file` and
// `cqcheck schema --indicator-report` print them; the example directories).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";

const [proposalSchemaFile, fileSchemaFile, reportSchemaFile, ...exampleDirs] =
  process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(fs.readFileSync(proposalSchemaFile, "utf8")));
const validate = ajv.compile(JSON.parse(fs.readFileSync(fileSchemaFile, "utf8")));
const validateReport = ajv.compile(JSON.parse(fs.readFileSync(reportSchemaFile, "utf8")));

const expectedInvalid = new Set(["invalid-rate-written-as-percent-number.json"]);
let failures = 0;
let checked = 0;
for (const [dir, name] of exampleDirs.flatMap((d) => fs.readdirSync(d).sort().map((n) => [d, n]))) {
  if (!/\.(json|ya?ml)$/.test(name)) continue;
  const text = fs.readFileSync(path.join(dir, name), "utf8");
  const document = name.endsWith(".json") ? JSON.parse(text) : YAML.parse(text);
  const report = document !== null && typeof document === "object"
    && document.kind === "indicator-report";
  const check = report ? validateReport : validate;
  const valid = check(document);
  checked++;
  if (valid === expectedInvalid.has(name)) {
    failures++;
    console.error(`${name}: expected ${expectedInvalid.has(name) ? "invalid" : "valid"}`
      + ` ${report ? "indicator report" : "proposal file"}, ajv says`
      + ` ${valid ? "valid" : "invalid: " + ajv.errorsText(check.errors)}`);
  }
}
// What the tool refuses, the schema refuses where it can say it.
const proposal = (share) => ({ schemaVersion: 1, id: "P", submittedOn: "2013-03-15",
  sector: "energy", subsector: "power-generation", projectType: "new",
  quality: { brandedSalesShare: share } });
for (const [share, ok] of [["80%", true], [0.8, true], ["150%", false], [80, false]]) {
  if (validate(proposal(share)) !== ok) {
    failures++;
    console.error(`brandedSalesShare ${JSON.stringify(share)}: expected ${ok ? "valid" : "invalid"}`);
  }
}
// What the tool refuses in a report, the schema refuses where it can say it.
const cityReport = (span) => ({ schemaVersion: 1, kind: "indicator-report", id: "R",
  region: { level: "city", name: "重庆市" }, year: 2015, span, figures: {} });
for (const [span, ok] of [["2011-2015", true], ["2011~2015", false]]) {
  if (validateReport(cityReport(span)) !== ok) {
    failures++;
    console.error(`span ${JSON.stringify(span)}: expected ${ok ? "valid" : "invalid"}`);
  }
}
console.log(`ajv (draft 2020-12, strict): ${checked} example files,`
  + ` ${failures} unexpected result(s)`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
