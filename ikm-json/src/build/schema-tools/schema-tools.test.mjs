// Tests of the schema tools themselves, run by the build with `node --test`: the bundler keeps
// every schema whole and self-contained, and the check fails on documents the schemas reject.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { bundle, loadSchemas, mapObjects, parseExact, splitSchemas, stringifyExact } from "./schemas.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const module = path.resolve(here, "../../..");
const schemaDir = path.join(module, "src/main/resources/io/github/ikmsdk/json/schema");
const goldenDir = path.join(module, "src/test/resources/golden");

test("integers a double cannot hold are written back exactly, strings untouched", () => {
  const text = '{\n  "maximum": 9223372036854775807,\n  "minimum": -9223372036854775808,\n  "s": "12345678901234567"\n}\n';
  assert.equal(stringifyExact(parseExact(text)), text);
});

test("every bundled schema keeps its own content and refers only inside itself", () => {
  const { common, documents } = splitSchemas(loadSchemas(schemaDir));
  assert.ok(documents.length >= 5);
  for (const document of documents) {
    const { schema, shared } = bundle(document, common);
    assert.ok(schema.$id.endsWith(`/${document.version}.bundled.json`), schema.$id);
    for (const name of Object.keys(document.schema.$defs ?? {})) {
      assert.ok(name in schema.$defs, `${document.name}: $defs/${name} kept`);
    }
    for (const name of shared) {
      assert.deepEqual(schema.$defs[name], common.schema.$defs[name]);
    }
    mapObjects(schema, (node) => {
      if (typeof node.$ref === "string") {
        const match = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(node.$ref);
        assert.ok(match, `${document.name}: $ref ${node.$ref} is local`);
        assert.ok(match[1] in schema.$defs, `${document.name}: ${node.$ref} resolves`);
      }
      return node;
    });
  }
});

test("a document definition named like a shared one is refused", () => {
  const { common } = splitSchemas(loadSchemas(schemaDir));
  const document = {
    name: "clash",
    version: "1",
    schema: {
      $id: "https://ikmsdk.github.io/schema/clash/1.json",
      properties: { v: { $ref: common.schema.$id + "#/$defs/visit" } },
      $defs: { date: { type: "string" } },
    },
  };
  assert.throws(() => bundle(document, common), /\$defs\/date is also a shared definition/);
});

test("the check fails, naming each problem, for golden documents the schemas reject", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ikm-schema-tools-"));
  try {
    const generated = path.join(work, "generated");
    const golden = path.join(work, "golden");
    fs.mkdirSync(golden);
    const run = (script, ...args) =>
      spawnSync(process.execPath, [path.join(here, script), ...args], { encoding: "utf8" });
    assert.equal(run("generate.mjs", schemaDir, generated).status, 0);
    const log = JSON.parse(fs.readFileSync(path.join(goldenDir, "visit-log-seed.json"), "utf8"));
    log.visits[0].date = "2023-02-30";
    fs.writeFileSync(path.join(golden, "visit-log.json"), JSON.stringify(log));
    const report = JSON.parse(fs.readFileSync(path.join(goldenDir, "validation-report-seed.json"), "utf8"));
    report.violations[0].code = "IKM-R999";
    fs.writeFileSync(path.join(golden, "validation-report.json"), JSON.stringify(report));
    const result = run("check.mjs", schemaDir, generated, golden, path.join(work, "check"));
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /visit-log\.json \(modular schema\): \/visits\/0\/date must match format "date"/);
    assert.match(result.stderr, /visit-log\.json \(bundled schema\): \/visits\/0\/date/);
    assert.match(result.stderr, /validation-report\.json \(modular schema\): \/violations\/0\/code/);
    assert.match(result.stderr, /golden-documents\.ts:\d+ \(NodeNext\): Type '"IKM-R999"'/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
