package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assignment (penugasan) of IKMs to a mentor by the agency.
 *
 * <p>An assignment lists each IKM at most once: building one with the same IKM twice fails with a
 * message naming the IKM, as the JSON import rejects such a list, rather than dropping the repeat.
 * The caseload limit, one sentra and one commodity per mentor, and one mentor per IKM are rules of
 * the validator, not checked here. This class is immutable and thread-safe.
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
   * @return the IKM ids, distinct, in the order given, possibly empty
   */
  @Value.Parameter
  public abstract List<IkmId> ikms();

  /**
   * Returns the assignment of the given IKMs to a mentor.
   *
   * @param mentor the mentor, not null
   * @param ikms the IKMs, not null, each at most once
   * @return the assignment
   * @throws IllegalArgumentException if an IKM is listed more than once
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

  @Value.Check
  void check() {
    Set<IkmId> seen = new HashSet<>();
    for (int i = 0; i < ikms().size(); i++) {
      IkmId ikm = ikms().get(i);
      checkArgument(
          seen.add(ikm),
          "assignment of mentor %s lists IKM %s twice (at positions %s and %s); list each IKM once",
          mentor().value(),
          ikm.value(),
          ikms().indexOf(ikm) + 1,
          i + 1);
    }
  }

  /** Builds {@link Assignment} values; obtain one with {@link Assignment#builder()}. */
  public static final class Builder extends ImmutableAssignment.Builder {
    Builder() {}
  }
}
