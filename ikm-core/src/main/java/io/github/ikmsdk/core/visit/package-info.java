/**
 * Visits (kunjungan) of a mentor to an IKM's production site. Start with {@link
 * io.github.ikmsdk.core.visit.Visit}.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.visit;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
