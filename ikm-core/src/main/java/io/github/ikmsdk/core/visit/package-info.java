/**
 * Visits (kunjungan) of a mentor to an IKM's production site.
 */
@IkmStyle
package io.github.ikmsdk.core.visit;

import io.github.ikmsdk.core.internal.IkmStyle;
