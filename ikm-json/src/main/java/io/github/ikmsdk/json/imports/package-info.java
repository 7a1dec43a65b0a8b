/**
 * Imports of programme snapshots and visit logs (impor data) with reports that account for every
 * input record.
 *
 * <p>Start with {@link io.github.ikmsdk.json.imports.ImportOptions} and the {@code import...}
 * methods of {@link io.github.ikmsdk.json.IkmJson}; read the outcome in {@link
 * io.github.ikmsdk.json.imports.ImportReport}. An import is all-or-nothing ({@link
 * io.github.ikmsdk.json.imports.ImportMode#ALL_OR_NOTHING}, the default) or per record ({@link
 * io.github.ikmsdk.json.imports.ImportMode#PER_RECORD}), and may be a validate-only dry run.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.ikmsdk.json.imports;

import org.jspecify.annotations.NullMarked;
