/**
 * The JSON contract of the IKM mentoring SDK: versioned documents with JSON Schemas, a facade to
 * read and write them, streaming visit logs, imports with reports, and a Jackson module for users'
 * own mappers. Every exported package is {@code @NullMarked} (JSpecify).
 */
module io.github.ikmsdk.json {
  requires transitive io.github.ikmsdk.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.ikmsdk.json;
  exports io.github.ikmsdk.json.document;
  exports io.github.ikmsdk.json.imports;

  provides tools.jackson.databind.JacksonModule with
      io.github.ikmsdk.json.IkmJsonModule;
}
