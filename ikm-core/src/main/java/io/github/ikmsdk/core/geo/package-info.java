/**
 * Places and travel: geographic points (titik koordinat), addresses (alamat) and travel-time models
 * between production sites.
 */
@IkmStyle
@NullMarked
package io.github.ikmsdk.core.geo;

import io.github.ikmsdk.core.internal.IkmStyle;
import org.jspecify.annotations.NullMarked;
