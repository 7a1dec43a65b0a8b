package io.github.ikmsdk.core.spike;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A thing. */
@Value.Immutable
public abstract class Thing {
  Thing() {}

  /**
   * Name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Note.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Tags.
   *
   * @return tags
   */
  public abstract List<String> tags();

  /**
   * Items.
   *
   * @return items
   */
  public abstract ImmutableList<Integer> items();

  /**
   * New builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of things. */
  public static final class Builder extends ImmutableThing.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("blank");
    }
  }
}
