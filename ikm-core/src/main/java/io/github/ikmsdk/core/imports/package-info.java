/**
 * Imports into a programme (impor data), whatever the source: records that carry their origin in,
 * one outcome per record and exact counts out.
 *
 * <p>A reader (the JSON module's, or a CSV or database reader of one's own) turns each record of
 * its source into an {@link io.github.ikmsdk.core.imports.ImportRecord} with an origin of its
 * choosing, a JSON Pointer or a row number; {@link io.github.ikmsdk.core.imports.ProgrammeImport}
 * decides every record (cascades from rejected parents, unknown references, duplicates, rule
 * violations) and merges the accepted ones into the {@link
 * io.github.ikmsdk.core.imports.ImportOptions#target() target}; the {@link
 * io.github.ikmsdk.core.imports.ImportOutcome} hands every record back with its origin, its {@link
 * io.github.ikmsdk.core.imports.RecordOutcome.Decision decision} and its {@link
 * io.github.ikmsdk.core.imports.ImportReason reasons}, so that the reader can report them where
 * they were read.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.ikmsdk.core.imports;

import org.jspecify.annotations.NullMarked;
