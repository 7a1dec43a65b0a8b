package io.github.ikmsdk.core.planning.assignment;

import io.github.ikmsdk.core.internal.LocalizedText;
import java.util.Locale;
import java.util.Map;

/**
 * Why a group of IKMs has the mentor it has in an {@link AssignmentPlan} (alasan penugasan).
 *
 * @since 0.1.0
 */
public enum AssignmentReason {
  /**
   * The exact assignment chose this mentor: of all assignments of the available mentors to the
   * groups, the chosen one has the least total travel (perjalanan total terpendek).
   */
  LEAST_TRAVEL("perjalanan total terpendek"),
  /** The user fixed the mentor of some of the group's IKMs (ditetapkan oleh pengguna). */
  FIXED_BY_USER("ditetapkan oleh pengguna"),
  /** No mentor was available for the group (tidak ada pendamping tersedia). */
  NO_MENTOR_AVAILABLE("tidak ada pendamping tersedia");

  private static final LocalizedText MESSAGES =
      LocalizedText.load(AssignmentReason.class, "messages");

  private final String indonesianName;

  AssignmentReason(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "ditetapkan oleh pengguna"}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns a sentence that explains the reason, in Bahasa Indonesia for the language {@code id}
   * and in English for every other language.
   *
   * @param locale the locale, not null; the JVM's default locale is never used
   * @return the sentence, for example "least total travel among the available mentors"
   */
  public String message(Locale locale) {
    return MESSAGES.format(locale, "reason." + name(), Map.of());
  }
}
