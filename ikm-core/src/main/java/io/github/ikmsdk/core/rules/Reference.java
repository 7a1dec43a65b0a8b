package io.github.ikmsdk.core.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import java.util.List;
import java.util.Optional;

/**
 * A field by which one element refers to another, typed by the id it holds: the {@code field}
 * argument of IKM-R002 ({@link Rule#UNKNOWN_REFERENCE}), and the kind of the {@linkplain
 * Violation#missingReference() missing element} it names. {@code IntegrityRules.unknownReference}
 * takes a field and an id of its type, so that a field and a target of different kinds do not
 * compile.
 *
 * @param <K> the type of id the field holds
 */
final class Reference<K extends EntityId<K>> {

  /** The elements that refer to others: the {@code kind} argument of IKM-R002 and IKM-R003. */
  enum Referrer {
    PROGRAMME,
    SENTRA,
    IKM,
    LEAVE,
    ASSIGNMENT,
    VISIT,
    LOGBOOK_ENTRY
  }

  static final Reference<AgencyId> AGENCY = new Reference<>("agency", Subject.Kind.AGENCY);
  static final Reference<SentraId> SENTRA = new Reference<>("sentra", Subject.Kind.SENTRA);
  static final Reference<CommodityId> COMMODITY =
      new Reference<>("commodity", Subject.Kind.COMMODITY);
  static final Reference<IkmId> IKM = new Reference<>("ikm", Subject.Kind.IKM);
  static final Reference<MentorId> MENTOR = new Reference<>("mentor", Subject.Kind.MENTOR);
  static final Reference<MentorId> AUTHOR = new Reference<>("author", Subject.Kind.MENTOR);
  static final Reference<VisitId> VISIT = new Reference<>("visit", Subject.Kind.VISIT);

  /** Each field's kind by its name, for violations read back from their arguments. */
  private static final ImmutableMap<String, Subject.Kind> KINDS =
      ImmutableMap.copyOf(
          Maps.transformValues(
              Maps.uniqueIndex(
                  List.of(AGENCY, SENTRA, COMMODITY, IKM, MENTOR, AUTHOR, VISIT), r -> r.name),
              r -> r.kind));

  private final String name;
  private final Subject.Kind kind;

  private Reference(String name, Subject.Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /** The subject a target of this field names. */
  Subject subject(K target) {
    return Subject.of(kind, target.value());
  }

  /**
   * The missing element an IKM-R002 violation names by its {@code field} and {@code target}
   * arguments, or empty for a field this catalogue does not have or a blank target.
   */
  static Optional<Subject> missing(String field, String target) {
    Subject.Kind kind = KINDS.get(field);
    return kind == null || target.isBlank()
        ? Optional.empty()
        : Optional.of(Subject.of(kind, target));
  }

  /** Returns the field's name, the text of the {@code field} argument. */
  @Override
  public String toString() {
    return name;
  }
}
