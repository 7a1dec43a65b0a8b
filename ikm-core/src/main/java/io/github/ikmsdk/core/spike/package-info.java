/** Spike. */
@IkmStyle
package io.github.ikmsdk.core.spike;

import io.github.ikmsdk.core.internal.IkmStyle;
