/**
 * Identifiers of the entities of a programme (kode entitas): agency, programme, mentor, IKM,
 * sentra, commodity, visit and logbook entry.
 *
 * <p>Every id is a trimmed, non-blank string of at most 64 safe characters, created with a static
 * {@code of} factory, for example {@code MentorId.of("M-01")}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.id;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
