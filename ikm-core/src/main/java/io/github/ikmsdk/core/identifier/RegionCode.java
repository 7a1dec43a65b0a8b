package io.github.ikmsdk.core.identifier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A region code of the Ministry of Home Affairs (kode wilayah Kemendagri) for a province, regency
 * or city, district or village, for example {@code RegionCode.parse("53.15.05.2019")} for Desa Batu
 * Cermin, Kecamatan Komodo, Kabupaten Manggarai Barat, Nusa Tenggara Timur.
 *
 * <p>The text form has one dotted segment per level:
 *
 * <table class="striped">
 *   <caption>Region code forms</caption>
 *   <thead>
 *     <tr><th scope="col">level</th><th scope="col">form</th><th scope="col">example</th>
 *       <th scope="col">allowed segment values</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@link RegionLevel#PROVINCE}</th><td>{@code PP}</td>
 *       <td>{@code 53}</td><td>province 11-99</td></tr>
 *     <tr><th scope="row">{@link RegionLevel#REGENCY}</th><td>{@code PP.KK}</td>
 *       <td>{@code 53.15}</td><td>regency or city 01-99</td></tr>
 *     <tr><th scope="row">{@link RegionLevel#DISTRICT}</th><td>{@code PP.KK.CC}</td>
 *       <td>{@code 53.15.05}</td><td>district 01-99</td></tr>
 *     <tr><th scope="row">{@link RegionLevel#VILLAGE}</th><td>{@code PP.KK.CC.DDDD}</td>
 *       <td>{@code 53.15.05.2019}</td><td>{@code 1001}-{@code 1999} kelurahan,
 *       {@code 2001}-{@code 2999} desa</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} also reads the undotted form of 2, 4, 6 or 10 digits ({@code
 * 5315052019}), which {@link #digits()} returns. Only the form is checked, not that the region
 * exists in the current Kemendagri list.
 *
 * <p>Codes order by their dotted text, which is the hierarchy order: a region sorts directly before
 * its descendants ({@code 53.15 < 53.15.05 < 53.15.05.1024 < 53.15.05.2019 < 53.15.06}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RegionCode implements Comparable<RegionCode> {

  private static final Pattern DOTTED =
      Pattern.compile("[0-9]{2}(?:\\.[0-9]{2}(?:\\.[0-9]{2}(?:\\.[0-9]{4})?)?)?");
  private static final Pattern UNDOTTED = Pattern.compile("[0-9]{2}(?:[0-9]{2}){0,2}|[0-9]{10}");

  /** The digits without dots: 2, 4, 6 or 10 of them. */
  private final String digits;

  private RegionCode(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a region code in the dotted form {@code PP}, {@code PP.KK}, {@code PP.KK.CC} or {@code
   * PP.KK.CC.DDDD}, or the undotted form of 2, 4, 6 or 10 ASCII digits. Surrounding white space is
   * removed; otherwise the text must match one form exactly.
   *
   * @param text the text to parse, not null
   * @return the region code, not null
   * @throws IllegalArgumentException if the text has neither form, the province is not 11-99, the
   *     regency or district is 00, or the village part does not start with 1 or 2 or ends in 000
   */
  public static RegionCode parse(CharSequence text) {
    return new RegionCode(IdentifierText.parsed(text, RegionCode::problem).replace(".", ""));
  }

  /**
   * Returns whether {@link #parse(CharSequence)} accepts the text.
   *
   * @param text the text to check, not null
   * @return whether the text, stripped of surrounding white space, is a region code
   */
  public static boolean isValid(CharSequence text) {
    return IdentifierText.isValid(text, RegionCode::problem);
  }

  /** Returns what is wrong with the stripped text, or null if it is a region code. */
  private static @Nullable String problem(String s) {
    if (!DOTTED.matcher(s).matches() && !UNDOTTED.matcher(s).matches()) {
      return "region code must be PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (or 2, 4, 6 or 10"
          + " digits), was '"
          + IdentifierText.shown(s)
          + "'";
    }
    return digitsProblem(s.replace(".", ""), "region code " + s);
  }

  /**
   * Returns what is wrong with the segment values of 2, 4, 6 or 10 digits, or null if nothing.
   * Shared with {@link Nik} for its district digits.
   */
  static @Nullable String digitsProblem(String digits, String subject) {
    int province = IdentifierText.number(digits, 0, 2);
    if (province < 11) {
      return subject + ": province must be 11-99, was " + digits.substring(0, 2);
    }
    if (digits.length() >= 4 && IdentifierText.number(digits, 2, 4) == 0) {
      return subject + ": regency must be 01-99, was 00";
    }
    if (digits.length() >= 6 && IdentifierText.number(digits, 4, 6) == 0) {
      return subject + ": district must be 01-99, was 00";
    }
    if (digits.length() == 10) {
      char type = digits.charAt(6);
      if (type != '1' && type != '2') {
        return subject
            + ": village must start with 1 (kelurahan) or 2 (desa), was "
            + digits.substring(6);
      }
      if (IdentifierText.number(digits, 7, 10) == 0) {
        return subject + ": village number must be 001-999, was " + digits.substring(6);
      }
    }
    return null;
  }

  /** Returns the code of the given digits, which must be valid. */
  static RegionCode ofValidDigits(String digits) {
    return new RegionCode(digits);
  }

  /**
   * Returns the level of this region.
   *
   * @return the level given by the number of segments, not null
   */
  public RegionLevel level() {
    switch (digits.length()) {
      case 2:
        return RegionLevel.PROVINCE;
      case 4:
        return RegionLevel.REGENCY;
      case 6:
        return RegionLevel.DISTRICT;
      default:
        return RegionLevel.VILLAGE;
    }
  }

  /**
   * Returns the region one level up: the province of a regency, the regency of a district, the
   * district of a village.
   *
   * @return the parent region, or empty for a province
   */
  public Optional<RegionCode> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case VILLAGE -> Optional.of(new RegionCode(digits.substring(0, 6)));
      default -> Optional.of(new RegionCode(digits.substring(0, digits.length() - 2)));
    };
  }

  /**
   * Returns whether the other region is this region or lies within it, for example {@code 53.15}
   * contains {@code 53.15}, {@code 53.15.05} and {@code 53.15.05.2019} but not {@code 53.16} or
   * {@code 53}.
   *
   * @param other the other region, not null
   * @return whether {@code other} equals this region or is one of its descendants
   */
  public boolean contains(RegionCode other) {
    checkNotNull(other, "other");
    return other.digits.startsWith(digits);
  }

  /**
   * Returns whether a village is an urban kelurahan or a rural desa.
   *
   * @return the village type, present only at {@link RegionLevel#VILLAGE} level
   */
  public Optional<VillageType> villageType() {
    if (digits.length() != RegionLevel.VILLAGE.digitCount()) {
      return Optional.empty();
    }
    return Optional.of(digits.charAt(6) == '1' ? VillageType.KELURAHAN : VillageType.DESA);
  }

  /**
   * Returns the dotted text form.
   *
   * @return for example {@code "53.15.05.2019"}, not null
   */
  public String value() {
    StringBuilder sb = new StringBuilder(digits.length() + 3).append(digits, 0, 2);
    for (int i = 2; i < digits.length() && i < 6; i += 2) {
      sb.append('.').append(digits, i, i + 2);
    }
    if (digits.length() == 10) {
      sb.append('.').append(digits, 6, 10);
    }
    return sb.toString();
  }

  /**
   * Returns the undotted digits.
   *
   * @return 2, 4, 6 or 10 digits, for example {@code "5315052019"}, not null
   */
  public String digits() {
    return digits;
  }

  /**
   * Compares by the dotted text, which puts each region directly before its descendants.
   *
   * @param other the other region code, not null
   * @return negative, zero or positive as this code sorts before, equal or after
   */
  @Override
  public int compareTo(RegionCode other) {
    checkNotNull(other, "other");
    // Segments have fixed widths, so the digits sort like the dotted text.
    return digits.compareTo(other.digits);
  }

  /**
   * Two region codes are equal when they have the same digits.
   *
   * @param obj the object to compare with, may be null
   * @return whether {@code obj} is a region code with the same digits
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof RegionCode && ((RegionCode) obj).digits.equals(digits));
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns the dotted text form, which {@link #parse(CharSequence)} reads back.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value();
  }
}
