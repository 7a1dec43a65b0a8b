package io.github.ikmsdk.core.geo;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.identifier.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address (alamat), such as the production site of an IKM or the office of a Dinas: the
 * street part, the Kemendagri region (usually a desa or kelurahan) and the postal code (kode pos).
 *
 * <p>Build one with {@link #of(String, RegionCode)} or {@link #builder()}:
 *
 * <pre>{@code
 * Address office = Address.builder()
 *     .street("Jalan Frans Nala")
 *     .region(RegionCode.parse("53.15.05.1025"))   // Kelurahan Labuan Bajo
 *     .postalCode("86554")
 *     .build();
 * }</pre>
 *
 * <p>Only the form of each part is checked (a street that is not blank, a postal code of five ASCII
 * digits), not that the parts agree with each other.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Address {

  /** The number of digits of an Indonesian postal code. */
  public static final int POSTAL_CODE_LENGTH = 5;

  Address() {}

  /**
   * Returns the street part (jalan): street name, house number, hamlet (dusun, RT/RW) as the
   * address gives them.
   *
   * @return the street part, not blank
   */
  public abstract String street();

  /**
   * Returns the Kemendagri region of the address, usually at village level (desa/kelurahan).
   *
   * @return the region, or empty if not known
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns the postal code (kode pos).
   *
   * @return the {@value #POSTAL_CODE_LENGTH} digits, or empty if not known
   */
  public abstract Optional<String> postalCode();

  @Value.Check
  void check() {
    checkArgument(!street().isBlank(), "address street must not be blank, was '%s'", street());
    postalCode()
        .ifPresent(
            code ->
                checkArgument(
                    code.length() == POSTAL_CODE_LENGTH && code.chars().allMatch(Address::isDigit),
                    "postal code must be %s digits, was '%s'",
                    POSTAL_CODE_LENGTH,
                    code));
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the address with the given street in the given region, without a postal code.
   *
   * @param street the street part, not blank
   * @param region the region, usually at village level, not null
   * @return the address, not null
   * @throws IllegalArgumentException if the street is blank
   */
  public static Address of(String street, RegionCode region) {
    return builder().street(street).region(region).build();
  }

  /**
   * Returns a new builder. {@link #street()} is required; the other parts are optional.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Address}. Its {@code build()} method throws {@link IllegalStateException} if
   * the street is missing, and {@link IllegalArgumentException} if the street is blank or the
   * postal code is not {@value Address#POSTAL_CODE_LENGTH} ASCII digits.
   */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
