/**
 * Reports of imports of programme snapshot documents and visit logs (impor data) that account for
 * every input record, each rejected one at its JSON position.
 *
 * <p>Start with {@link io.github.ikmsdk.core.imports.ImportOptions} and the {@code import...}
 * methods of {@link io.github.ikmsdk.json.IkmJson}; read the outcome in {@link
 * io.github.ikmsdk.json.imports.ImportReport}. An import is all-or-nothing ({@link
 * io.github.ikmsdk.core.imports.ImportMode#ALL_OR_NOTHING}, the default) or per record ({@link
 * io.github.ikmsdk.core.imports.ImportMode#PER_RECORD}), and may be a validate-only dry run. The
 * records are decided by the core's {@link io.github.ikmsdk.core.imports.ProgrammeImport}, which
 * any other reader of records can use as well.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.ikmsdk.json.imports;

import org.jspecify.annotations.NullMarked;
