package io.github.ikmsdk.core.rules;

import org.jspecify.annotations.Nullable;

/**
 * A part of a validation that can be recomputed on its own: the global rules, the rules of one
 * mentor's visits, of one IKM's weeks and logbook, or of one visit or entry id's uniqueness.
 */
final class PartitionKey {

  enum Kind {
    GLOBAL,
    MENTOR,
    IKM,
    VISIT_ID,
    ENTRY_ID
  }

  static final PartitionKey GLOBAL = new PartitionKey(Kind.GLOBAL, "");

  final Kind kind;
  final Object id;

  private PartitionKey(Kind kind, Object id) {
    this.kind = kind;
    this.id = id;
  }

  static PartitionKey of(Kind kind, Object id) {
    return new PartitionKey(kind, id);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartitionKey other && other.kind == kind && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
