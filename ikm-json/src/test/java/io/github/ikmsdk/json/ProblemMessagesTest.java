package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The details of invalid values ({@code JSON-004}) are the SDK's own in both languages: they carry
 * the raw text and say what was expected, never a JVM exception's English text, and never a whole
 * NIK.
 */
class ProblemMessagesTest {

  private static final IkmJson PERSONAL = IkmJson.builder().includePersonalData(true).build();
  private static final String SEED = PERSONAL.write(ProgrammeDocument.of(Seed.snapshot()));
  private static final List<String> JVM_PHRASES =
      List.of(
          "Invalid value",
          "Text '",
          "could not be parsed",
          "Invalid date",
          "DayOfMonth",
          "MonthOfYear",
          "Exception");

  /** The seed with each {@code {from, to}} replaced once, read; its problems. */
  private static List<JsonProblem> problems(String... fromTo) {
    String json = SEED;
    for (int i = 0; i < fromTo.length; i += 2) {
      assertTrue(json.contains(fromTo[i]), fromTo[i]);
      json = json.replaceFirst(Pattern.quote(fromTo[i]), fromTo[i + 1]);
    }
    String broken = json;
    return assertThrows(
            JsonReadException.class, () -> PERSONAL.read(broken, ProgrammeDocument.class))
        .problems();
  }

  private static final List<JsonProblem> BROKEN =
      problems(
          "\"date\": \"2023-08-14\"",
          "\"date\": \"2023-08-32\"",
          "\"start\": \"08:00\"",
          "\"start\": \"7 pagi\"",
          "\"zone\": \"Asia/Makassar\"",
          "\"zone\": \"WITA\"",
          "\"region\": \"53.15\",",
          "\"region\": \"00.15\",",
          "\"region\": \"53.15.05.2019\"",
          "\"region\": \"53-15\"",
          "\"nib\": \"9120000000001\"",
          "\"nib\": \"12345\"",
          "\"nip\": \"198508152010031001\"",
          "\"nip\": \"198513152010031001\"",
          "\"ownerNik\": \"" + Seed.OWNER_NIK + "\"",
          "\"ownerNik\": \"5315059955850001\"",
          "\"kbli\": \"13122\"",
          "\"kbli\": \"1312\"",
          "\"mentor\": \"M-01\"",
          "\"mentor\": \"M 01\"",
          "\"status\": \"COMPLETED\"",
          "\"status\": \"DONE\"",
          "\"minVisitsPerWeek\": 1",
          "\"minVisitsPerWeek\": 99999999999");

  private static JsonProblem invalid(String pointer) {
    return BROKEN.stream()
        .filter(p -> p.code().equals("JSON-004") && p.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("JSON-004 at " + pointer + " not in " + BROKEN));
  }

  private static void assertMessages(String pointer, String english, String indonesian) {
    JsonProblem p = invalid(pointer);
    assertEquals(english, p.englishMessage());
    assertEquals(indonesian, p.indonesianMessage());
  }

  @Test
  void dateAndTime() {
    assertMessages(
        "/visits/0/date",
        "invalid date: expected an existing date as yyyy-MM-dd, was '2023-08-32'",
        "nilai tanggal tidak valid: harus tanggal yang ada dengan format yyyy-MM-dd,"
            + " ditemukan '2023-08-32'");
    assertMessages(
        "/visits/0/start",
        "invalid time: expected a time of day as HH:mm or HH:mm:ss[.fraction], was '7 pagi'",
        "nilai waktu tidak valid: harus jam dengan format HH:mm atau HH:mm:ss[.pecahan],"
            + " ditemukan '7 pagi'");
  }

  @Test
  void zoneAndRegionCode() {
    assertMessages(
        "/programme/zone",
        "invalid zone: expected an IANA time-zone region id such as 'Asia/Makassar', was 'WITA'",
        "nilai zona waktu tidak valid: harus ID wilayah zona waktu IANA seperti 'Asia/Makassar',"
            + " ditemukan 'WITA'");
    assertMessages(
        "/sentra/0/region",
        "invalid region code: expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD such as"
            + " '53.15.05.2019', was '53-15'",
        "nilai kode wilayah tidak valid: harus PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD seperti"
            + " '53.15.05.2019', ditemukan '53-15'");
    JsonProblem province = invalid("/agency/region");
    assertTrue(province.englishMessage().contains("province 11-99"), province.englishMessage());
    assertTrue(province.englishMessage().endsWith("was '00.15'"), province.englishMessage());
    assertTrue(province.indonesianMessage().contains("provinsi 11-99"));
    assertTrue(province.indonesianMessage().endsWith("ditemukan '00.15'"));
  }

  @Test
  void officialIdentifiers() {
    assertMessages(
        "/ikms/0/nib",
        "invalid NIB: must be 13 digits, was '12345'",
        "nilai NIB tidak valid: harus 13 digit, ditemukan '12345'");
    assertMessages(
        "/commodities/0/kbli",
        "invalid KBLI: must be 5 digits, was '1312'",
        "nilai KBLI tidak valid: harus 5 digit, ditemukan '1312'");
    JsonProblem nip = invalid("/mentors/0/nip");
    assertTrue(
        nip.englishMessage()
            .startsWith("invalid NIP: must be 18 digits that encode a" + " birth date"),
        nip.englishMessage());
    assertTrue(
        nip.indonesianMessage()
            .startsWith("nilai NIP tidak valid: harus 18 digit berisi" + " tanggal lahir"),
        nip.indonesianMessage());
    // 18 digits could hold a NIK (16 digits and two typed too many): masked after six.
    assertTrue(nip.englishMessage().endsWith("was '198513************'"), nip.englishMessage());
  }

  @Test
  void aNikIsShownMaskedAfterItsSixthDigit() {
    JsonProblem nik = invalid("/ikms/0/ownerNik");
    assertTrue(
        nik.englishMessage().startsWith("invalid NIK: must be 16 digits that encode"),
        nik.englishMessage());
    assertTrue(nik.englishMessage().endsWith("was '531505**********'"), nik.englishMessage());
    assertTrue(nik.indonesianMessage().endsWith("ditemukan '531505**********'"));
    JsonProblem tooLong =
        problems(
                "\"ownerNik\": \"" + Seed.OWNER_NIK + "\"",
                "\"ownerNik\": \"" + Seed.OWNER_NIK + "7\"")
            .stream()
            .filter(p -> p.pointer().equals("/ikms/0/ownerNik"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "invalid NIK: must be 16 digits, was '531505***********'", tooLong.englishMessage());
    assertEquals(
        "nilai NIK tidak valid: harus 16 digit, ditemukan '531505***********'",
        tooLong.indonesianMessage());
    for (JsonProblem p : BROKEN) {
      String all = p.englishMessage() + p.indonesianMessage() + p.arguments();
      assertFalse(all.contains("5315059955850001"), p.toString());
    }
  }

  @Test
  void idsNumbersAndWords() {
    assertMessages(
        "/assignments/0/mentor",
        "invalid mentor id: expected 1 to 64 characters, starting with a letter or digit, of"
            + " letters, digits and . _ - : /, was 'M 01'",
        "nilai ID pendamping tidak valid: harus 1 sampai 64 karakter, diawali huruf atau angka,"
            + " berisi huruf, angka dan . _ - : /, ditemukan 'M 01'");
    assertMessages(
        "/programme/policy/minVisitsPerWeek",
        "invalid minVisitsPerWeek: expected an integer from -2147483648 to 2147483647,"
            + " was 99999999999",
        "nilai minVisitsPerWeek tidak valid: harus bilangan bulat dari -2147483648 sampai"
            + " 2147483647, ditemukan 99999999999");
    assertMessages(
        "/visits/0/status",
        "invalid status: 'DONE' is not one of PLANNED, COMPLETED, CANCELLED, MISSED",
        "nilai status tidak valid: 'DONE' bukan salah satu dari PLANNED, COMPLETED, CANCELLED,"
            + " MISSED");
  }

  @Test
  void noIndonesianMessageCarriesEnglishJvmText() {
    assertTrue(BROKEN.size() >= 12, BROKEN.toString());
    for (JsonProblem p : BROKEN) {
      for (String phrase : JVM_PHRASES) {
        assertFalse(p.indonesianMessage().contains(phrase), p.toString());
        assertFalse(p.englishMessage().contains(phrase), p.toString());
      }
    }
  }

  @Test
  void theRawArgumentsAreTheEnglishTexts() {
    JsonProblem p = invalid("/ikms/0/nib");
    assertEquals(List.of("NIB", "must be 13 digits, was '12345'"), p.arguments());
  }

  @Test
  void aLongRawTextIsCutShort() {
    String longDate = "2023-08-14" + "x".repeat(1000);
    JsonProblem p =
        problems("\"date\": \"2023-08-14\"", "\"date\": \"" + longDate + "\"").stream()
            .filter(q -> q.pointer().equals("/visits/0/date"))
            .findFirst()
            .orElseThrow();
    assertTrue(p.englishMessage().endsWith("... (1010 characters)'"), p.englishMessage());
    assertTrue(p.indonesianMessage().endsWith("... (1010 karakter)'"), p.indonesianMessage());
    assertTrue(p.englishMessage().length() < 150, p.englishMessage());
  }
}
