package io.github.ikmsdk.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every codec's fields are exactly the {@code properties} of its type in the shipped schema, and
 * its required fields exactly the schema's {@code required}: a field added to a codec without its
 * schema, or to a schema without its codec, fails the build. Every object codec of {@link Codecs}
 * is held to a schema here, so that a new one cannot be left out.
 */
class CodecSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonNode COMMON = schema("common");

  private static JsonNode schema(String name) {
    String resource = "/io/github/ikmsdk/json/schema/" + name + "/1.json";
    try (InputStream in = CodecSchemaTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each codec and the pointer of its type in the common schema. */
  private static Map<ObjectCodec<?, ?>, String> commonTypes() {
    Map<ObjectCodec<?, ?>, String> types = new IdentityHashMap<>();
    types.put(Codecs.GEO_POINT, "/$defs/geoPoint");
    types.put(Codecs.ADDRESS, "/$defs/address");
    types.put(Codecs.WEEKLY_SCHEDULE, "/$defs/weeklySchedule");
    types.put(Codecs.OPENING_DAYS, "/$defs/openingHours/properties/days");
    types.put(Codecs.OPENING_EXCEPTION, "/$defs/openingHours/properties/exceptions/items");
    types.put(Codecs.OPENING_HOURS, "/$defs/openingHours");
    types.put(Codecs.HOLIDAY, "/$defs/holiday");
    types.put(Codecs.SPECIAL_HOURS, "/$defs/specialHours");
    types.put(Codecs.EXTRA_WORKING_DAY, "/$defs/extraWorkingDay");
    types.put(Codecs.CALENDAR, "/$defs/calendar");
    types.put(Codecs.POLICY, "/$defs/policy");
    types.put(Codecs.PROGRAMME, "/$defs/programme");
    types.put(Codecs.AGENCY, "/$defs/agency");
    types.put(Codecs.COMMODITY, "/$defs/commodity");
    types.put(Codecs.SENTRA, "/$defs/sentra");
    types.put(Codecs.MENTOR, "/$defs/mentor");
    types.put(Codecs.IKM, "/$defs/ikm");
    types.put(Codecs.ASSIGNMENT, "/$defs/assignment");
    types.put(Codecs.LEAVE, "/$defs/leave");
    types.put(Codecs.VISIT, "/$defs/visit");
    types.put(Codecs.PRODUCTION_CAPACITY, "/$defs/indicators/properties/productionCapacity");
    types.put(Codecs.INDICATORS, "/$defs/indicators");
    types.put(Codecs.FIELD_CHANGE, "/$defs/amendment/properties/changes/items");
    types.put(Codecs.AMENDMENT, "/$defs/amendment");
    types.put(Codecs.LOGBOOK_ENTRY, "/$defs/logbookEntry");
    return types;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asString()));
    return out;
  }

  /** Returns how a codec differs from a type of the schema, empty if it does not. */
  private static List<String> disagreements(ObjectCodec<?, ?> codec, String pointer) {
    List<String> out = new ArrayList<>();
    JsonNode type = COMMON.at(pointer);
    List<String> properties = new ArrayList<>(type.path("properties").propertyNames());
    if (!codec.fieldNames().equals(properties)) {
      out.add(pointer + ": codec " + codec.fieldNames() + ", schema " + properties);
    }
    Set<String> required = new TreeSet<>(strings(type.path("required")));
    if (!new TreeSet<>(codec.requiredNames()).equals(required)) {
      out.add(pointer + " required: codec " + codec.requiredNames() + ", schema " + required);
    }
    return out;
  }

  @Test
  void everyCodecHasExactlyTheFieldsOfItsSchemaTypeInOrder() {
    List<String> all = new ArrayList<>();
    commonTypes().forEach((codec, pointer) -> all.addAll(disagreements(codec, pointer)));
    assertEquals(List.of(), all);
  }

  @Test
  void aCodecHeldToAnotherTypeDisagrees() {
    assertEquals(
        List.of(
            "/$defs/address: codec [latitude, longitude], schema [street, region, postalCode]",
            "/$defs/address required: codec [latitude, longitude], schema [street]"),
        disagreements(Codecs.GEO_POINT, "/$defs/address"));
  }

  @Test
  void everyObjectCodecIsHeldToItsSchema() throws IllegalAccessException {
    Map<ObjectCodec<?, ?>, String> held = commonTypes();
    List<String> missing = new ArrayList<>();
    for (Field f : Codecs.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ObjectCodec.class) {
        f.setAccessible(true);
        if (!held.containsKey(f.get(null))) {
          missing.add(f.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
