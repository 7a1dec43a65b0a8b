package io.github.ikmsdk.examples;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON documents to a folder, validates each against its shipped JSON Schema with an
 * independent draft 2020-12 validator, and reads it back to check the round trip.
 */
final class Documents {

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers ->
                      resolvers.mapPrefix(
                          "https://ikmsdk.github.io/schema/",
                          "classpath:io/github/ikmsdk/json/schema/")));

  private final Path folder;
  private final IkmJson json;
  private final List<List<String>> results = new ArrayList<>();

  Documents(Path folder, IkmJson json) {
    this.folder = folder;
    this.json = json;
  }

  /** Writes a document, validates it against its schema and reads it back. */
  void write(String fileName, IkmDocument document) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(fileName);
      json.write(document, file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Schema schema = SCHEMAS.getSchema(SchemaLocation.of(document.kind().schemaId()));
      List<Error> errors = schema.validate(text, InputFormat.JSON);
      IkmDocument back = json.read(text, document.getClass()).document();
      IkmDocument expected =
          document instanceof ProgrammeDocument && !json.includesPersonalData()
              ? ((ProgrammeDocument) document).withoutPersonalData()
              : document;
      String readBack = back.equals(expected) ? "equal" : "DIFFERENT";
      results.add(
          List.of(
              fileName,
              document.kind().wireName(),
              Long.toString(Files.size(file)),
              errors.isEmpty() ? "valid" : errors.size() + " errors: " + errors.get(0),
              readBack));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<List<String>> results() {
    return results;
  }
}
