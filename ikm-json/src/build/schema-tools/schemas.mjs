// The shipped JSON Schemas as the build tools see them: loading, exact JSON text, bundling.
import fs from "node:fs";
import path from "node:path";

/** The folder of the shared definitions; every other folder holds one document kind. */
export const COMMON = "common";

const BIG = "\u0000integer:";

/**
 * Parses JSON text keeping integers that a double cannot hold exactly (such as the
 * 9223372036854775807 of a Java long) as they are written, so that bundling does not change them.
 */
export function parseExact(text) {
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?\d{16,}/g, (token) =>
    token.startsWith('"') ? token : JSON.stringify(BIG + token),
  );
  return JSON.parse(marked);
}

/** Writes JSON as the Java side does (two spaces, one member a line) with exact integers. */
export function stringifyExact(value) {
  const text = JSON.stringify(value, null, 2);
  return text.replace(/"\\u0000integer:(-?\d+)"/g, "$1") + "\n";
}

/**
 * Reads every schema under a folder laid out as NAME/VERSION.json: the shared definitions and one
 * schema per document kind and version, sorted by name and version.
 */
export function loadSchemas(schemaDir) {
  const schemas = [];
  for (const name of fs.readdirSync(schemaDir).sort()) {
    const folder = path.join(schemaDir, name);
    if (!fs.statSync(folder).isDirectory()) {
      continue;
    }
    for (const file of fs.readdirSync(folder).sort()) {
      const match = /^(\d+)\.json$/.exec(file);
      if (match) {
        const text = fs.readFileSync(path.join(folder, file), "utf8");
        schemas.push({ name, version: match[1], schema: parseExact(text) });
      }
    }
  }
  return schemas;
}

/** Returns the shared definitions and the document schemas of a folder. */
export function splitSchemas(schemas) {
  const common = schemas.filter((s) => s.name === COMMON);
  if (common.length !== 1) {
    throw new Error(`expected one ${COMMON} schema, found ${common.length}`);
  }
  return { common: common[0], documents: schemas.filter((s) => s.name !== COMMON) };
}

/** TypeScript names of definitions whose plain name would hide a global type (Date, Text). */
const TYPE_NAMES = { date: "LocalDate", time: "LocalTime", text: "NonBlankText" };

/** The TypeScript name of a schema name or definition: programme-snapshot, ruleCode -> ProgrammeSnapshot, RuleCode. */
export function typeName(name) {
  if (name in TYPE_NAMES) {
    return TYPE_NAMES[name];
  }
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

/** Whether a document schema is the newest version of its kind among the given schemas. */
export function isLatest(document, documents) {
  return documents.every((d) => d.name !== document.name || Number(d.version) <= Number(document.version));
}

/**
 * The TypeScript root type of a document schema: ProgrammeSnapshot for the newest version of a
 * kind, ProgrammeSnapshotV1 for an older one, so that index.d.ts exports each name once.
 */
export function rootTypeName(document, documents) {
  const name = typeName(document.name);
  return isLatest(document, documents) ? name : `${name}V${document.version}`;
}

/** Calls visit on every object of a JSON value, parents first; visit may return a replacement. */
export function mapObjects(value, visit) {
  if (Array.isArray(value)) {
    return value.map((item) => mapObjects(item, visit));
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  const replaced = visit(value);
  const out = {};
  for (const [key, member] of Object.entries(replaced)) {
    out[key] = mapObjects(member, visit);
  }
  return out;
}

/** The $id of the bundled variant: .../NAME/VERSION.bundled.json beside .../NAME/VERSION.json. */
export function bundledId(id) {
  if (!/\/\d+\.json$/.test(id)) {
    throw new Error(`unexpected $id ${id}`);
  }
  return id.replace(/\.json$/, ".bundled.json");
}

/**
 * Returns a self-contained variant of a document schema: every $ref into the shared definitions
 * points to a copy in the document's own $defs, so no $id has to resolve. Only the shared
 * definitions the document reaches are copied; a name used by both is an error.
 *
 * @return {schema, shared} the bundled schema and the names of the shared definitions it holds
 */
export function bundle(document, common) {
  const prefix = common.schema.$id + "#/$defs/";
  const defs = common.schema.$defs;
  const own = document.schema.$defs ?? {};
  const needed = new Set();
  const pending = [];
  const need = (name) => {
    if (!(name in defs)) {
      throw new Error(`${document.name}: no shared definition ${name}`);
    }
    if (name in own) {
      throw new Error(`${document.name}: $defs/${name} is also a shared definition`);
    }
    if (!needed.has(name)) {
      needed.add(name);
      pending.push(name);
    }
  };
  const root = mapObjects(document.schema, (node) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith("https://")) {
      if (!node.$ref.startsWith(prefix)) {
        throw new Error(`${document.name}: cannot bundle $ref ${node.$ref}`);
      }
      const name = node.$ref.slice(prefix.length);
      need(name);
      return { ...node, $ref: "#/$defs/" + name };
    }
    return node;
  });
  while (pending.length > 0) {
    mapObjects(defs[pending.pop()], (node) => {
      if (typeof node.$ref === "string") {
        need(node.$ref.replace(/^#\/\$defs\//, ""));
      }
      return node;
    });
  }
  const { $schema, $id, title, description, ...rest } = root;
  const shared = Object.keys(defs).filter((name) => needed.has(name));
  const schema = {
    $schema,
    $id: bundledId($id),
    $comment:
      `Generated by the ikm-json build from ${$id} and the shared definitions ${common.schema.$id}` +
      " it uses; validates exactly the same documents. Do not edit.",
    title: title + " (bundled)",
    description,
    ...rest,
    $defs: { ...(rest.$defs ?? {}), ...Object.fromEntries(shared.map((name) => [name, defs[name]])) },
  };
  return { schema, shared };
}
