package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One corrected field of a logbook entry: its name, the previous and the new value, as text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FieldChange {

  FieldChange() {}

  /**
   * Returns the name of the corrected field, for example {@code "findings"}.
   *
   * @return the field name, not blank
   */
  @Value.Parameter
  public abstract String field();

  /**
   * Returns the value before the correction (nilai lama).
   *
   * @return the previous value, possibly empty
   */
  @Value.Parameter
  public abstract String previousValue();

  /**
   * Returns the value after the correction (nilai baru).
   *
   * @return the new value, possibly empty
   */
  @Value.Parameter
  public abstract String newValue();

  /**
   * Returns a field change.
   *
   * @param field the field name, not blank
   * @param previousValue the previous value, not null
   * @param newValue the new value, not null
   * @return the change
   * @throws IllegalArgumentException if the field name is blank
   */
  public static FieldChange of(String field, String previousValue, String newValue) {
    return ImmutableFieldChange.of(field, previousValue, newValue);
  }

  @Value.Check
  void check() {
    checkArgument(!field().isBlank(), "changed field name must not be blank");
  }
}
