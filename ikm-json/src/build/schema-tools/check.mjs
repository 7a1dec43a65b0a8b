// Compiles every schema with Ajv in strict mode (draft 2020-12, with formats): the modular ones
// against the shared definitions, each bundled one alone; validates every golden document against
// both; type-checks the TypeScript declarations with every golden document as a typed value.
// Exits non-zero with every problem listed.
//
// Usage: node check.mjs SCHEMA_DIR GENERATED_DIR GOLDEN_DIR WORK_DIR
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import ts from "typescript";
import { isLatest, loadSchemas, rootTypeName, splitSchemas } from "./schemas.mjs";

const [schemaDir, generatedDir, goldenDir, workDir] = process.argv.slice(2);
if (!workDir) {
  throw new Error("usage: node check.mjs SCHEMA_DIR GENERATED_DIR GOLDEN_DIR WORK_DIR");
}

const problems = [];
const newAjv = () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
};
const compileOrReport = (what, compile) => {
  try {
    return compile();
  } catch (e) {
    problems.push(`${what}: ${e.message}`);
    return null;
  }
};

// Ajv reads the schemas as JSON.parse does; only the bundler needs exact integers.
const { common, documents } = splitSchemas(loadSchemas(schemaDir));
const plain = (schema) => JSON.parse(JSON.stringify(schema).replace(/"\\u0000integer:(-?\d+)"/g, "$1"));

const modular = newAjv();
compileOrReport(`${common.name}/${common.version}.json`, () => modular.addSchema(plain(common.schema)).getSchema(common.schema.$id));
const validators = new Map();
for (const document of documents) {
  const file = `${document.name}/${document.version}`;
  const bundled = JSON.parse(fs.readFileSync(path.join(generatedDir, `${file}.bundled.json`), "utf8"));
  validators.set(`${document.name}@${document.version}`, {
    document,
    modular: compileOrReport(`${file}.json`, () => modular.compile(plain(document.schema))),
    bundled: compileOrReport(`${file}.bundled.json`, () => newAjv().compile(bundled)),
  });
}

// Every golden document, by its kind and schemaVersion, against the modular and the bundled schema.
const goldens = fs.readdirSync(goldenDir).filter((f) => f.endsWith(".json")).sort();
const typed = [];
for (const golden of goldens) {
  const doc = JSON.parse(fs.readFileSync(path.join(goldenDir, golden), "utf8"));
  const entry = validators.get(`${doc.kind}@${doc.schemaVersion}`);
  if (!entry) {
    problems.push(`${golden}: no schema for kind ${doc.kind}, version ${doc.schemaVersion}`);
    continue;
  }
  for (const variant of ["modular", "bundled"]) {
    const validate = entry[variant];
    if (validate && !validate(doc)) {
      for (const error of validate.errors) {
        problems.push(`${golden} (${variant} schema): ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params).slice(0, 200)}`);
      }
    }
  }
  typed.push({ golden, type: rootTypeName(entry.document, documents), latest: isLatest(entry.document, documents), file: `${entry.document.name}/${entry.document.version}`, doc });
}
if (typed.length === 0) {
  problems.push(`no golden documents in ${goldenDir}`);
}

// The declarations compile, and each golden document is a value of its root type.
fs.mkdirSync(workDir, { recursive: true });
const check = path.join(workDir, "golden-documents.ts");
const relative = (file) => path.relative(workDir, path.join(generatedDir, file)).split(path.sep).join("/");
fs.writeFileSync(
  check,
  [
    `import type * as Ikm from "${relative("index")}.js";`,
    ...typed.map(({ golden, type, latest, file }, i) =>
      [
        `import type { ${type} as T${i} } from "${relative(file)}.js";`,
        `// ${golden}`,
        `export const doc${i}: T${i}${latest ? ` & Ikm.${type}` : ""} = ${JSON.stringify(typed[i].doc, null, 2)};`,
      ].join("\n"),
    ),
  ].join("\n\n") + "\n",
);
const declarations = fs
  .readdirSync(generatedDir, { recursive: true })
  .filter((f) => f.endsWith(".d.ts"))
  .map((f) => path.join(generatedDir, f));
// As Node.js resolves modules and as bundlers (Vite, webpack) do.
for (const [mode, module, moduleResolution] of [
  ["NodeNext", ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
  ["Bundler", ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
]) {
  const program = ts.createProgram([check, ...declarations], {
    strict: true,
    noEmit: true,
    noUnusedLocals: true,
    exactOptionalPropertyTypes: true,
    module,
    moduleResolution,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}`
      : "tsc";
    problems.push(`${where} (${mode}): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }
}

if (problems.length > 0) {
  console.error(`schema-tools: ${problems.length} problems`);
  problems.forEach((p) => console.error("  " + p));
  process.exit(1);
}
console.log(
  `schema-tools: ${documents.length + 1} schemas and ${documents.length} bundled schemas compile under Ajv strict; ` +
    `${goldens.length} golden documents valid against both and typed by ${declarations.length} declaration files`,
);
