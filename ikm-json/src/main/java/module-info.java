/**
 * IKM mentoring SDK JSON contract.
 */
module io.github.ikmsdk.json {
  requires transitive io.github.ikmsdk.core;
  requires transitive tools.jackson.databind;
  exports io.github.ikmsdk.json;
}
