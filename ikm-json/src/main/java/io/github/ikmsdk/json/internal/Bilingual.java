package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.identifier.Nik;
import java.util.Locale;

/**
 * A text of a problem message in English and in Bahasa Indonesia, such as the name of what was
 * invalid ("date" / "tanggal") or the detail of why.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Bilingual {

  /** Longest raw text quoted in a message before it is cut short (hostile input). */
  private static final int MAX_SHOWN = 40;

  final String en;
  final String id;

  private Bilingual(String en, String id) {
    this.en = en;
    this.id = id;
  }

  /** Returns the texts; {@code %s} placeholders are filled with {@code args} in both. */
  static Bilingual of(String en, String id, Object... args) {
    return args.length == 0
        ? new Bilingual(en, id)
        : new Bilingual(String.format(Locale.ROOT, en, args), String.format(Locale.ROOT, id, args));
  }

  /** Returns the same text in both languages, such as a wire name. */
  static Bilingual same(String text) {
    return new Bilingual(text, text);
  }

  /**
   * Returns the detail of a raw value that is not what was expected: {@code "<expected>, was
   * '<raw>'"} and {@code "<diharapkan>, ditemukan '<raw>'"}, the raw text cut short if long.
   */
  static Bilingual expected(String en, String id, String raw) {
    return new Bilingual(
        en + ", was '" + shown(raw, "characters") + "'",
        id + ", ditemukan '" + shown(raw, "karakter") + "'");
  }

  /**
   * Returns the raw text as it may be quoted: NIK-like numbers masked ({@link Nik#redact}), then
   * cut short, with its length, if long.
   */
  static String shown(String text, String characters) {
    String raw = Nik.redact(text);
    if (raw.length() <= MAX_SHOWN) {
      return raw;
    }
    int end = Character.isHighSurrogate(raw.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
    return raw.substring(0, end) + "... (" + raw.length() + " " + characters + ")";
  }

  @Override
  public String toString() {
    return en + " / " + id;
  }
}
