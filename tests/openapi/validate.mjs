// Validates recorded platform-API responses against the OpenAPI 3.1 files with
// Ajv (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses) and ajv-formats.
// None of the project's own code takes part in deciding what is valid.
//
// usage: node validate.mjs RECORD.jsonl SPEC.json... [--require-statuses]
//                          [--except OPERATION_ID:STATUS]...
//
// RECORD.jsonl is what `connections-sandbox --record-responses` wrote: one
// {"method","path","query","status","body"} per line.
//
// For each response:
//  - the operation is found by method and path template;
//  - a documented status with a JSON schema: the body must match it;
//  - a documented status without one: a 422 must match the file's
//    HTTPValidationError, anything else (401/403/404/400/429/503) FastAPI's
//    {"detail": string};
//  - 204: the body must be empty;
//  - an undocumented status is an error unless it is 4xx and FastAPI's
//    {"detail": string}; those are listed under "undocumented".
// --require-statuses: every documented status of every operation must have
// been seen at least once (less the --except pairs).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const record = args.shift();
const specs = [];
const except = new Set();
let requireStatuses = false;
while (args.length) {
  const a = args.shift();
  if (a === "--require-statuses") requireStatuses = true;
  else if (a === "--except") except.add(args.shift());
  else specs.push(a);
}
if (!record || specs.length === 0) {
  console.error("usage: node validate.mjs RECORD.jsonl SPEC.json... [--require-statuses]");
  process.exit(2);
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);

const detailOnly = ajv.compile({
  type: "object",
  required: ["detail"],
  properties: { detail: { type: "string" } },
});
const fastApi4xx = ajv.compile({
  type: "object",
  required: ["detail"],
  properties: { detail: { anyOf: [{ type: "string" }, { type: "array" }] } },
});

const pointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const operations = [];
specs.forEach((file, i) => {
  const doc = JSON.parse(readFileSync(file, "utf8"));
  const key = `spec${i}`;
  ajv.addSchema(doc, key);
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "put", "post", "patch", "delete"].includes(method)) continue;
      const segments = template.split("/");
      const regex = new RegExp(
        "^" + segments.map((s) => (s.startsWith("{") ? "[^/]+" : s.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))).join("/") + "$"
      );
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        regex,
        params: segments.filter((s) => s.startsWith("{")).length,
        responses: op.responses,
        schemaBase: `${key}#/paths/${pointer(template)}/${method}/responses`,
        specKey: key,
        seen: new Map(),
      });
    }
  }
});
// Literal segments win over parameters.
operations.sort((a, b) => a.params - b.params);

const failures = [];
const undocumented = [];
let checked = 0;
const lines = readFileSync(record, "utf8").split("\n").filter((l) => l.trim());
for (const line of lines) {
  const r = JSON.parse(line);
  const where = `${r.method} ${r.path}${r.query ? "?" + r.query : ""} -> ${r.status}`;
  const op = operations.find((o) => o.method === r.method && o.regex.test(r.path));
  if (!op) {
    // An unknown path or method answers FastAPI's 404 / 405; nothing to check against.
    if ((r.status === 404 || r.status === 405) && detailOnly(JSON.parse(r.body || "null"))) continue;
    failures.push(`${where}: no operation in the files matches`);
    continue;
  }
  checked++;
  const status = String(r.status);
  op.seen.set(status, (op.seen.get(status) || 0) + 1);
  const documented = op.responses[status];
  if (r.status === 204) {
    if (r.body !== "") failures.push(`${where}: a 204 must have no body`);
    if (!documented) failures.push(`${where}: ${op.id} documents no 204`);
    continue;
  }
  let body;
  try {
    body = JSON.parse(r.body);
  } catch (e) {
    failures.push(`${where}: the body is not JSON (${e.message})`);
    continue;
  }
  if (!documented) {
    if (r.status >= 400 && r.status < 500 && fastApi4xx(body)) {
      undocumented.push(`${op.id} ${status}`);
    } else {
      failures.push(`${where}: ${op.id} documents no ${status}`);
    }
    continue;
  }
  const hasSchema = documented.content && documented.content["application/json"] && documented.content["application/json"].schema;
  // Without a schema in the file: a 422 is the file's HTTPValidationError
  // (FastAPI's only 422 shape), anything else FastAPI's {"detail": string}.
  const validate = hasSchema
    ? ajv.getSchema(`${op.schemaBase}/${status}/content/application~1json/schema`)
    : r.status === 422
      ? ajv.getSchema(`${op.specKey}#/components/schemas/HTTPValidationError`)
      : detailOnly;
  if (!validate) {
    failures.push(`${where}: cannot resolve the schema of ${op.id} ${status}`);
    continue;
  }
  if (!validate(body)) {
    failures.push(`${where}: ${op.id} ${status} does not match: ${ajv.errorsText(validate.errors, { separator: "; " })}\n    body: ${r.body.slice(0, 400)}`);
  }
}

console.log(`validated ${checked} responses of ${lines.length} recorded`);
for (const op of operations) {
  const seen = [...op.seen.entries()].map(([s, n]) => `${s}×${n}`).join(" ");
  const missing = Object.keys(op.responses).filter((s) => !op.seen.has(s) && !except.has(`${op.id}:${s}`));
  console.log(`  ${op.id.padEnd(34)} ${seen || "-"}${missing.length ? "   not seen: " + missing.join(" ") : ""}`);
  if (op.seen.size === 0) failures.push(`${op.id}: no response recorded`);
  else if (requireStatuses && missing.length) failures.push(`${op.id}: documented statuses never seen: ${missing.join(", ")}`);
}
if (undocumented.length) console.log(`undocumented 4xx in FastAPI's shape: ${[...new Set(undocumented)].sort().join(", ")}`);
for (const f of failures) console.log(`FAIL ${f}`);
process.exit(failures.length ? 1 : 0);
