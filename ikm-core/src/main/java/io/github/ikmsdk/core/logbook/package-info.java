/**
 * The mentoring logbook (logbook pembinaan): stages (tahap), entries, amendments and business
 * indicators recorded before and after mentoring, kept as an audit trail: each entry says when and
 * by whom it was recorded and holds its link in the IKM's SHA-256 hash chain ({@link
 * io.github.ikmsdk.core.logbook.LogbookChain}). Start with {@link
 * io.github.ikmsdk.core.logbook.LogbookEntry}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.logbook;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
