package io.github.ikmsdk.core.logbook;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.HashCode;
import org.immutables.value.Value;

/**
 * The link of a logbook entry in its IKM's hash chain (mata rantai hash): the hash of the entry
 * recorded just before it and the entry's own hash, both SHA-256.
 *
 * <p>{@link #hash()} is {@link LogbookChain#hash(LogbookEntry, HashCode)} of the entry's content
 * and {@link #previous()}; the first entry of a logbook has {@link LogbookChain#GENESIS} as its
 * previous hash. Links are made by {@link LogbookChain#seal(LogbookEntry, HashCode)}, which the
 * SDK's mutation path ({@code Change.addLogbookEntry}) calls. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ChainLink {

  ChainLink() {}

  /**
   * Returns the hash of the previous entry of the chain (hash sebelumnya).
   *
   * @return 32 bytes; {@link LogbookChain#GENESIS} for the first entry
   */
  @Value.Parameter
  public abstract HashCode previous();

  /**
   * Returns the entry's own hash (hash entri): SHA-256 of the canonical encoding of its content and
   * {@link #previous()}.
   *
   * @return 32 bytes
   */
  @Value.Parameter
  public abstract HashCode hash();

  /**
   * Returns a link.
   *
   * @param previous the previous entry's hash, 32 bytes
   * @param hash the entry's hash, 32 bytes
   * @return the link
   * @throws IllegalArgumentException if a hash is not 32 bytes (256 bits) long
   */
  public static ChainLink of(HashCode previous, HashCode hash) {
    return ImmutableChainLink.of(previous, hash);
  }

  @Value.Check
  void check() {
    checkArgument(previous().bits() == 256, "previous hash must be 256 bits, was %s", previous());
    checkArgument(hash().bits() == 256, "hash must be 256 bits, was %s", hash());
  }
}
