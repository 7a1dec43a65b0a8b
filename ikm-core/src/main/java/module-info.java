/**
 * IKM mentoring SDK core.
 */
module io.github.ikmsdk.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  exports io.github.ikmsdk.core.spike;
}
