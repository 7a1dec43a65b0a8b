package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.json.internal.ModuleSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for users' own {@code JsonMapper}s (modul Jackson): serializers and
 * deserializers of every public value type of ikm-core, in the wire format of this contract,
 * written and read by the same code as {@link IkmJson}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(IkmJsonModule.create()).build();
 * String json = mapper.writeValueAsString(snapshot);      // the programme-snapshot document
 * ProgrammeSnapshot back = mapper.readValue(json, ProgrammeSnapshot.class);
 * Visit visit = mapper.readValue(visitJson, Visit.class);  // a part, as in the documents
 * }</pre>
 *
 * <table>
 *   <caption>What the module writes</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@code ProgrammeSnapshot}, {@code ValidationReport}, {@code ComplianceReport},
 *       {@code VisitPlan}</td><td>the whole document ({@code programme-snapshot}, {@code
 *       validation-report}, {@code compliance-report}, {@code visit-plan}), byte for byte what
 *       {@code IkmJson.builder().indent(false)} writes, header and derived fields included</td></tr>
 *   <tr><td>the document classes ({@code ProgrammeDocument}, ...)</td><td>the document</td></tr>
 *   <tr><td>the parts of documents: programme, agency, calendar and its parts, commodity, sentra,
 *       mentor, IKM, assignment, leave, visit, logbook entry, indicators, amendment, violation,
 *       subject, compliance row, totals, share, programme week, shortfall, remedy, geo point,
 *       address, holiday update, ...</td><td>the object the document holds at that place, as its schema
 *       describes it</td></tr>
 *   <tr><td>ids, identifiers (NIB, NIK, NIP, KBLI, region code), {@code TimeWindow}, {@code
 *       IsoWeek}</td><td>a string, as in the documents; as a map key, the same string</td></tr>
 *   <tr><td>{@code Rule}</td><td>its code, such as {@code "IKM-R001"}, also as a map key</td></tr>
 *   <tr><td>the other enums</td><td>their names, whatever the mapper's enum features</td></tr>
 *   <tr><td>{@code Logbook}, {@code MentorDayWorkload}, {@code AssignmentPlan}, {@code
 *       GroupAssignment}, {@code MentorShortage}</td><td>objects of their fields in the same
 *       conventions (no document holds them, so they have no JSON Schema)</td></tr>
 *   <tr><td>{@code ChainLink}</td><td>{@code {"previousHash": ..., "hash": ...}}, the two
 *       members a logbook entry holds</td></tr>
 *   <tr><td>{@code StartDateRanking}, {@code StartOption}, {@code HardWeek}, {@code
 *       CapacityReport}, {@code SentraCapacity}, {@code SentraAllocation}, {@code
 *       ProgrammeOutlookDocument}</td><td>the object the {@code programme-outlook} document holds
 *       at that place, messages included (a hard week's special hours as periods, besides their
 *       names)</td></tr>
 *   <tr><td>{@code ProgrammeDuration}</td><td>its text form, such as {@code
 *       "2023-08-14/P4M"}</td></tr>
 * </table>
 *
 * <p>Every value written is read back equal, except where the contract leaves data out on purpose:
 * an IKM or snapshot is written without its owner's NIK unless the module is built with {@link
 * #withPersonalData()} (a snapshot then says {@code "personalData": "omitted"}), and writing an
 * {@code Nik} on its own, or as a map key, fails with a Jackson exception naming that method.
 * Derived texts (the bilingual messages of violations, shortfalls and remedies) are written and, on
 * reading, checked for shape and otherwise ignored; derived counts and flags (such as a start
 * option's {@code uncoveredIkmWeeks}, a sentra's {@code shortBy}, an outlook's allocation) are
 * checked against the content, and a contradiction fails the read. Types that are not values
 * (services such as {@code Validator}, requests holding strategies, builders, exceptions) have no
 * mapping.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>{@link #withPersonalData()}</td><td>NIKs are not written</td></tr>
 *   <tr><td>{@link #withUnknownFields(UnknownFields)}</td><td>{@link UnknownFields#STRICT}:
 *       an unknown field is an error</td></tr>
 *   <tr><td>{@link #withReadLimits(ReadLimits)}</td><td>{@link ReadLimits#defaults()}, held by
 *       each value read</td></tr>
 * </table>
 *
 * <p>Invalid input fails with a Jackson {@code MismatchedInputException} whose message lists every
 * problem (code, JSON Pointer, line and column, English and Bahasa Indonesia), at most {@link
 * ReadLimits#maxProblems()} of them. Reading a document through the module checks what {@link
 * IkmJson} checks; warnings (unknown fields in lenient mode) are dropped, since a mapper has no
 * channel for them.
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()} ({@link
 * java.util.ServiceLoader}, through {@code META-INF/services} on the class path and {@code
 * provides} on the module path), with the defaults of {@link #create()}. Its {@link #version()} is
 * that of the build.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IkmJsonModule extends JacksonModule {

  /** The version of the build, from the filtered resource {@code ikm-json.version}. */
  private static final Version VERSION = readVersion();

  private final boolean personalData;
  private final UnknownFields unknownFields;
  private final ReadLimits limits;

  /**
   * Creates the module with the defaults of {@link #create()}: for {@link java.util.ServiceLoader}
   * discovery ({@code JsonMapper.builder().findAndAddModules()}), which needs a public constructor
   * on the class path. In code, use {@link #create()}.
   */
  public IkmJsonModule() {
    this(false, UnknownFields.STRICT, ReadLimits.defaults());
  }

  private IkmJsonModule(boolean personalData, UnknownFields unknownFields, ReadLimits limits) {
    this.personalData = personalData;
    this.unknownFields = unknownFields;
    this.limits = limits;
  }

  private static Version readVersion() {
    try (InputStream in = IkmJsonModule.class.getResourceAsStream("ikm-json.version")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return VersionUtil.parseVersion(text, "io.github.ikmsdk", "ikm-json");
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }

  /**
   * Returns the module without personal data, with strict unknown fields and the default read
   * limits.
   *
   * @return the module, not null
   */
  public static IkmJsonModule create() {
    return new IkmJsonModule(false, UnknownFields.STRICT, ReadLimits.defaults());
  }

  /**
   * Returns a copy that writes NIKs (personal data).
   *
   * @return the module, not null
   */
  public IkmJsonModule withPersonalData() {
    return new IkmJsonModule(true, unknownFields, limits);
  }

  /**
   * Returns a copy with another treatment of unknown fields; in lenient mode they are skipped
   * silently, since a mapper has no channel for warnings.
   *
   * @param mode the mode, not null
   * @return the module, not null
   */
  public IkmJsonModule withUnknownFields(UnknownFields mode) {
    return new IkmJsonModule(personalData, checkNotNull(mode, "mode"), limits);
  }

  /**
   * Returns a copy that holds every value it reads to other limits. The mapper owns the parser, so
   * the module checks its limits on each token of the values it reads, measured from the value's
   * first token: nesting depth, string and field-name length, number length, the value's length in
   * bytes (characters for text input) and the number of problems listed. A limit exceeded fails the
   * read with {@code JSON-010} naming the limit. The mapper's own stream constraints still apply,
   * to the whole input.
   *
   * @param limits the limits, not null
   * @return the module, not null
   */
  public IkmJsonModule withReadLimits(ReadLimits limits) {
    return new IkmJsonModule(personalData, unknownFields, checkNotNull(limits, "limits"));
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
   * Returns the limits every value read is held to.
   *
   * @return the limits, not null
   */
  public ReadLimits readLimits() {
    return limits;
  }

  /**
   * Returns whether the module writes NIKs.
   *
   * @return true if personal data is written
   */
  public boolean includesPersonalData() {
    return personalData;
  }

  /**
   * Returns {@code "ikm-json"}.
   *
   * @return the module name, not null
   */
  @Override
  public String getModuleName() {
    return "ikm-json";
  }

  /**
   * Returns the version of this module, that of the build (the Maven project version).
   *
   * @return the version, not null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context the setup context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleModule simple = new SimpleModule(getModuleName(), VERSION);
    ModuleSupport.register(simple, personalData, unknownFields, limits);
    simple.setupModule(context);
  }

  /**
   * Returns a registration id that distinguishes the module's options.
   *
   * @return the id, not null
   */
  @Override
  public Object getRegistrationId() {
    return getModuleName() + "/" + personalData + "/" + unknownFields + "/" + limits;
  }
}
