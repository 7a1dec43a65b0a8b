/**
 * Core of the IKM mentoring SDK (SDK pendampingan IKM): the immutable domain model, the
 * working-time calendar, rule validation, visit planning, mentor assignment and compliance.
 *
 * <p>Pure Java: it depends on Guava only (Immutables is used at compile time). Every exported
 * package is {@code @NullMarked} (JSpecify): no parameter or return value is null unless marked
 * {@code @Nullable}.
 */
module io.github.ikmsdk.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  // @NullMarked and @Nullable: compile-time nullness for tools, no run-time need.
  requires static org.jspecify;

  exports io.github.ikmsdk.core.id;
  exports io.github.ikmsdk.core.identifier;
  exports io.github.ikmsdk.core.geo;
  exports io.github.ikmsdk.core.calendar;
  exports io.github.ikmsdk.core.programme;
  exports io.github.ikmsdk.core.visit;
  exports io.github.ikmsdk.core.logbook;
  exports io.github.ikmsdk.core.rules;
  exports io.github.ikmsdk.core.imports;
  exports io.github.ikmsdk.core.compliance;
  exports io.github.ikmsdk.core.planning.assignment;
  exports io.github.ikmsdk.core.planning.duration;
  exports io.github.ikmsdk.core.planning.visit;
  exports io.github.ikmsdk.core.planning.programme;
}
