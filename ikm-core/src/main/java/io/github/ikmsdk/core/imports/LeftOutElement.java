package io.github.ikmsdk.core.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An element of a record's list that an import left out while keeping the record (elemen yang
 * ditinggalkan): the smallest unit that is wrong, for example one IKM of a mentor's assignment that
 * is unknown or was rejected, so that it does not take the mentor's other IKMs with it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LeftOutElement {

  private final RecordType type;
  private final String key;
  private final int index;
  private final ImportReason.Kind because;
  private final ImmutableList<String> kept;

  private LeftOutElement(
      RecordType type, String key, int index, ImportReason.Kind because, List<String> kept) {
    this.type = type;
    this.key = key;
    this.index = index;
    this.because = because;
    this.kept = ImmutableList.copyOf(kept);
  }

  /**
   * Returns an element left out.
   *
   * @param type the element's record type, not null
   * @param key the element's key, not null
   * @param index the 0-based position of its first occurrence in the record's list
   * @param because {@link ImportReason.Kind#UNKNOWN_REFERENCE} or {@link
   *     ImportReason.Kind#PARENT_REJECTED}
   * @param kept the keys of the elements kept, in list order, not null
   * @return the element, not null
   * @throws IllegalArgumentException if the index is negative or the kind is another
   */
  public static LeftOutElement of(
      RecordType type, String key, int index, ImportReason.Kind because, List<String> kept) {
    checkArgument(index >= 0, "index must not be negative, was %s", index);
    checkArgument(
        because == ImportReason.Kind.UNKNOWN_REFERENCE
            || because == ImportReason.Kind.PARENT_REJECTED,
        "an element is left out because it is unknown or rejected, not %s",
        because);
    return new LeftOutElement(
        checkNotNull(type, "type"), checkNotNull(key, "key"), index, because, kept);
  }

  /**
   * Returns the element's record type, for example {@link RecordType#IKM}.
   *
   * @return the type, not null
   */
  public RecordType type() {
    return type;
  }

  /**
   * Returns the element's key.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the 0-based position of the element's first occurrence in the record's list as read.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns why it was left out: {@link ImportReason.Kind#UNKNOWN_REFERENCE} (neither in the input
   * nor in the target) or {@link ImportReason.Kind#PARENT_REJECTED} (rejected by this import).
   *
   * @return the kind, not null
   */
  public ImportReason.Kind because() {
    return because;
  }

  /**
   * Returns the keys of the elements the record is kept with, in list order.
   *
   * @return the keys, not null, perhaps empty
   */
  public List<String> kept() {
    return kept;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof LeftOutElement)) {
      return false;
    }
    LeftOutElement o = (LeftOutElement) obj;
    return type == o.type
        && key.equals(o.key)
        && index == o.index
        && because == o.because
        && kept.equals(o.kept);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, key, index, because, kept);
  }

  @Override
  public String toString() {
    return type + " " + key + " at " + index + " (" + because + "), kept " + kept;
  }
}
