package io.github.ikmsdk.examples;

/** Spike. */
public final class ManggaraiBarat2023 {
  private ManggaraiBarat2023() {}

  /**
   * Runs.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("IKM SDK");
  }
}
