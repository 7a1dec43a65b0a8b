package io.github.ikmsdk.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ikmsdk.json.document.DocumentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The shipped JSON Schemas, loaded by their $id with a real draft 2020-12 validator. */
final class Schemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaIdResolvers(
                  r ->
                      r.mapPrefix(
                          "https://ikmsdk.github.io/schema/",
                          "classpath:io/github/ikmsdk/json/schema/")));

  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  private Schemas() {}

  static synchronized Schema of(DocumentKind kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(SchemaLocation.of(k.schemaId())));
  }

  static List<Error> validate(DocumentKind kind, String json) {
    return of(kind).validate(json, InputFormat.JSON);
  }

  /** Validates against an older schema version the reader still reads. */
  static List<Error> validate(DocumentKind kind, int version, String json) {
    return REGISTRY
        .getSchema(SchemaLocation.of(kind.schemaId(version)))
        .validate(json, InputFormat.JSON);
  }
}
