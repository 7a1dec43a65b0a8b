/**
 * The mentoring logbook (logbook pembinaan): stages (tahap), entries, amendments and business
 * indicators recorded before and after mentoring. Start with {@link
 * io.github.ikmsdk.core.logbook.LogbookEntry}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.logbook;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
