package io.github.ikmsdk.core.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.identifier.Nip;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field mentor (Pendamping IKM) appointed by the agency to accompany IKMs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Mentor {

  Mentor() {}

  /**
   * Returns the id of the mentor.
   *
   * @return the id
   */
  public abstract MentorId id();

  /**
   * Returns the mentor's name (nama pendamping).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the civil-servant number (NIP), for mentors who are civil servants.
   *
   * @return the NIP, if any
   */
  public abstract Optional<Nip> nip();

  /**
   * Returns where the mentor starts and ends a working day (domisili or office), the origin of the
   * first and the destination of the last trip of a day.
   *
   * @return the base location
   */
  public abstract GeoPoint base();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Mentor} values; obtain one with {@link Mentor#builder()}. */
  public static final class Builder extends ImmutableMentor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "mentor %s: name must not be blank", id());
  }
}
