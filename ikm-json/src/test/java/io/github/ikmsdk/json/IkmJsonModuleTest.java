package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.visit.Visit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class IkmJsonModuleTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();

  @Test
  void coreTypesRoundTripThroughAUsersMapper() {
    List<Visit> visits = Seed.visits();
    String json = MAPPER.writeValueAsString(visits);
    assertEquals(visits, MAPPER.readValue(json, new TypeReference<List<Visit>>() {}));
    WorkCalendar calendar = Seed.calendar();
    assertEquals(
        calendar, MAPPER.readValue(MAPPER.writeValueAsString(calendar), WorkCalendar.class));
  }

  @Test
  void theModuleLeavesNikOutUnlessBuiltWithPersonalData() {
    Ikm ikm = Seed.snapshot().ikms().get(0);
    assertTrue(ikm.ownerNik().isPresent());
    assertFalse(MAPPER.writeValueAsString(ikm).contains(Seed.OWNER_NIK));
    JacksonException e =
        assertThrows(
            JacksonException.class, () -> MAPPER.writeValueAsString(Nik.parse(Seed.OWNER_NIK)));
    assertTrue(e.getMessage().contains("IkmJsonModule.create().withPersonalData()"), e.getMessage());
    assertFalse(e.getMessage().contains(Seed.OWNER_NIK), e.getMessage());
    JsonMapper personal =
        JsonMapper.builder().addModule(IkmJsonModule.create().withPersonalData()).build();
    assertEquals(ikm, personal.readValue(personal.writeValueAsString(ikm), Ikm.class));
  }

  @Test
  void invalidInputFailsWithEveryProblemInTheMessage() {
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () -> MAPPER.readValue("{\"id\": 1, \"date\": \"x\"}", Visit.class));
    assertTrue(e.getMessage().contains("JSON-003 /id"), e.getMessage());
    assertTrue(e.getMessage().contains("JSON-004 /date"), e.getMessage());
    assertTrue(e.getMessage().contains("JSON-002"), e.getMessage());
  }

  @Test
  void lenientModuleSkipsUnknownFields() {
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(IkmJsonModule.create().withUnknownFields(UnknownFields.LENIENT))
            .build();
    Visit v = Seed.visits().get(0);
    String json = MAPPER.writeValueAsString(v).replace("{", "{\"extra\": [1],");
    assertEquals(v, lenient.readValue(json, Visit.class));
    assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Visit.class));
  }

  @Test
  void serviceLoaderDiscoveryRegistersTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(
        found.registeredModules().stream().anyMatch(m -> m instanceof IkmJsonModule),
        found.registeredModules()::toString);
    Visit visit = Seed.visits().get(0);
    assertEquals(visit, found.readValue(found.writeValueAsString(visit), Visit.class));
  }

  @Test
  void theVersionComesFromTheBuild() {
    tools.jackson.core.Version v = IkmJsonModule.create().version();
    assertFalse(v.isUnknownVersion(), v::toString);
    assertEquals("io.github.ikmsdk", v.getGroupId());
    assertEquals("ikm-json", v.getArtifactId());
    assertEquals(System.getProperty("ikm.projectVersion", v.toString()), v.toString());
  }
}
