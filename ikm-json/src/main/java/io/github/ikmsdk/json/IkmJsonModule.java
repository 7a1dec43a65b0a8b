package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ikmsdk.json.internal.ModuleSupport;
import tools.jackson.core.Version;
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

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "io.github.ikmsdk", "ikm-json");

  private final boolean personalData;
  private final UnknownFields unknownFields;

  private IkmJsonModule(boolean personalData, UnknownFields unknownFields) {
    this.personalData = personalData;
    this.unknownFields = unknownFields;
  }

  /**
   * Returns the module without personal data and with strict unknown fields.
   *
   * @return the module, not null
   */
  public static IkmJsonModule create() {
    return new IkmJsonModule(false, UnknownFields.STRICT);
  }

  /**
   * Returns a copy that writes NIKs (personal data).
   *
   * @return the module, not null
   */
  public IkmJsonModule withPersonalData() {
    return new IkmJsonModule(true, unknownFields);
  }

  /**
   * Returns a copy with another treatment of unknown fields; in lenient mode they are skipped
   * silently, since a mapper has no channel for warnings.
   *
   * @param mode the mode, not null
   * @return the module, not null
   */
  public IkmJsonModule withUnknownFields(UnknownFields mode) {
    return new IkmJsonModule(personalData, checkNotNull(mode, "mode"));
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
   * Returns the version of this module.
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
    ModuleSupport.register(simple, personalData, unknownFields);
    simple.setupModule(context);
  }

  /**
   * Returns a registration id that distinguishes the module's options.
   *
   * @return the id, not null
   */
  @Override
  public Object getRegistrationId() {
    return getModuleName() + "/" + personalData + "/" + unknownFields;
  }
}
