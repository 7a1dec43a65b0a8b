/**
 * The programme (program pendampingan IKM) and its participants: agency (Dinas), commodities
 * (komoditi), sentra, IKMs (Pelaku IKM), mentors (Pendamping IKM), assignments (penugasan), the
 * policy that holds the rules' numbers, and the snapshot that bundles them. Start with {@link
 * io.github.ikmsdk.core.programme.ProgrammeSnapshot}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.programme;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
