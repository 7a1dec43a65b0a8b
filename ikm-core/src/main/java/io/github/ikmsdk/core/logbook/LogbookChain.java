package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The hash chain of a logbook (rantai hash logbook): every entry and amendment of an IKM's logbook
 * holds the SHA-256 of a canonical encoding of its content and of the previous entry's hash, so
 * that an entry changed, removed or moved after the fact no longer matches (see {@code
 * io.github.ikmsdk.core.rules.LogbookAudit}).
 *
 * <p>The chain follows the order in which the entries were recorded, which is the order in which
 * they are listed: each IKM's entries, in the order of {@code ProgrammeSnapshot.logbookEntries()}.
 * The first entry's previous hash is {@link #GENESIS}, 32 zero bytes.
 *
 * <h2>Canonical encoding (version 1)</h2>
 *
 * <p>The hashed bytes are the UTF-8 encoding of one JSON object without any whitespace, whose
 * members appear in exactly this order; a member whose value is absent is left out:
 *
 * <ol>
 *   <li>{@code "previous"}: the previous hash, 64 lowercase hexadecimal digits;
 *   <li>{@code "id"}, {@code "ikm"}: the entry id and the IKM id;
 *   <li>{@code "stage"}: {@code DIAGNOSIS}, {@code PLAN}, {@code MENTORING} or {@code EVALUATION};
 *   <li>{@code "date"}: ISO 8601 {@code yyyy-MM-dd};
 *   <li>{@code "author"}: the mentor id;
 *   <li>{@code "recordedAt"}: the instant in UTC as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, always with
 *       three fraction digits (what JavaScript's {@code Date.toISOString()} writes), for example
 *       {@code 2023-08-14T01:30:00.000Z};
 *   <li>{@code "recordedBy"}: the account that recorded the entry;
 *   <li>{@code "visit"}: the visit id;
 *   <li>{@code "findings"}, {@code "actions"}: always present, possibly {@code ""};
 *   <li>{@code "indicators"}: an object with, in order, {@code "monthlyTurnoverRupiah"}, {@code
 *       "workers"}, {@code "productionCapacity"} (an object: {@code "quantity"}, {@code "unit"}),
 *       {@code "products"} and {@code "certifications"}, an array always present, in the order
 *       {@code HALAL}, {@code PIRT}, {@code SNI}, {@code TRADEMARK}, {@code BPOM};
 *   <li>{@code "amendment"}: an object with {@code "amends"}, {@code "changes"} (an array of
 *       objects {@code "field"}, {@code "previousValue"}, {@code "newValue"}, in their order) and
 *       {@code "reason"}.
 * </ol>
 *
 * <p>Numbers are integers in decimal, without sign, leading zeros, fraction or exponent. Strings
 * are escaped as ECMAScript's {@code JSON.stringify} escapes them: {@code \"} and {@code \\};
 * {@code \b}, {@code \t}, {@code \n}, {@code \f}, {@code \r}; other characters below U+0020 and
 * unpaired surrogates as {@code \}{@code u} and four lowercase hexadecimal digits; every other
 * character, {@code /} and non-ASCII letters included, as itself. The member names and forms are
 * those of the JSON contract, so a front end builds the object in this order and hashes {@code
 * JSON.stringify(object)}. The entry's own hash is not part of the encoding. The test vector {@code
 * io/github/ikmsdk/json/schema/logbook-chain/test-vector-1.json}, a resource of the JSON module
 * also shown in the README ("Logbook audit trail"), lists entries with their encodings and hashes.
 *
 * <p>This class is a static utility.
 *
 * @since 0.1.0
 */
public final class LogbookChain {

  /** The previous hash of a logbook's first entry: 32 zero bytes. */
  public static final HashCode GENESIS = HashCode.fromBytes(new byte[32]);

  /** The earliest {@link LogbookEntry#recordedAt()} the canonical encoding can write. */
  static final Instant EARLIEST_RECORDED_AT = Instant.parse("0000-01-01T00:00:00Z");

  /**
   * The first instant after the latest {@link LogbookEntry#recordedAt()} the encoding can write.
   */
  static final Instant LATEST_RECORDED_AT = Instant.parse("+10000-01-01T00:00:00Z");

  private static final DateTimeFormatter RECORDED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LogbookChain() {}

  /**
   * Returns the canonical encoding of an entry's content after a previous hash, as text; the hashed
   * bytes are its UTF-8 encoding. Any link the entry holds is ignored.
   *
   * @param entry the entry, not null
   * @param previous the previous entry's hash, or {@link #GENESIS}, not null
   * @return the canonical JSON text
   */
  public static String canonicalEncoding(LogbookEntry entry, HashCode previous) {
    checkNotNull(entry, "entry");
    checkNotNull(previous, "previous");
    StringBuilder b = new StringBuilder(256);
    b.append('{');
    member(b, "previous", previous.toString());
    member(b.append(','), "id", entry.id().value());
    member(b.append(','), "ikm", entry.ikm().value());
    member(b.append(','), "stage", entry.stage().name());
    member(b.append(','), "date", entry.date().toString());
    member(b.append(','), "author", entry.author().value());
    if (entry.recordedAt().isPresent()) {
      member(b.append(','), "recordedAt", RECORDED_AT.format(entry.recordedAt().get()));
    }
    if (entry.recordedBy().isPresent()) {
      member(b.append(','), "recordedBy", entry.recordedBy().get());
    }
    if (entry.visit().isPresent()) {
      member(b.append(','), "visit", entry.visit().get().value());
    }
    member(b.append(','), "findings", entry.findings());
    member(b.append(','), "actions", entry.actions());
    if (entry.indicators().isPresent()) {
      name(b.append(','), "indicators");
      indicators(b, entry.indicators().get());
    }
    if (entry.amendment().isPresent()) {
      name(b.append(','), "amendment");
      amendment(b, entry.amendment().get());
    }
    return b.append('}').toString();
  }

  /**
   * Returns the hash of an entry after a previous hash: SHA-256 of the UTF-8 bytes of {@link
   * #canonicalEncoding(LogbookEntry, HashCode)}.
   *
   * @param entry the entry, not null
   * @param previous the previous entry's hash, or {@link #GENESIS}, not null
   * @return the 256-bit hash
   */
  public static HashCode hash(LogbookEntry entry, HashCode previous) {
    return Hashing.sha256().hashString(canonicalEncoding(entry, previous), UTF_8);
  }

  /**
   * Returns an entry linked after a previous hash: the same content with the link {@code (previous,
   * hash(entry, previous))}. {@code Change.addLogbookEntry} seals every entry it adds after the
   * last hash of the IKM's logbook.
   *
   * @param entry the entry, not null, with {@link LogbookEntry#recordedAt()} and {@link
   *     LogbookEntry#recordedBy()}
   * @param previous the hash of the IKM's last entry, or {@link #GENESIS} for the first, not null
   * @return the sealed entry
   * @throws IllegalArgumentException if the entry does not say when and by whom it was recorded
   */
  public static LogbookEntry seal(LogbookEntry entry, HashCode previous) {
    checkNotNull(entry, "entry");
    checkArgument(
        entry.recordedAt().isPresent() && entry.recordedBy().isPresent(),
        "logbook entry %s needs recordedAt and recordedBy to join the hash chain",
        entry.id());
    return LogbookEntry.builder()
        .from(entry)
        .link(ChainLink.of(previous, hash(entry, previous)))
        .build();
  }

  /**
   * Returns the hash a new entry of a logbook follows: the hash of the last linked entry, the head
   * of the chain. A Dinas keeps it (for example printed on the monthly report) to check later that
   * the chain was not cut short.
   *
   * @param logbook the logbook, not null
   * @return the last linked entry's hash, or {@link #GENESIS} if no entry is linked
   */
  public static HashCode head(Logbook logbook) {
    checkNotNull(logbook, "logbook");
    HashCode head = GENESIS;
    for (LogbookEntry e : logbook.entries()) {
      if (e.link().isPresent()) {
        head = e.link().get().hash();
      }
    }
    return head;
  }

  private static void indicators(StringBuilder b, Indicators i) {
    b.append('{');
    if (i.monthlyTurnoverRupiah().isPresent()) {
      name(b, "monthlyTurnoverRupiah").append(i.monthlyTurnoverRupiah().getAsLong()).append(',');
    }
    if (i.workers().isPresent()) {
      name(b, "workers").append(i.workers().getAsInt()).append(',');
    }
    if (i.productionCapacity().isPresent()) {
      ProductionCapacity c = i.productionCapacity().get();
      name(b, "productionCapacity").append('{');
      name(b, "quantity").append(c.quantity()).append(',');
      member(b, "unit", c.unit()).append("},");
    }
    if (i.products().isPresent()) {
      name(b, "products").append(i.products().getAsInt()).append(',');
    }
    name(b, "certifications").append('[');
    boolean first = true;
    for (Certification c : Certification.values()) {
      if (i.certifications().contains(c)) {
        string(first ? b : b.append(','), c.name());
        first = false;
      }
    }
    b.append("]}");
  }

  private static void amendment(StringBuilder b, Amendment a) {
    b.append('{');
    member(b, "amends", a.amends().value());
    name(b.append(','), "changes").append('[');
    for (int i = 0; i < a.changes().size(); i++) {
      FieldChange c = a.changes().get(i);
      member(b.append(i == 0 ? "{" : ",{"), "field", c.field());
      member(b.append(','), "previousValue", c.previousValue());
      member(b.append(','), "newValue", c.newValue()).append('}');
    }
    b.append(']');
    if (a.reason().isPresent()) {
      member(b.append(','), "reason", a.reason().get());
    }
    b.append('}');
  }

  private static StringBuilder member(StringBuilder b, String name, String value) {
    return string(name(b, name), value);
  }

  private static StringBuilder name(StringBuilder b, String name) {
    return string(b, name).append(':');
  }

  /** Appends a JSON string escaped as ECMAScript's JSON.stringify escapes it. */
  private static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\f':
          b.append("\\f");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          if (c < 0x20 || unpairedSurrogate(s, i)) {
            b.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"');
  }

  private static boolean unpairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
