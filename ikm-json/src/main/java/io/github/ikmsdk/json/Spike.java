package io.github.ikmsdk.json;

/** Spike. */
public final class Spike {
  private Spike() {}
}
