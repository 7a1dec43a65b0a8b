package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.LogbookEntryId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an amending logbook entry corrects (koreksi): the entry it cites and each changed field with
 * its previous and new value.
 *
 * <p>Corrections never edit an entry in place: the original stays in the logbook, and the amending
 * entry, whose author and date say who corrected it and when, carries this record. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Amendment {

  Amendment() {}

  /**
   * Returns the entry this amendment corrects.
   *
   * @return the id of the corrected entry
   */
  public abstract LogbookEntryId amends();

  /**
   * Returns the corrected fields.
   *
   * @return the changes, not empty
   */
  public abstract List<FieldChange> changes();

  /**
   * Returns why the entry was corrected (alasan koreksi).
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Amendment} values; obtain one with {@link Amendment#builder()}. */
  public static final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!changes().isEmpty(), "amendment of %s must change at least one field", amends());
  }
}
