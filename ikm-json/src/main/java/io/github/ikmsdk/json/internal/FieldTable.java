package io.github.ikmsdk.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * The fields of one JSON object type: for each wire name whether it is required and how its value
 * is read into a target (a builder, or {@link Slots} for types made by a factory method). {@link
 * #read} runs the object loop every reader shares: known fields dispatched, duplicates and unknown
 * fields reported, missing required fields reported at the object, in the order of the table.
 *
 * <p>This class is immutable and thread-safe; the readers it calls are not.
 *
 * @param <C> the reading context handed to each field reader, such as {@link Readers}
 * @param <B> the target the fields are read into
 */
final class FieldTable<C, B> {

  /** Reads the value of one field (the cursor on its first token) into the target. */
  @FunctionalInterface
  interface FieldReader<C, B> {
    void read(C context, B target);
  }

  private final Bilingual what;
  private final String[] names;
  private final int required;
  private final FieldReader<C, B>[] readers;
  private final ImmutableMap<String, Integer> index;

  private FieldTable(
      Bilingual what, List<String> names, int required, List<FieldReader<C, B>> readers) {
    this.what = what;
    this.names = names.toArray(new String[0]);
    this.required = required;
    @SuppressWarnings("unchecked")
    FieldReader<C, B>[] array = (FieldReader<C, B>[]) readers.toArray(new FieldReader<?, ?>[0]);
    this.readers = array;
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < this.names.length; i++) {
      b.put(this.names[i], i);
    }
    this.index = b.buildOrThrow();
  }

  /** Returns an empty table to add fields to, in wire order. */
  static <C, B> Builder<C, B> builder() {
    return new Builder<>();
  }

  /**
   * Reads the fields of the object the cursor is on (its {@code START_OBJECT}) into the target,
   * leaving the cursor on its {@code END_OBJECT}; reports missing required fields at {@code start}.
   */
  void readFields(JsonIn in, C context, B target, TokenStreamLocation start) {
    int seen = 0;
    for (String f; (f = in.nextField()) != null; ) {
      Integer i = index.get(f);
      if (i == null) {
        in.unknown(f);
        continue;
      }
      seen = in.seen(seen, i);
      readers[i].read(context, target);
    }
    in.require(start, seen, required, names);
  }

  /** What to make of an object whose fields were all valid. */
  @FunctionalInterface
  interface Finisher<B, T> {
    /** Returns the value of the target (reporting at {@code start}), or null if invalid. */
    T finish(B target, TokenStreamLocation start);
  }

  /** Returns the names of the fields that must be present, in wire order. */
  ImmutableList<String> requiredNames() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < names.length; i++) {
      if ((required & (1 << i)) != 0) {
        b.add(names[i]);
      }
    }
    return b.build();
  }

  /** Returns the name of the type in both languages, for messages. */
  Bilingual what() {
    return what;
  }

  /**
   * Reads an object: returns null (after reporting) if the value is not an object or any of its
   * fields is invalid, otherwise {@code build} of the target, reported at the object's start as an
   * invalid value of this type if it fails.
   */
  <T> T read(JsonIn in, C context, Supplier<B> target, Function<B, T> build) {
    return read(in, context, target, (b, start) -> in.build(start, what, () -> build.apply(b)));
  }

  /**
   * Reads an object: returns null (after reporting) if the value is not an object or any of its
   * fields is invalid, otherwise what {@code finish} makes of the target.
   */
  <T> T read(JsonIn in, C context, Supplier<B> target, Finisher<B, T> finish) {
    if (!in.object()) {
      return null;
    }
    TokenStreamLocation start = in.location();
    long errors = in.errorCount();
    B b = target.get();
    readFields(in, context, b, start);
    if (in.errorCount() != errors) {
      return null;
    }
    return finish.finish(b, start);
  }

  /** Adds fields in wire order; at most 31. */
  static final class Builder<C, B> {
    private final List<String> names = new ArrayList<>();
    private final List<FieldReader<C, B>> readers = new ArrayList<>();
    private int required;

    private Builder() {}

    /** Adds a field that must be present. */
    Builder<C, B> required(String name, FieldReader<C, B> reader) {
      required |= 1 << names.size();
      return optional(name, reader);
    }

    /** Adds a field that may be absent. */
    Builder<C, B> optional(String name, FieldReader<C, B> reader) {
      names.add(name);
      readers.add(reader);
      return this;
    }

    /** Adds a required field whose value is read into the slot of its position. */
    Builder<C, B> requiredSlot(String name, Function<C, ?> value) {
      return required(name, slot(names.size(), value));
    }

    /** Adds an optional field whose value is read into the slot of its position. */
    Builder<C, B> optionalSlot(String name, Function<C, ?> value) {
      return optional(name, slot(names.size(), value));
    }

    private FieldReader<C, B> slot(int i, Function<C, ?> value) {
      return (c, b) -> ((Slots) b).set(i, value.apply(c));
    }

    /** Returns the table of a type named {@code en} in English and {@code id} in Indonesian. */
    FieldTable<C, B> build(String en, String id) {
      return new FieldTable<>(Bilingual.of(en, id), names, required, readers);
    }
  }

  /**
   * The values of an object's fields by position in its table, for types made by a factory method
   * rather than a builder. A slot is null if its field was absent.
   */
  static final class Slots {
    private final Object[] values;

    Slots(int size) {
      this.values = new Object[size];
    }

    void set(int i, Object value) {
      values[i] = value;
    }

    /** Returns the value of slot {@code i}, typed by the caller. */
    @SuppressWarnings("unchecked")
    <T> T get(int i) {
      return (T) values[i];
    }
  }

  /** Returns a supplier of empty slots for this table. */
  Supplier<Slots> slots() {
    int n = names.length;
    return () -> new Slots(n);
  }
}
