package io.github.ikmsdk.core.planning.duration;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.IntMath;
import java.math.RoundingMode;

/**
 * How complex a commodity's industrial process is (kompleksitas proses produksi), which places a
 * programme's duration inside the commodity's range.
 *
 * <p>The source sets mentoring at 3-6 months "depending on commodity and industrial process". For a
 * commodity range {@code [min, max]} months:
 *
 * <table>
 *   <caption>Months per complexity</caption>
 *   <tr><th>complexity</th><th>months</th><th>example, range 3-4</th></tr>
 *   <tr><td>{@link #SIMPLE}</td><td>{@code min}</td><td>3</td></tr>
 *   <tr><td>{@link #MODERATE}</td><td>the midpoint {@code (min + max) / 2}, half rounded up
 *       </td><td>4</td></tr>
 *   <tr><td>{@link #COMPLEX}</td><td>{@code max}</td><td>4</td></tr>
 * </table>
 *
 * @see ProgrammeDurations#of
 * @since 0.1.0
 */
public enum ProcessComplexity {
  /** A simple process (proses sederhana): the commodity's shortest duration. */
  SIMPLE("sederhana"),
  /** A process of moderate complexity (proses menengah): the middle of the commodity's range. */
  MODERATE("menengah"),
  /** A complex process (proses kompleks): the commodity's longest duration. */
  COMPLEX("kompleks");

  private final String indonesianName;

  ProcessComplexity(String indonesianName) {
    this.indonesianName = indonesianName;
  }

  /**
   * Returns the Indonesian name.
   *
   * @return the name, for example {@code "kompleks"}
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Returns the months this complexity takes within a duration range, as in the table above.
   *
   * @param minMonths the shortest duration, at least 1
   * @param maxMonths the longest duration, at least {@code minMonths}
   * @return whole months in {@code [minMonths, maxMonths]}
   * @throws IllegalArgumentException if {@code minMonths < 1} or {@code maxMonths < minMonths}
   */
  public int months(int minMonths, int maxMonths) {
    checkArgument(minMonths >= 1, "minMonths must be at least 1, was %s", minMonths);
    checkArgument(
        maxMonths >= minMonths,
        "maxMonths must be at least minMonths %s, was %s",
        minMonths,
        maxMonths);
    return switch (this) {
      case SIMPLE -> minMonths;
      case MODERATE -> minMonths + IntMath.divide(maxMonths - minMonths, 2, RoundingMode.CEILING);
      case COMPLEX -> maxMonths;
    };
  }
}
