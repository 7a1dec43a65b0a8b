package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.imports.ImportOptions;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.IkmDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import io.github.ikmsdk.json.imports.ImportResult;
import io.github.ikmsdk.json.internal.Importer;
import io.github.ikmsdk.json.internal.Io;
import io.github.ikmsdk.json.internal.JsonIn;
import io.github.ikmsdk.json.internal.ReportReaders;
import io.github.ikmsdk.json.internal.ReportWriters;
import io.github.ikmsdk.json.internal.SnapshotRead;
import io.github.ikmsdk.json.internal.VisitLogs;
import io.github.ikmsdk.json.internal.Writers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one entry point to the JSON contract (kontrak JSON): reads and writes the versioned documents
 * from and to strings, readers/writers, streams and paths; streams visit logs; imports snapshots
 * and visit logs with reports.
 *
 * <pre>{@code
 * IkmJson json = IkmJson.defaults();
 * String text = json.write(ProgrammeDocument.of(snapshot));          // NIK left out
 * ProgrammeDocument doc = json.read(text, ProgrammeDocument.class).document();
 * String report = json.write(ValidationReportDocument.of(Validator.standard().validate(snapshot)));
 * String compliance = json.write(ComplianceReportDocument.of(Compliance.asOf(snapshot, date)));
 * String plan = json.write(VisitPlanDocument.of(visitPlan));
 * }</pre>
 *
 * <table>
 *   <caption>Options ({@link #builder()})</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>{@link Builder#includePersonalData(boolean)}</td><td>false: NIKs are left out and
 *       the document says {@code "personalData": "omitted"}</td></tr>
 *   <tr><td>{@link Builder#unknownFields(UnknownFields)}</td><td>{@link UnknownFields#STRICT}</td></tr>
 *   <tr><td>{@link Builder#limits(ReadLimits)}</td><td>{@link ReadLimits#defaults()}</td></tr>
 *   <tr><td>{@link Builder#indent(boolean)}</td><td>true: two spaces, {@code \n} line ends</td></tr>
 * </table>
 *
 * <p>Writing is deterministic: the same document gives the same bytes. Text is UTF-8. A read either
 * returns a {@link ReadResult} or throws a {@link JsonReadException} listing every problem found
 * (with JSON Pointer, line, column, code and messages in English and Bahasa Indonesia); it throws
 * no other exception for any input. Streams given to this class are not closed, except by {@link
 * VisitLogReader#close()} and {@link VisitLogWriter#close()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IkmJson {

  private static final IkmJson DEFAULTS = builder().build();

  /** How a document of one kind is read from a cursor on its input. */
  @FunctionalInterface
  private interface DocumentReader<D extends IkmDocument> {
    ReadResult<D> read(JsonIn in);
  }

  /** How a document of one kind is written, with the NIKs if the caller opted in. */
  @FunctionalInterface
  private interface DocumentWriter<D extends IkmDocument> {
    void write(JsonGenerator g, D document, boolean includePersonalData);
  }

  /** The class of the documents of one kind and how they are read and written. */
  private record DocumentCodec<D extends IkmDocument>(
      Class<D> type, DocumentReader<D> reader, DocumentWriter<D> writer) {

    void write(JsonGenerator g, IkmDocument document, boolean includePersonalData) {
      writer.write(g, type.cast(document), includePersonalData);
    }
  }

  /** Every kind of document, in the order of {@link DocumentKind}. */
  private static final ImmutableMap<DocumentKind, DocumentCodec<?>> CODECS =
      Maps.immutableEnumMap(
          Map.of(
              DocumentKind.PROGRAMME_SNAPSHOT,
              new DocumentCodec<>(
                  ProgrammeDocument.class,
                  in -> {
                    SnapshotRead s = SnapshotRead.read(in, true);
                    return ReadResult.of(s.toDocument(), s.warnings);
                  },
                  Writers::programmeDocument),
              DocumentKind.VISIT_LOG,
              new DocumentCodec<>(
                  VisitLogDocument.class,
                  in -> VisitLogs.read(in, true),
                  (g, d, personal) -> Writers.visitLogDocument(g, d)),
              DocumentKind.VALIDATION_REPORT,
              new DocumentCodec<>(
                  ValidationReportDocument.class,
                  in -> ReportReaders.validationReport(in, true),
                  (g, d, personal) -> ReportWriters.validationReportDocument(g, d)),
              DocumentKind.COMPLIANCE_REPORT,
              new DocumentCodec<>(
                  ComplianceReportDocument.class,
                  in -> ReportReaders.complianceReport(in, true),
                  (g, d, personal) -> ReportWriters.complianceReportDocument(g, d)),
              DocumentKind.VISIT_PLAN,
              new DocumentCodec<>(
                  VisitPlanDocument.class,
                  in -> ReportReaders.visitPlan(in, true),
                  (g, d, personal) -> ReportWriters.visitPlanDocument(g, d)),
              DocumentKind.PROGRAMME_OUTLOOK,
              new DocumentCodec<>(
                  ProgrammeOutlookDocument.class,
                  in -> ReportReaders.programmeOutlook(in, true),
                  (g, d, personal) -> ReportWriters.programmeOutlookDocument(g, d))));

  /** The codec of each document class. */
  private static final ImmutableMap<Class<?>, DocumentCodec<?>> CODECS_BY_TYPE =
      CODECS.values().stream().collect(toImmutableMap(DocumentCodec::type, c -> c));

  private final boolean includePersonalData;
  private final UnknownFields unknownFields;
  private final ReadLimits limits;
  private final boolean indent;
  private final JsonFactory factory;
  private final JsonFactory owningFactory;

  private IkmJson(Builder b) {
    this.includePersonalData = b.includePersonalData;
    this.unknownFields = b.unknownFields;
    this.limits = b.limits;
    this.indent = b.indent;
    this.factory = Io.factory(limits, false);
    this.owningFactory = Io.factory(limits, true);
  }

  /**
   * Returns the facade with the default options.
   *
   * @return the facade, not null
   */
  public static IkmJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the default options.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether NIKs are written.
   *
   * @return true if the caller opted in to personal data
   */
  public boolean includesPersonalData() {
    return includePersonalData;
  }

  /**
   * Returns what reading does with unknown fields.
   *
   * @return the mode, not null
   */
  public UnknownFields unknownFields() {
    return unknownFields;
  }

  /**
   * Returns the limits of reading.
   *
   * @return the limits, not null
   */
  public ReadLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a document to a string.
   *
   * @param document the document, not null
   * @return the JSON text, not null
   */
  public String write(IkmDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /**
   * Writes a document to a writer, which is flushed, not closed.
   *
   * @param document the document, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(IkmDocument document, Writer out) {
    checkNotNull(document, "document");
    checkNotNull(out, "out");
    writeWith(document, () -> factory.createGenerator(writeContext(), out));
  }

  /**
   * Writes a document to a stream in UTF-8; the stream is flushed, not closed.
   *
   * @param document the document, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(IkmDocument document, OutputStream out) {
    checkNotNull(document, "document");
    checkNotNull(out, "out");
    writeWith(document, () -> factory.createGenerator(writeContext(), out, JsonEncoding.UTF8));
  }

  /**
   * Writes a document to a file in UTF-8, replacing it.
   *
   * @param document the document, not null
   * @param path the file, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(IkmDocument document, Path path) {
    checkNotNull(document, "document");
    checkNotNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriteContext writeContext() {
    return Io.writeContext(indent);
  }

  private interface GeneratorSource {
    JsonGenerator open();
  }

  private void writeWith(IkmDocument document, GeneratorSource source) {
    try {
      JsonGenerator g = source.open();
      try {
        CODECS.get(document.kind()).write(g, document, includePersonalData);
      } finally {
        g.close();
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }
  }

  // ------------------------------------------------------------------ reading

  /** Opens a parser; may throw JacksonException. */
  interface ParserSource {
    JsonParser open(JsonFactory factory);
  }

  /**
   * Reads a document from a string.
   *
   * @param <D> the document type
   * @param json the JSON text, not null
   * @param type the document class: {@code ProgrammeDocument}, {@code VisitLogDocument}, {@code
   *     ValidationReportDocument}, {@code ComplianceReportDocument}, {@code VisitPlanDocument} or
   *     {@code ProgrammeOutlookDocument}
   * @return the document and warnings, not null
   * @throws JsonReadException if the text is not a valid document of that type
   * @throws IllegalArgumentException if {@code type} is not a document class
   */
  public <D extends IkmDocument> ReadResult<D> read(String json, Class<D> type) {
    checkNotNull(json, "json");
    return read(source(json), type);
  }

  /**
   * Reads a document from a reader, which is not closed.
   *
   * @param <D> the document type
   * @param in the reader, not null
   * @param type the document class: {@code ProgrammeDocument}, {@code VisitLogDocument}, {@code
   *     ValidationReportDocument}, {@code ComplianceReportDocument}, {@code VisitPlanDocument} or
   *     {@code ProgrammeOutlookDocument}
   * @return the document and warnings, not null
   * @throws JsonReadException if the input is not a valid document of that type or cannot be read
   * @throws IllegalArgumentException if {@code type} is not a document class
   */
  public <D extends IkmDocument> ReadResult<D> read(Reader in, Class<D> type) {
    checkNotNull(in, "in");
    return read(source(in), type);
  }

  /**
   * Reads a document from a stream of JSON in UTF-8 (or UTF-16/32, detected), not closed.
   *
   * @param <D> the document type
   * @param in the stream, not null
   * @param type the document class: {@code ProgrammeDocument}, {@code VisitLogDocument}, {@code
   *     ValidationReportDocument}, {@code ComplianceReportDocument}, {@code VisitPlanDocument} or
   *     {@code ProgrammeOutlookDocument}
   * @return the document and warnings, not null
   * @throws JsonReadException if the input is not a valid document of that type or cannot be read
   * @throws IllegalArgumentException if {@code type} is not a document class
   */
  public <D extends IkmDocument> ReadResult<D> read(InputStream in, Class<D> type) {
    checkNotNull(in, "in");
    return read(source(in), type);
  }

  /**
   * Reads a document from a file.
   *
   * @param <D> the document type
   * @param path the file, not null
   * @param type the document class: {@code ProgrammeDocument}, {@code VisitLogDocument}, {@code
   *     ValidationReportDocument}, {@code ComplianceReportDocument}, {@code VisitPlanDocument} or
   *     {@code ProgrammeOutlookDocument}
   * @return the document and warnings, not null
   * @throws JsonReadException if the file is not a valid document of that type or cannot be read
   *     ({@code JSON-014})
   * @throws IllegalArgumentException if {@code type} is not a document class
   */
  public <D extends IkmDocument> ReadResult<D> read(Path path, Class<D> type) {
    checkNotNull(path, "path");
    return read(source(path), type);
  }

  private static ParserSource source(String json) {
    return f -> f.createParser(ObjectReadContext.empty(), json);
  }

  private static ParserSource source(Reader in) {
    return f -> f.createParser(ObjectReadContext.empty(), in);
  }

  private static ParserSource source(InputStream in) {
    return f -> f.createParser(ObjectReadContext.empty(), in);
  }

  private static ParserSource source(Path path) {
    return f -> f.createParser(ObjectReadContext.empty(), path);
  }

  private <D extends IkmDocument> ReadResult<D> read(ParserSource source, Class<D> type) {
    checkNotNull(type, "type");
    DocumentCodec<?> codec = CODECS_BY_TYPE.get(type);
    checkArgument(
        codec != null,
        "type must be one of %s, was %s",
        CODECS_BY_TYPE.keySet().stream().map(Class::getSimpleName).collect(Collectors.toList()),
        type.getName());
    JsonParser p = open(source);
    try {
      ReadResult<? extends IkmDocument> r =
          codec.reader().read(new JsonIn(p, unknownFields, limits));
      return ReadResult.of(type.cast(r.document()), r.warnings());
    } finally {
      closeQuietly(p);
    }
  }

  private JsonParser open(ParserSource source) {
    return open(source, factory);
  }

  private JsonParser open(ParserSource source, JsonFactory factory) {
    try {
      return source.open(factory);
    } catch (JacksonException e) {
      throw new JsonReadException(List.of(JsonIn.openProblem(e, limits)));
    }
  }

  private static void closeQuietly(JsonParser p) {
    try {
      p.close();
    } catch (JacksonException ignored) {
      // The input was read; a failure to close it changes nothing of the result.
    }
  }

  // ------------------------------------------------------------------ visit logs

  /**
   * Opens a streaming reader of a visit log; closing it closes the reader {@code in}.
   *
   * @param in the input, not null
   * @return the reader, positioned before the first visit, not null
   * @throws JsonReadException if the header is invalid
   */
  public VisitLogReader visitLogReader(Reader in) {
    checkNotNull(in, "in");
    return visitLogReader(source(in));
  }

  /**
   * Opens a streaming reader of a visit log; closing it closes the stream {@code in}.
   *
   * @param in the input in UTF-8, not null
   * @return the reader, positioned before the first visit, not null
   * @throws JsonReadException if the header is invalid
   */
  public VisitLogReader visitLogReader(InputStream in) {
    checkNotNull(in, "in");
    return visitLogReader(source(in));
  }

  /**
   * Opens a streaming reader of a visit log file.
   *
   * @param path the file, not null
   * @return the reader, positioned before the first visit, not null
   * @throws JsonReadException if the file cannot be read or its header is invalid
   */
  public VisitLogReader visitLogReader(Path path) {
    checkNotNull(path, "path");
    return visitLogReader(source(path));
  }

  private VisitLogReader visitLogReader(ParserSource source) {
    return new VisitLogReader(open(source, owningFactory), unknownFields, limits);
  }

  /**
   * Opens a streaming writer of a visit log; closing it ends the document and closes {@code out}.
   *
   * @param out the output, not null
   * @param programme the programme of the visits, not null
   * @return the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public VisitLogWriter visitLogWriter(Writer out, ProgrammeId programme) {
    checkNotNull(out, "out");
    checkNotNull(programme, "programme");
    return visitLogWriter(() -> owningFactory.createGenerator(writeContext(), out), programme);
  }

  /**
   * Opens a streaming writer of a visit log in UTF-8; closing it ends the document and closes
   * {@code out}.
   *
   * @param out the output, not null
   * @param programme the programme of the visits, not null
   * @return the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public VisitLogWriter visitLogWriter(OutputStream out, ProgrammeId programme) {
    checkNotNull(out, "out");
    checkNotNull(programme, "programme");
    return visitLogWriter(
        () -> owningFactory.createGenerator(writeContext(), out, JsonEncoding.UTF8), programme);
  }

  /**
   * Opens a streaming writer of a visit log file in UTF-8, replacing the file.
   *
   * @param path the file, not null
   * @param programme the programme of the visits, not null
   * @return the writer, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public VisitLogWriter visitLogWriter(Path path, ProgrammeId programme) {
    checkNotNull(path, "path");
    checkNotNull(programme, "programme");
    return visitLogWriter(
        () -> owningFactory.createGenerator(writeContext(), path, JsonEncoding.UTF8), programme);
  }

  private VisitLogWriter visitLogWriter(GeneratorSource source, ProgrammeId programme) {
    try {
      return new VisitLogWriter(source.open(), programme);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }
  }

  // ------------------------------------------------------------------ imports

  /**
   * Imports a programme snapshot document; see {@link ImportOptions} for the modes.
   *
   * @param json the JSON text, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   */
  public ImportResult importSnapshot(String json, ImportOptions options) {
    checkNotNull(json, "json");
    return importSnapshot(source(json), options);
  }

  /**
   * Imports a programme snapshot document from a reader, which is not closed.
   *
   * @param in the input, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   */
  public ImportResult importSnapshot(Reader in, ImportOptions options) {
    checkNotNull(in, "in");
    return importSnapshot(source(in), options);
  }

  /**
   * Imports a programme snapshot document from a UTF-8 stream, which is not closed.
   *
   * @param in the input, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   */
  public ImportResult importSnapshot(InputStream in, ImportOptions options) {
    checkNotNull(in, "in");
    return importSnapshot(source(in), options);
  }

  /**
   * Imports a programme snapshot document from a file.
   *
   * @param path the file, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   */
  public ImportResult importSnapshot(Path path, ImportOptions options) {
    checkNotNull(path, "path");
    return importSnapshot(source(path), options);
  }

  private ImportResult importSnapshot(ParserSource source, ImportOptions options) {
    checkNotNull(options, "options");
    return importWith(
        source, options, in -> Importer.importSnapshot(SnapshotRead.read(in, true), options));
  }

  /** Opens the input and imports it, or reports it unreadable. */
  private ImportResult importWith(
      ParserSource source, ImportOptions options, Function<JsonIn, ImportResult> importer) {
    JsonParser p;
    try {
      p = open(source);
    } catch (JsonReadException e) {
      return Importer.unreadable(options, e.problems());
    }
    try {
      return importer.apply(new JsonIn(p, unknownFields, limits));
    } finally {
      closeQuietly(p);
    }
  }

  /**
   * Imports a visit log document into the options' {@linkplain ImportOptions#target() target}
   * snapshot, which must be set.
   *
   * @param json the JSON text, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   * @throws IllegalArgumentException if the options have no target
   */
  public ImportResult importVisitLog(String json, ImportOptions options) {
    checkNotNull(json, "json");
    return importVisitLog(source(json), options);
  }

  /**
   * Imports a visit log from a reader, which is not closed, in memory bounded by the report.
   *
   * @param in the input, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   * @throws IllegalArgumentException if the options have no target
   */
  public ImportResult importVisitLog(Reader in, ImportOptions options) {
    checkNotNull(in, "in");
    return importVisitLog(source(in), options);
  }

  /**
   * Imports a visit log from a UTF-8 stream, which is not closed.
   *
   * @param in the input, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   * @throws IllegalArgumentException if the options have no target
   */
  public ImportResult importVisitLog(InputStream in, ImportOptions options) {
    checkNotNull(in, "in");
    return importVisitLog(source(in), options);
  }

  /**
   * Imports a visit log file.
   *
   * @param path the file, not null
   * @param options the mode, dry run and target, not null
   * @return the report and, unless a dry run or failed, the resulting snapshot, not null
   * @throws IllegalArgumentException if the options have no target
   */
  public ImportResult importVisitLog(Path path, ImportOptions options) {
    checkNotNull(path, "path");
    return importVisitLog(source(path), options);
  }

  private ImportResult importVisitLog(ParserSource source, ImportOptions options) {
    checkNotNull(options, "options");
    checkArgument(options.target().isPresent(), "a visit log import needs a target snapshot");
    return importWith(source, options, in -> Importer.importVisitLog(in, options));
  }

  /**
   * Builds an {@link IkmJson}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private boolean includePersonalData;
    private UnknownFields unknownFields = UnknownFields.STRICT;
    private ReadLimits limits = ReadLimits.defaults();
    private boolean indent = true;

    private Builder() {}

    /**
     * Sets whether the owners' NIK (personal data) is written; off by default.
     *
     * @param include true to write NIKs, and {@code "personalData": "included"}
     * @return this builder
     */
    public Builder includePersonalData(boolean include) {
      this.includePersonalData = include;
      return this;
    }

    /**
     * Sets what reading does with unknown fields.
     *
     * @param mode the mode, not null
     * @return this builder
     */
    public Builder unknownFields(UnknownFields mode) {
      this.unknownFields = checkNotNull(mode, "mode");
      return this;
    }

    /**
     * Sets the limits of reading.
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = checkNotNull(limits, "limits");
      return this;
    }

    /**
     * Sets whether documents are indented (two spaces, {@code \n}) or compact.
     *
     * @param indent true to indent
     * @return this builder
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * Returns the facade.
     *
     * @return the facade, not null
     */
    public IkmJson build() {
      return new IkmJson(this);
    }
  }
}
