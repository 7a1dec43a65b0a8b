package io.github.ikmsdk.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The codec of a type written as a JSON object, built from one table of its fields: for each its
 * wire name, whether it is required, the codec of its value, how the value is taken from the type
 * (accessor) and how it is given to the builder (setter). Reading (every problem collected, unknown
 * and duplicate fields reported, as {@link FieldTable} does) and writing (in the table's order)
 * both come from the table, so that each wire name is declared once. A field the type derives from
 * its others (a count, a status) is written from the value and, when read, checked against the
 * value the other fields make: {@link Builder#derived}, {@link Builder#buildChecked}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type
 * @param <B> what its fields are read into: its builder, or {@link Slots} for a type made by a
 *     factory method
 */
final class ObjectCodec<T, B> implements Codec<T> {

  /** Writes one field of a value, or nothing if the value has none. */
  @FunctionalInterface
  interface FieldWriter<T> {
    void write(JsonGenerator g, T value);
  }

  private final FieldTable<Readers, B> table;
  private final Function<Readers, T> reader;
  private final ImmutableList<String> names;
  private final List<FieldWriter<T>> writers;
  private final FieldWriter<T>[] writerArray;
  private final ImmutableList<Check<T>> checks;

  private ObjectCodec(
      FieldTable<Readers, B> table,
      Function<Readers, T> reader,
      ImmutableList<String> names,
      ImmutableList<FieldWriter<T>> writers,
      ImmutableList<Check<T>> checks) {
    this.table = table;
    this.reader = reader;
    this.names = names;
    this.writers = writers;
    this.writerArray = array(writers);
    this.checks = checks;
  }

  /**
   * Checks one derived field, as it was read into its slot, against the value that the type's other
   * fields make.
   */
  @FunctionalInterface
  private interface Check<T> {
    /** Reports the field if it differs from what the value gives; true if they agree. */
    boolean agrees(JsonIn in, Slots slots, T value, TokenStreamLocation start);
  }

  /**
   * An object of fields derived from a value of the type, as read: its fields' slots, to check
   * against that value once it is made.
   */
  static final class Derived<T> {
    private final ImmutableList<Check<T>> checks;
    private final Slots slots;
    private final TokenStreamLocation start;

    private Derived(ImmutableList<Check<T>> checks, Slots slots, TokenStreamLocation start) {
      this.checks = checks;
      this.slots = slots;
      this.start = start;
    }

    /**
     * Returns the value of the field in slot {@code i} (not a derived one), typed by the caller.
     */
    <V> V get(int i) {
      return slots.get(i);
    }

    /** Reports every derived field that differs from what {@code value} gives; true if none. */
    boolean agree(JsonIn in, T value) {
      return ObjectCodec.agree(checks, in, slots, value, start);
    }
  }

  /** Runs every check (none skipped after a disagreement); true if all agree. */
  private static <T> boolean agree(
      List<Check<T>> checks, JsonIn in, Slots slots, T value, TokenStreamLocation start) {
    boolean all = true;
    for (Check<T> c : checks) {
      all &= c.agrees(in, slots, value, start);
    }
    return all;
  }

  /**
   * Reads an object of fields derived from a value of the type, such as the counts of a report:
   * returns them, to check against that value once it is made, or null (after reporting) if the
   * object is not one or any of its fields is invalid. For a codec made by {@link
   * Builder#buildDerived}.
   */
  Derived<T> readDerived(Readers r) {
    Supplier<Slots> slots = table.slots();
    @SuppressWarnings("unchecked")
    Supplier<B> target = () -> (B) slots.get();
    FieldTable.Finisher<B, Derived<T>> derived =
        (b, start) -> new Derived<T>(checks, (Slots) b, start);
    return table.read(r.in, r, target, derived);
  }

  @SuppressWarnings("unchecked")
  private static <T> FieldWriter<T>[] array(List<FieldWriter<T>> writers) {
    return (FieldWriter<T>[]) writers.toArray(new FieldWriter<?>[0]);
  }

  /** Writes a value as an object of the fields that {@code writers} write. */
  private static <T> void writeObject(JsonGenerator g, T value, FieldWriter<T>[] writers) {
    g.writeStartObject();
    for (int i = 0; i < writers.length; i++) {
      writers[i].write(g, value);
    }
    g.writeEndObject();
  }

  /** Returns an empty table of a type read into a builder. */
  static <T, B> Builder<T, B> builder() {
    return new Builder<>();
  }

  /** Returns an empty table of a type made by a factory method from its fields' slots. */
  static <T> Builder<T, Slots> slots() {
    return new Builder<>();
  }

  @Override
  public T read(Readers r) {
    return reader.apply(r);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    writeObject(g, value, writerArray);
  }

  /** Returns a codec that reads like this one and writes every field but {@code name}. */
  Codec<T> writtenWithout(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(name);
    }
    List<FieldWriter<T>> kept = new ArrayList<>(writers);
    kept.remove(i);
    FieldWriter<T>[] array = array(kept);
    return writtenAs((g, value) -> writeObject(g, value, array));
  }

  /** Returns the table the fields are read with. */
  FieldTable<Readers, B> table() {
    return table;
  }

  /** Returns the wire names of the fields that must be present when reading. */
  ImmutableList<String> requiredNames() {
    return table.requiredNames();
  }

  /** Returns the wire names of the fields, in the order they are written. */
  ImmutableList<String> fieldNames() {
    return names;
  }

  /** Adds fields in wire order; at most 31. */
  static final class Builder<T, B> {
    private final FieldTable.Builder<Readers, B> table = FieldTable.builder();
    private final ImmutableList.Builder<String> names = ImmutableList.builder();
    private final ImmutableList.Builder<FieldWriter<T>> writers = ImmutableList.builder();
    private final ImmutableList.Builder<Check<T>> checks = ImmutableList.builder();
    private int size;

    private Builder() {}

    /**
     * Adds a field with its own reader and writer, for a field whose value is not one codec's, such
     * as one written in another field's zone or checked against another field.
     */
    Builder<T, B> field(
        String name,
        boolean required,
        FieldTable.FieldReader<Readers, B> reader,
        FieldWriter<T> w) {
      if (required) {
        table.required(name, reader);
      } else {
        table.optional(name, reader);
      }
      names.add(name);
      writers.add(w);
      size++;
      return this;
    }

    /** Adds a field that must be present. */
    <V> Builder<T, B> required(
        String name, Codec<V> codec, Function<T, ? extends V> get, BiConsumer<B, V> set) {
      return field(name, true, reader(codec, set), always(name, codec, get));
    }

    /** Adds a field that may be absent (the builder's default then), and is always written. */
    <V> Builder<T, B> withDefault(
        String name, Codec<V> codec, Function<T, ? extends V> get, BiConsumer<B, V> set) {
      return field(name, false, reader(codec, set), always(name, codec, get));
    }

    /** Adds a field that may be absent, and is written when the value has it. */
    <V> Builder<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      SerializedString key = new SerializedString(name);
      return field(
          name,
          false,
          reader(codec, set),
          (g, t) -> {
            Optional<V> v = get.apply(t);
            if (v.isPresent()) {
              g.writeName(key);
              codec.write(g, v.get());
            }
          });
    }

    /** Adds a field that must be present, read into the slot of its position. */
    <V> Builder<T, B> requiredSlot(String name, Codec<V> codec, Function<T, ? extends V> get) {
      return required(name, codec, get, slot(size));
    }

    /** Adds a field that may be absent, read into the slot of its position. */
    <V> Builder<T, B> optionalSlot(String name, Codec<V> codec, Function<T, Optional<V>> get) {
      return optional(name, codec, get, slot(size));
    }

    /**
     * Adds a required field that the type derives from its other fields: written from the value,
     * read into the slot of its position with where it was read ({@link Located}), for the finisher
     * to check it against what the other fields give.
     */
    <V> Builder<T, B> derivedSlot(String name, Codec<V> codec, Function<T, ? extends V> get) {
      int i = size;
      return field(
          name,
          true,
          (r, b) -> ((Slots) b).set(i, Located.read(r.in, () -> codec.read(r))),
          always(name, codec, get));
    }

    /**
     * Adds a required field that the type derives from its other fields: written from the value;
     * read with where it was read, and reported, once the value is made, if it differs from what
     * the value gives (a map shown sorted by its keys, as it is compared whatever its order). For a
     * codec made by {@link #buildChecked} or {@link #buildDerived}.
     */
    <V> Builder<T, B> derived(String name, Codec<V> codec, Function<T, ? extends V> get) {
      int i = size;
      checks.add((in, s, t, start) -> s.<Located<V>>get(i).agrees(in, name, shown(get.apply(t))));
      return derivedSlot(name, codec, get);
    }

    private static Object shown(Object derived) {
      return derived instanceof Map<?, ?> m ? new TreeMap<>(m) : derived;
    }

    /**
     * Adds an optional count that the type derives from its other fields, written when the value
     * gives one; read with where it was read, and reported, once the value is made, if it differs
     * from what the value gives or is absent although the value gives one.
     */
    Builder<T, B> derivedCount(String name, Function<T, OptionalInt> get) {
      int i = size;
      Codec<Integer> count = Codec.int32AtLeast(0);
      checks.add(
          (in, s, t, start) -> {
            Located<Integer> written = s.get(i);
            OptionalInt derived = get.apply(t);
            if (written == null) {
              if (derived.isEmpty()) {
                return true;
              }
              in.invalidAtObject(
                  start,
                  Bilingual.same(name),
                  Bilingual.of(
                      "is missing, the content gives '%s'",
                      "tidak ada, isinya menghasilkan '%s'", derived.getAsInt()));
              return false;
            }
            return written.agrees(
                in, name, derived.isPresent() ? (Object) derived.getAsInt() : "no number (absent)");
          });
      SerializedString key = new SerializedString(name);
      return field(
          name,
          false,
          (r, b) -> ((Slots) b).set(i, Located.read(r.in, () -> count.read(r))),
          (g, t) -> {
            OptionalInt n = get.apply(t);
            if (n.isPresent()) {
              g.writeName(key);
              g.writeNumber(n.getAsInt());
            }
          });
    }

    /**
     * Adds a required object of fields that the type derives from its other fields, such as the
     * counts of a report: written from the value; read, and reported, once the value is made, where
     * its fields differ from what the value gives.
     */
    <V> Builder<T, B> derivedObject(
        String name, ObjectCodec<V, Slots> codec, Function<T, ? extends V> get) {
      int i = size;
      checks.add((in, s, t, start) -> s.<Derived<V>>get(i).agree(in, get.apply(t)));
      return field(
          name, true, (r, b) -> ((Slots) b).set(i, codec.readDerived(r)), always(name, codec, get));
    }

    /**
     * Adds the derived message, {@code "message": {"en": ..., "id": ...}}: written from the value
     * in English and Bahasa Indonesia for readers of the JSON, read for its shape only.
     */
    Builder<T, B> message(BiFunction<T, Locale, String> message) {
      return field(
          "message", true, (r, b) -> ReportCodecs.readMessage(r), ReportCodecs.message(message));
    }

    /**
     * Adds the header of a document, {@code schemaVersion} and {@code kind}: written as the kind
     * states them, read and reported if the reader of the kind cannot read them.
     */
    Builder<T, B> header(DocumentKind kind) {
      return field(
              "schemaVersion",
              true,
              (r, b) -> r.schemaVersion(kind),
              (g, t) -> g.writeNumberProperty("schemaVersion", kind.schemaVersion()))
          .field(
              "kind",
              true,
              (r, b) -> r.kind(kind),
              (g, t) -> g.writeStringProperty("kind", kind.wireName()));
    }

    private static <B, V> BiConsumer<B, V> slot(int i) {
      return (b, v) -> ((Slots) b).set(i, v);
    }

    private static <B, V> FieldTable.FieldReader<Readers, B> reader(
        Codec<V> codec, BiConsumer<B, V> set) {
      return (r, b) -> {
        V v = codec.read(r);
        if (v != null) {
          set.accept(b, v);
        }
      };
    }

    private static <T, V> FieldWriter<T> always(
        String name, Codec<V> codec, Function<T, ? extends V> get) {
      // The name is quoted and encoded once, not at each write.
      SerializedString key = new SerializedString(name);
      return (g, t) -> {
        g.writeName(key);
        codec.write(g, get.apply(t));
      };
    }

    /**
     * Returns the codec of a type named {@code en} in English and {@code id} in Indonesian, read
     * into {@code target} and built with {@code build}; a failing build is reported at the object
     * as an invalid value of the type.
     */
    ObjectCodec<T, B> build(String en, String id, Supplier<B> target, Function<B, T> build) {
      FieldTable<Readers, B> t = table.build(en, id);
      return new ObjectCodec<>(
          t, r -> t.read(r.in, r, target, build), names.build(), writers.build(), checks.build());
    }

    /**
     * Returns the codec of a type named {@code en} in English and {@code id} in Indonesian, read
     * into {@code target} and made by {@code finish}, which reports its own problems; {@code
     * before} runs before each read, to clear what the fields read into the reader.
     */
    ObjectCodec<T, B> buildWith(
        String en, String id, Supplier<B> target, Consumer<Readers> before, Finish<B, T> finish) {
      FieldTable<Readers, B> t = table.build(en, id);
      return new ObjectCodec<>(
          t,
          r -> {
            before.accept(r);
            return t.read(r.in, r, target, (b, start) -> finish.finish(r, b, start));
          },
          names.build(),
          writers.build(),
          checks.build());
    }

    /**
     * Returns the codec of a type made by {@code finish} from the slots of its fields, which
     * reports its own problems.
     */
    ObjectCodec<T, B> buildFromSlotsWith(String en, String id, Finish<Slots, T> finish) {
      int n = size;
      @SuppressWarnings("unchecked")
      Supplier<B> slots = () -> (B) new Slots(n);
      return buildWith(en, id, slots, r -> {}, (r, b, start) -> finish.finish(r, (Slots) b, start));
    }

    /**
     * Returns the codec of a type made by {@code make} from the slots of its fields, a failure
     * reported at the object as an invalid value of the type, and whose derived fields are then
     * checked against the value made.
     */
    ObjectCodec<T, B> buildChecked(String en, String id, Function<Slots, T> make) {
      Bilingual what = Bilingual.of(en, id);
      ImmutableList<Check<T>> all = checks.build();
      return buildFromSlotsWith(
          en,
          id,
          (r, s, start) -> {
            T value = r.in.build(start, what, () -> make.apply(s));
            return value != null && agree(all, r.in, s, value, start) ? value : null;
          });
    }

    /**
     * Returns the codec of an object of fields derived from a value of the type, such as the counts
     * of a report: read with {@link ObjectCodec#readDerived} (as a field added with {@link
     * #derivedObject} is) rather than {@link ObjectCodec#read}, since the value is not in it.
     */
    ObjectCodec<T, B> buildDerived(String en, String id) {
      return buildFromSlots(
          en,
          id,
          s -> {
            throw new UnsupportedOperationException(en + " is read with readDerived");
          });
    }

    /** Returns the codec of a type made by {@code make} from the slots of its fields. */
    ObjectCodec<T, B> buildFromSlots(String en, String id, Function<Slots, T> make) {
      int n = size;
      @SuppressWarnings("unchecked")
      Supplier<B> slots = () -> (B) new Slots(n);
      return build(en, id, slots, b -> make.apply((Slots) b));
    }
  }

  /** What to make of an object whose fields were all valid. */
  @FunctionalInterface
  interface Finish<B, T> {
    /** Returns the value of the target (reporting at {@code start}), or null if invalid. */
    T finish(Readers r, B target, TokenStreamLocation start);
  }
}
