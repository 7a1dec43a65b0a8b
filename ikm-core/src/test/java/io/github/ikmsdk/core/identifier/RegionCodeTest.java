package io.github.ikmsdk.core.identifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Example tests of {@link RegionCode}, including every code of Kabupaten Manggarai Barat from the
 * test resource {@code regions-5315-manggarai-barat.csv} (Kemendagri codes via the MIT-licensed
 * cahyadsn/wilayah data set).
 */
class RegionCodeTest {

  private static final RegionCode NTT = RegionCode.parse("53");
  private static final RegionCode MANGGARAI_BARAT = RegionCode.parse("53.15");
  private static final RegionCode KOMODO = RegionCode.parse("53.15.05");
  private static final RegionCode BATU_CERMIN = RegionCode.parse("53.15.05.2019");
  private static final RegionCode GORONTALO = RegionCode.parse("53.15.05.2020");
  private static final RegionCode WAE_KELAMBU = RegionCode.parse("53.15.05.1024");

  /** Code text to name, in file order. */
  private static Map<String, String> manggaraiBarat;

  @BeforeAll
  static void readManggaraiBarat() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream in =
        RegionCodeTest.class.getResourceAsStream("regions-5315-manggarai-barat.csv")) {
      assertNotNull(in, "test resource regions-5315-manggarai-barat.csv");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      assertEquals("code,name", reader.readLine());
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comma = line.indexOf(',');
        rows.put(line.substring(0, comma), line.substring(comma + 1).replace("\"", ""));
      }
    }
    manggaraiBarat = ImmutableMap.copyOf(rows);
  }

  @Test
  void seedVillagesAreInTheDataFile() {
    assertEquals("Kabupaten Manggarai Barat", manggaraiBarat.get("53.15"));
    assertEquals("Komodo", manggaraiBarat.get("53.15.05"));
    assertEquals("Batu Cermin", manggaraiBarat.get("53.15.05.2019"));
    assertEquals("Gorontalo", manggaraiBarat.get("53.15.05.2020"));
    assertEquals("Wae Kelambu", manggaraiBarat.get("53.15.05.1024"));
    assertEquals("Labuan Bajo", manggaraiBarat.get("53.15.05.1025"));
  }

  @Test
  void everyCodeOfManggaraiBaratParses() {
    assertEquals(182, manggaraiBarat.size());
    List<RegionCode> codes = new ArrayList<>();
    for (String text : manggaraiBarat.keySet()) {
      RegionCode code = RegionCode.parse(text);
      codes.add(code);
      assertEquals(text, code.value());
      assertEquals(text, code.toString());
      assertEquals(code, RegionCode.parse(code.digits()));
      int segments = text.split("\\.", -1).length;
      assertEquals(RegionLevel.values()[segments - 1], code.level(), text);
      assertTrue(MANGGARAI_BARAT.contains(code), text);
      assertTrue(NTT.contains(code), text);
      // Walk up to the province, one level at a time.
      RegionCode current = code;
      while (current.parent().isPresent()) {
        RegionCode parent = current.parent().get();
        assertEquals(current.level().ordinal() - 1, parent.level().ordinal(), text);
        assertTrue(parent.contains(current), text);
        assertFalse(current.contains(parent), text);
        if (parent.level() != RegionLevel.PROVINCE) {
          assertTrue(manggaraiBarat.containsKey(parent.value()), "parent in file: " + text);
        }
        current = parent;
      }
      assertEquals(NTT, current);
      assertEquals(code.level() == RegionLevel.VILLAGE, code.villageType().isPresent(), text);
    }
    // The file lists each region before its descendants, in code order.
    assertTrue(Ordering.natural().isStrictlyOrdered(codes));
  }

  @Test
  void seedRegions() {
    assertEquals(RegionLevel.PROVINCE, NTT.level());
    assertEquals(RegionLevel.REGENCY, MANGGARAI_BARAT.level());
    assertEquals(RegionLevel.DISTRICT, KOMODO.level());
    assertEquals(RegionLevel.VILLAGE, BATU_CERMIN.level());

    assertEquals(Optional.empty(), NTT.parent());
    assertEquals(Optional.of(NTT), MANGGARAI_BARAT.parent());
    assertEquals(Optional.of(MANGGARAI_BARAT), KOMODO.parent());
    assertEquals(Optional.of(KOMODO), BATU_CERMIN.parent());
    assertEquals(Optional.of(KOMODO), WAE_KELAMBU.parent());

    assertEquals(Optional.of(VillageType.DESA), BATU_CERMIN.villageType());
    assertEquals(Optional.of(VillageType.DESA), GORONTALO.villageType());
    assertEquals(Optional.of(VillageType.KELURAHAN), WAE_KELAMBU.villageType());
    assertEquals(Optional.empty(), KOMODO.villageType());
    assertEquals(Optional.empty(), MANGGARAI_BARAT.villageType());
    assertEquals(Optional.empty(), NTT.villageType());

    assertEquals("5315052019", BATU_CERMIN.digits());
    assertEquals("53.15.05.2019", BATU_CERMIN.value());
    assertEquals("5315", MANGGARAI_BARAT.digits());
    assertEquals("53", NTT.value());
  }

  @Test
  void contains() {
    assertTrue(KOMODO.contains(KOMODO));
    assertTrue(KOMODO.contains(BATU_CERMIN));
    assertTrue(MANGGARAI_BARAT.contains(WAE_KELAMBU));
    assertFalse(BATU_CERMIN.contains(KOMODO));
    assertFalse(BATU_CERMIN.contains(GORONTALO));
    assertFalse(KOMODO.contains(RegionCode.parse("53.15.06")));
    assertFalse(MANGGARAI_BARAT.contains(RegionCode.parse("53.16.05")));
    // 53.1 is not a prefix in the hierarchy sense: 53.11 does not contain 53.15.
    assertFalse(RegionCode.parse("53.11").contains(MANGGARAI_BARAT));
  }

  @ParameterizedTest
  @CsvSource({"53, 53", "5315, 53.15", "531505, 53.15.05", "5315052019, 53.15.05.2019"})
  void parsesUndottedDigits(String digits, String dotted) {
    assertEquals(RegionCode.parse(dotted), RegionCode.parse(digits));
    assertEquals(dotted, RegionCode.parse(digits).toString());
    assertTrue(RegionCode.isValid(digits));
  }

  @Test
  void stripsSurroundingWhiteSpace() {
    assertEquals(BATU_CERMIN, RegionCode.parse("  53.15.05.2019\t"));
  }

  @Test
  void ordersByHierarchy() {
    List<RegionCode> sorted =
        Ordering.natural()
            .sortedCopy(
                ImmutableList.of(
                    RegionCode.parse("53.16"),
                    GORONTALO,
                    RegionCode.parse("53.15.06"),
                    BATU_CERMIN,
                    WAE_KELAMBU,
                    KOMODO,
                    MANGGARAI_BARAT,
                    RegionCode.parse("11"),
                    NTT));
    assertEquals(
        "[11, 53, 53.15, 53.15.05, 53.15.05.1024, 53.15.05.2019, 53.15.05.2020, 53.15.06, 53.16]",
        sorted.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10|region code 10: province must be 11-99, was 10",
        "00.15|region code 00.15: province must be 11-99, was 00",
        "53.00|region code 53.00: regency must be 01-99, was 00",
        "53.15.00|region code 53.15.00: district must be 01-99, was 00",
        "53.15.05.3019|region code 53.15.05.3019: village must start with 1 (kelurahan) or 2"
            + " (desa), was 3019",
        "53.15.05.0019|region code 53.15.05.0019: village must start with 1 (kelurahan) or 2"
            + " (desa), was 0019",
        "53.15.05.2000|region code 53.15.05.2000: village number must be 001-999, was 2000",
        "5315051000|region code 5315051000: village number must be 001-999, was 1000"
      })
  void rejectsImpossibleSegments(String text, String message) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(text)).getMessage());
    assertFalse(RegionCode.isValid(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "5",
        "531",
        "53.1",
        "53.15.5",
        "53.15.05.201",
        "53.15.05.20190",
        "53.15.05.20.19",
        "5315.05",
        "53.1505",
        "53.15.",
        ".53.15",
        "53-15",
        "53 15",
        "53..15",
        "53151",
        "53150520",
        "531505201",
        "53150520190",
        "\u0665\u0663.15",
        "53.15.05.2019.01"
      })
  void rejectsOtherForms(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(text));
    assertEquals(
        "region code must be PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (or 2, 4, 6 or 10 digits),"
            + " was '"
            + text
            + "'",
        e.getMessage());
    assertFalse(RegionCode.isValid(text));
  }

  @Test
  void levelsAndVillageTypes() {
    assertEquals("provinsi", RegionLevel.PROVINCE.indonesianName());
    assertEquals("kabupaten/kota", RegionLevel.REGENCY.indonesianName());
    assertEquals("kecamatan", RegionLevel.DISTRICT.indonesianName());
    assertEquals("desa/kelurahan", RegionLevel.VILLAGE.indonesianName());
    assertEquals(10, RegionLevel.VILLAGE.digitCount());
    assertEquals("kelurahan", VillageType.KELURAHAN.indonesianName());
    assertEquals("desa", VillageType.DESA.indonesianName());
    assertEquals('1', VillageType.KELURAHAN.codeDigit());
    assertEquals('2', VillageType.DESA.codeDigit());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            BATU_CERMIN, RegionCode.parse("5315052019"), RegionCode.parse(" 53.15.05.2019"))
        .addEqualityGroup(GORONTALO)
        .addEqualityGroup(KOMODO, BATU_CERMIN.parent().get())
        .addEqualityGroup(MANGGARAI_BARAT)
        .addEqualityGroup(NTT)
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RegionCode.class);
    tester.testAllPublicInstanceMethods(BATU_CERMIN);
    tester.testAllPublicInstanceMethods(NTT);
  }
}
