package io.github.ikmsdk.core.planning.visit;

import com.google.common.hash.Hashing;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.VisitId;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The ids of planned visits: {@code P-<ikm>-<week>}, with the IKM id replaced by the first 16 hex
 * digits of its SHA-256 when the id would be too long, and a suffix {@code -2}, {@code -3}, ... if
 * a kept visit has the id. Only kept ids that start with {@value #PREFIX} can collide, so a run
 * holds only those.
 */
final class PlannedVisitIds {

  /** The start of every planned visit's id. */
  static final String PREFIX = "P-";

  private PlannedVisitIds() {}

  static VisitId of(IkmId ikm, String week, Set<VisitId> keptIds) {
    String base = PREFIX + ikm.value() + "-" + week;
    if (base.length() > EntityId.MAX_LENGTH - 4) {
      base =
          PREFIX
              + Hashing.sha256()
                  .hashString(ikm.value(), StandardCharsets.UTF_8)
                  .toString()
                  .substring(0, 16)
              + "-"
              + week;
    }
    VisitId candidate = VisitId.of(base);
    for (int k = 2; !keptIds.isEmpty() && keptIds.contains(candidate); k++) {
      candidate = VisitId.of(base + "-" + k);
    }
    return candidate;
  }
}
