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
 * schema, or to a schema without its codec, fails the build. Every object codec of {@link Codecs},
 * {@link ReportCodecs} and {@link OutlookCodecs} is held to a schema here, so that a new one cannot
 * be left out.
 */
class CodecSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode schema(String name) {
    String resource = "/io/github/ikmsdk/json/schema/" + name + "/1.json";
    try (InputStream in = CodecSchemaTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each codec and its type in a schema: the schema's name, {@code #}, the type's pointer. */
  private static Map<ObjectCodec<?, ?>, String> schemaTypes() {
    Map<ObjectCodec<?, ?>, String> types = new IdentityHashMap<>();
    types.put(Codecs.GEO_POINT, "common#/$defs/geoPoint");
    types.put(Codecs.ADDRESS, "common#/$defs/address");
    types.put(Codecs.WEEKLY_SCHEDULE, "common#/$defs/weeklySchedule");
    types.put(Codecs.OPENING_DAYS, "common#/$defs/openingHours/properties/days");
    types.put(Codecs.OPENING_EXCEPTION, "common#/$defs/openingHours/properties/exceptions/items");
    types.put(Codecs.OPENING_HOURS, "common#/$defs/openingHours");
    types.put(Codecs.HOLIDAY, "common#/$defs/holiday");
    types.put(Codecs.SPECIAL_HOURS, "common#/$defs/specialHours");
    types.put(Codecs.EXTRA_WORKING_DAY, "common#/$defs/extraWorkingDay");
    types.put(Codecs.CALENDAR, "common#/$defs/calendar");
    types.put(Codecs.POLICY, "common#/$defs/policy");
    types.put(Codecs.PROGRAMME, "common#/$defs/programme");
    types.put(Codecs.AGENCY, "common#/$defs/agency");
    types.put(Codecs.COMMODITY, "common#/$defs/commodity");
    types.put(Codecs.SENTRA, "common#/$defs/sentra");
    types.put(Codecs.MENTOR, "common#/$defs/mentor");
    types.put(Codecs.IKM, "common#/$defs/ikm");
    types.put(Codecs.ASSIGNMENT, "common#/$defs/assignment");
    types.put(Codecs.LEAVE, "common#/$defs/leave");
    types.put(Codecs.VISIT, "common#/$defs/visit");
    types.put(Codecs.PRODUCTION_CAPACITY, "common#/$defs/indicators/properties/productionCapacity");
    types.put(Codecs.INDICATORS, "common#/$defs/indicators");
    types.put(Codecs.FIELD_CHANGE, "common#/$defs/amendment/properties/changes/items");
    types.put(Codecs.AMENDMENT, "common#/$defs/amendment");
    types.put(Codecs.LOGBOOK_ENTRY, "common#/$defs/logbookEntry");
    types.put(ReportCodecs.SUBJECT, "validation-report#/$defs/subject");
    types.put(ReportCodecs.MESSAGE, "common#/$defs/bilingualText");
    types.put(ReportCodecs.SHARE, "common#/$defs/share");
    types.put(ReportCodecs.PROGRAMME_WEEK, "common#/$defs/programmeWeek");
    types.put(ReportCodecs.IKM_WEEK, "compliance-report#/$defs/ikmWeek");
    types.put(ReportCodecs.TOTALS, "compliance-report#/$defs/totals");
    types.put(ReportCodecs.VIOLATION, "validation-report#/$defs/violation");
    types.put(ReportCodecs.REMEDY, "common#/$defs/remedy");
    types.put(ReportCodecs.SHORTFALL, "common#/$defs/shortfall");
    types.put(ReportCodecs.COUNTS, "validation-report#/$defs/counts");
    types.put(ReportCodecs.VALIDATION_REPORT, "validation-report#");
    types.put(ReportCodecs.MENTOR_TOTALS, "compliance-report#/$defs/mentorTotals");
    types.put(ReportCodecs.COMPLIANCE_REPORT, "compliance-report#");
    types.put(ReportCodecs.VISIT_PLAN, "visit-plan#");
    types.put(OutlookCodecs.RANKING, "programme-outlook#/$defs/startDateRanking");
    types.put(OutlookCodecs.OPTION, "programme-outlook#/$defs/startOption");
    types.put(OutlookCodecs.HARD_WEEK, "programme-outlook#/$defs/hardWeek");
    types.put(OutlookCodecs.CAPACITY, "programme-outlook#/$defs/capacityReport");
    types.put(OutlookCodecs.SENTRA_CAPACITY, "programme-outlook#/$defs/sentraCapacity");
    types.put(OutlookCodecs.SENTRA_ALLOCATION, "programme-outlook#/$defs/sentraAllocation");
    types.put(OutlookCodecs.ALLOCATION, "programme-outlook#/properties/allocation");
    types.put(OutlookCodecs.PROGRAMME_OUTLOOK, "programme-outlook#");
    return types;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asString()));
    return out;
  }

  /**
   * Returns the object types a type stands for: itself, or for a {@code oneOf} of local references
   * (a type told apart by a field, such as a remedy by its kind) each of them; a codec of such a
   * type reads every field of any of them and requires only those all of them require.
   */
  private static List<JsonNode> alternatives(JsonNode schema, JsonNode type) {
    if (!type.has("oneOf")) {
      return List.of(type);
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode ref : type.path("oneOf")) {
      out.add(schema.at(ref.path("$ref").asString().substring(1)));
    }
    return out;
  }

  /** Returns how a codec differs from a type of the schema, empty if it does not. */
  private static List<String> disagreements(ObjectCodec<?, ?> codec, String pointer) {
    List<String> out = new ArrayList<>();
    int hash = pointer.indexOf('#');
    JsonNode schema = schema(pointer.substring(0, hash));
    JsonNode type = schema.at(pointer.substring(hash + 1));
    List<String> properties = new ArrayList<>();
    Set<String> required = null;
    for (JsonNode alternative : alternatives(schema, type)) {
      for (String p : alternative.path("properties").propertyNames()) {
        if (!properties.contains(p)) {
          properties.add(p);
        }
      }
      Set<String> r = new TreeSet<>(strings(alternative.path("required")));
      if (required == null) {
        required = r;
      } else {
        required.retainAll(r);
      }
    }
    if (!codec.fieldNames().equals(properties)) {
      out.add(pointer + ": codec " + codec.fieldNames() + ", schema " + properties);
    }
    if (!new TreeSet<>(codec.requiredNames()).equals(required)) {
      out.add(pointer + " required: codec " + codec.requiredNames() + ", schema " + required);
    }
    return out;
  }

  @Test
  void everyCodecHasExactlyTheFieldsOfItsSchemaTypeInOrder() {
    List<String> all = new ArrayList<>();
    schemaTypes().forEach((codec, pointer) -> all.addAll(disagreements(codec, pointer)));
    assertEquals(List.of(), all);
  }

  @Test
  void aCodecHeldToAnotherTypeDisagrees() {
    assertEquals(
        List.of(
            "common#/$defs/address: codec [latitude, longitude], schema [street, region,"
                + " postalCode]",
            "common#/$defs/address required: codec [latitude, longitude], schema [street]"),
        disagreements(Codecs.GEO_POINT, "common#/$defs/address"));
  }

  @Test
  void everyObjectCodecIsHeldToItsSchema() throws IllegalAccessException {
    Map<ObjectCodec<?, ?>, String> held = schemaTypes();
    List<String> missing = new ArrayList<>();
    for (Class<?> codecs : List.of(Codecs.class, ReportCodecs.class, OutlookCodecs.class)) {
      for (Field f : codecs.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == ObjectCodec.class) {
          f.setAccessible(true);
          if (!held.containsKey(f.get(null))) {
            missing.add(codecs.getSimpleName() + "." + f.getName());
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
