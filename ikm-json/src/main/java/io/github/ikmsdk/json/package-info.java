/** JSON. */
package io.github.ikmsdk.json;
