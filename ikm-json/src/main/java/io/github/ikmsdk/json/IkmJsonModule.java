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
 * A Jackson 3 module for users' own {@code JsonMapper}s: serializers and deserializers of every
 * core type (ids, identifiers, geo, calendar, programme, visit, logbook) and of the documents, in
 * the wire format of this contract.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(IkmJsonModule.create()).build();
 * String json = mapper.writeValueAsString(visit);
 * Visit back = mapper.readValue(json, Visit.class);
 * }</pre>
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()} ({@link
 * java.util.ServiceLoader}, through {@code META-INF/services} on the class path and {@code
 * provides} on the module path), with the defaults of {@link #create()}.
 *
 * <p>An NIK is written only by a module built with {@link #withPersonalData()}; otherwise IKMs are
 * written without their owner's NIK and writing an {@code Nik} on its own fails. Invalid input
 * fails with a Jackson {@code MismatchedInputException} whose message lists every problem (code,
 * JSON Pointer, line and column, English and Bahasa Indonesia). Unknown fields are errors.
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
   * Returns the module without personal data and with strict unknown fields.
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
   * read with {@code JSON-013} naming the limit. The mapper's own stream constraints still apply,
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
