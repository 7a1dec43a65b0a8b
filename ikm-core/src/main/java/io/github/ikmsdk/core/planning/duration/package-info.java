/**
 * Programme duration (lama pendampingan): from a commodity's duration range and the complexity of
 * its industrial process, the months, end date and programme weeks of a programme.
 *
 * <p>Start with {@link io.github.ikmsdk.core.planning.duration.ProgrammeDurations}, which turns a
 * range and a {@link io.github.ikmsdk.core.planning.duration.ProcessComplexity} into a {@link
 * io.github.ikmsdk.core.planning.duration.ProgrammeDuration}. {@link
 * io.github.ikmsdk.core.planning.duration.ProgrammeDuration#monthsBetween(java.time.LocalDate,
 * java.time.LocalDate)} is the one definition of "a programme of N months" that the SDK uses.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.planning.duration;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
