/** Implementation details; not exported. */
package io.github.ikmsdk.core.internal;
