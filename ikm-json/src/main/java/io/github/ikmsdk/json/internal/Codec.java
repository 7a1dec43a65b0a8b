package io.github.ikmsdk.json.internal;

import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * How one type of value is read from JSON and written to it: the one place its wire form is
 * declared. Reading starts on the value's first token and ends on its last, returning null after
 * reporting every problem of an invalid value; writing writes the value whole.
 *
 * <p>Implementations are immutable and thread-safe; the {@link Readers} they read with is not.
 *
 * @param <V> the value type
 */
interface Codec<V> {

  /** Reads a value, or reports and returns null. */
  V read(Readers r);

  /** Writes a value. */
  void write(JsonGenerator g, V value);

  /** Returns a codec of a reader and a writer. */
  static <V> Codec<V> of(Function<Readers, V> reader, BiConsumer<JsonGenerator, V> writer) {
    return new Codec<>() {
      @Override
      public V read(Readers r) {
        return reader.apply(r);
      }

      @Override
      public void write(JsonGenerator g, V value) {
        writer.accept(g, value);
      }
    };
  }

  /** Returns a codec that reads like this one and writes with {@code writer}. */
  default Codec<V> writtenAs(BiConsumer<JsonGenerator, V> writer) {
    return of(this::read, writer);
  }

  /** Returns a codec of an array of values, written in the collection's order. */
  default Codec<Collection<V>> list() {
    return of(r -> r.list(this::read), this::writeAll);
  }

  /**
   * Returns a codec of an array of distinct values, reporting a repeated one: the core keeps these
   * as sets and would drop the repetition silently, the schema states {@code uniqueItems}.
   */
  default Codec<Collection<V>> distinct() {
    return of(r -> r.distinct(this::read), this::writeAll);
  }

  /** Returns a codec of an array of at least one value. */
  default Codec<Collection<V>> nonEmptyList() {
    return of(r -> r.in.nonEmpty(r.list(this::read)), this::writeAll);
  }

  private void writeAll(JsonGenerator g, Collection<V> values) {
    g.writeStartArray();
    for (V v : values) {
      write(g, v);
    }
    g.writeEndArray();
  }

  /** A text, any string. */
  Codec<String> TEXT = of(Readers::text, JsonGenerator::writeString);

  /** A text that must not be blank (the schema's {@code text}), reported at the value. */
  Codec<String> NON_BLANK_TEXT = of(Readers::nonBlankText, JsonGenerator::writeString);

  /** A boolean. */
  Codec<Boolean> BOOLEAN = of(r -> r.in.bool(), JsonGenerator::writeBoolean);

  /** Returns a codec of an enum written as its constant's name. */
  static <E extends Enum<E>> Codec<E> enumOf(E[] values) {
    return of(r -> r.in.enumValue(values), (g, e) -> g.writeString(e.name()));
  }

  /** Returns a codec of a 32-bit integer of at least {@code min}. */
  static Codec<Integer> int32AtLeast(int min) {
    return of(r -> r.in.int32AtLeast(min), JsonGenerator::writeNumber);
  }

  /** Returns a codec of a 32-bit integer from {@code min} to {@code max}. */
  static Codec<Integer> int32Between(int min, int max) {
    return of(r -> r.in.int32Between(min, max), JsonGenerator::writeNumber);
  }

  /** Returns a codec of a 64-bit integer of at least {@code min}. */
  static Codec<Long> int64AtLeast(long min) {
    return of(r -> r.in.int64AtLeast(min), JsonGenerator::writeNumber);
  }

  /** Returns a codec of a decimal from {@code min} to {@code max}. */
  static Codec<Double> decimalBetween(double min, double max) {
    return of(r -> r.in.decimalBetween(min, max), JsonGenerator::writeNumber);
  }
}
