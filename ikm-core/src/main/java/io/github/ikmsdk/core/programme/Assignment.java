package io.github.ikmsdk.core.programme;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assignment (penugasan) of IKMs to a mentor by the agency.
 *
 * <p>The caseload limit, one sentra and one commodity per mentor, and one mentor per IKM are rules
 * of the validator, not checked here. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assignment {

  Assignment() {}

  /**
   * Returns the mentor.
   *
   * @return the mentor id
   */
  @Value.Parameter
  public abstract MentorId mentor();

  /**
   * Returns the IKMs the mentor accompanies (IKM dampingan).
   *
   * @return the IKM ids, in the order given, possibly empty
   */
  @Value.Parameter
  public abstract Set<IkmId> ikms();

  /**
   * Returns the assignment of the given IKMs to a mentor.
   *
   * @param mentor the mentor, not null
   * @param ikms the IKMs, not null; duplicates are dropped
   * @return the assignment
   */
  public static Assignment of(MentorId mentor, Iterable<? extends IkmId> ikms) {
    return ImmutableAssignment.of(mentor, ikms);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Assignment} values; obtain one with {@link Assignment#builder()}. */
  public static final class Builder extends ImmutableAssignment.Builder {
    Builder() {}
  }
}
