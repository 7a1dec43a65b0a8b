package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A shortage of mentors (kekurangan pendamping): IKMs of one sentra and one commodity that no
 * mentor could take, and how many more mentors they need.
 *
 * <p>{@link #message(Locale)} says it in a sentence, for example "Sentra Tenun Batu Cermin needs 2
 * more mentors" or "Sentra Tenun Batu Cermin membutuhkan 2 pendamping lagi".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MentorShortage {

  private static final LocalizedText MESSAGES =
      LocalizedText.load(MentorShortage.class, "messages");

  MentorShortage() {}

  /**
   * Returns the sentra that lacks mentors.
   *
   * @return the sentra id
   */
  public abstract SentraId sentra();

  /**
   * Returns the label of the sentra used in messages: its name when the request listed the sentra
   * (prefixed with "Sentra " unless the name starts with it), otherwise "Sentra " and its id.
   *
   * @return the label, for example "Sentra Tenun Batu Cermin"
   */
  public abstract String sentraLabel();

  /**
   * Returns the commodity of the IKMs without a mentor.
   *
   * @return the commodity id
   */
  public abstract CommodityId commodity();

  /**
   * Returns the IKMs without a mentor.
   *
   * @return the IKM ids, sorted, not empty
   */
  public abstract List<IkmId> uncoveredIkms();

  /**
   * Returns how many more mentors the sentra needs for its IKMs of this commodity.
   *
   * @return {@code ceil(uncoveredIkms().size() / maxIkmsPerMentor)}, at least 1
   */
  public abstract int mentorsNeeded();

  /**
   * Returns the shortage as a sentence in Bahasa Indonesia for the language {@code id} and in
   * English for every other language.
   *
   * @param locale the locale, not null; the JVM's default locale is never used
   * @return the sentence, for example "Sentra Tenun Batu Cermin needs 2 more mentors"
   */
  public final String message(Locale locale) {
    return MESSAGES.format(
        locale, "shortage", ImmutableMap.of("sentra", sentraLabel(), "mentors", mentorsNeeded()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MentorShortage} values; obtain one with {@link MentorShortage#builder()}. */
  public static final class Builder extends ImmutableMentorShortage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!uncoveredIkms().isEmpty(), "shortage of %s must list IKMs", sentra());
    checkArgument(
        mentorsNeeded() >= 1, "mentorsNeeded must be at least 1, was %s", mentorsNeeded());
  }
}
