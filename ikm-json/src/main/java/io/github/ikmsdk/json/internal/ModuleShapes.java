package io.github.ikmsdk.json.internal;

import static io.github.ikmsdk.json.internal.FieldTable.into;

import io.github.ikmsdk.core.compliance.MentorDayWorkload;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentReason;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Writers and readers of the core values that no document of the contract holds as an object of
 * their own (a logbook, an entry's chain link, a mentor's day, an assignment plan and its parts),
 * for the Jackson module. Their shapes follow the contract's conventions (camelCase names, ids as
 * strings, enums by name, ISO dates, optional fields left out) and reuse its parts; they have no
 * JSON Schema.
 *
 * <p>Stateless; thread-safe. The readers, like {@link Readers}, start on the value's first token
 * and return null after reporting when the value is invalid.
 */
public final class ModuleShapes {

  private ModuleShapes() {}

  private static <V> Function<Readers, V> idOf(Scalar<V> type) {
    return r -> r.in.value(type);
  }

  private static <V> Function<Readers, List<V>> distinctIds(Scalar<V> type) {
    return r -> r.distinct(idOf(type));
  }

  // ---------------------------------------------------------------- logbook

  /** Writes a logbook: its IKM and its entries, in the logbook's order. */
  public static void logbook(JsonGenerator g, Logbook b) {
    g.writeStartObject();
    g.writeStringProperty("ikm", b.ikm().value());
    g.writeArrayPropertyStart("entries");
    for (LogbookEntry e : b.entries()) {
      Writers.logbookEntry(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static final FieldTable<Readers, Slots> LOGBOOK =
      FieldTable.<Readers, Slots>builder()
          .requiredSlot("ikm", idOf(Scalar.IKM_ID))
          .requiredSlot("entries", r -> r.list(Readers::logbookEntry))
          .build("logbook", "logbook");

  /**
   * Reads a logbook; an entry of another IKM is an error (the core would drop it silently).
   *
   * @param r the readers
   * @return the logbook, or null if invalid
   */
  public static Logbook logbook(Readers r) {
    return LOGBOOK.read(
        r.in,
        r,
        LOGBOOK.slots(),
        (s, start) -> {
          IkmId ikm = s.get(0);
          List<LogbookEntry> entries = s.get(1);
          for (LogbookEntry e : entries) {
            if (!e.ikm().equals(ikm)) {
              r.in.invalidAtObject(
                  start,
                  LOGBOOK.what(),
                  Bilingual.of(
                      "entry '%s' belongs to IKM '%s', not '%s'",
                      "entri '%s' milik IKM '%s', bukan '%s'",
                      e.id().value(),
                      e.ikm().value(),
                      ikm.value()));
              return null;
            }
          }
          return Logbook.of(ikm, entries);
        });
  }

  /**
   * Writes a chain link as the two members a logbook entry of a version-2 snapshot holds: {@code
   * previousHash} and {@code hash}.
   */
  public static void chainLink(JsonGenerator g, ChainLink l) {
    g.writeStartObject();
    g.writeStringProperty("previousHash", l.previous().toString());
    g.writeStringProperty("hash", l.hash().toString());
    g.writeEndObject();
  }

  private static final FieldTable<Readers, Slots> LINK =
      FieldTable.<Readers, Slots>builder()
          .requiredSlot("previousHash", idOf(Scalar.SHA256))
          .requiredSlot("hash", idOf(Scalar.SHA256))
          .build("chain link", "mata rantai hash");

  /**
   * Reads a chain link; each hash is 64 lowercase hexadecimal digits, as in a logbook entry.
   *
   * @param r the readers
   * @return the link, or null if invalid
   */
  public static ChainLink chainLink(Readers r) {
    return LINK.read(r.in, r, LINK.slots(), s -> ChainLink.of(s.get(0), s.get(1)));
  }

  // ---------------------------------------------------------------- workload

  /** Writes one mentor's workload of one day. */
  public static void mentorDayWorkload(JsonGenerator g, MentorDayWorkload w) {
    g.writeStartObject();
    g.writeStringProperty("mentor", w.mentor().value());
    g.writeStringProperty("date", Writers.date(w.date()));
    Writers.ids(g, "plannedVisits", w.plannedVisits());
    Writers.ids(g, "overdueVisits", w.overdueVisits());
    Writers.ids(g, "completedVisits", w.completedVisits());
    g.writeEndObject();
  }

  private static final FieldTable<Readers, MentorDayWorkload.Builder> WORKLOAD =
      FieldTable.<Readers, MentorDayWorkload.Builder>builder()
          .required("mentor", into(idOf(Scalar.MENTOR_ID), MentorDayWorkload.Builder::mentor))
          .required("date", into(Readers::date, MentorDayWorkload.Builder::date))
          .required(
              "plannedVisits",
              into(distinctIds(Scalar.VISIT_ID), MentorDayWorkload.Builder::plannedVisits))
          .required(
              "overdueVisits",
              into(distinctIds(Scalar.VISIT_ID), MentorDayWorkload.Builder::overdueVisits))
          .required(
              "completedVisits",
              into(distinctIds(Scalar.VISIT_ID), MentorDayWorkload.Builder::completedVisits))
          .build("mentor day workload", "beban kerja harian pendamping");

  /** Reads one mentor's workload of one day. */
  public static MentorDayWorkload mentorDayWorkload(Readers r) {
    return WORKLOAD.read(r.in, r, MentorDayWorkload::builder, MentorDayWorkload.Builder::build);
  }

  // ---------------------------------------------------------------- assignment plan

  /** Writes a group of an assignment plan; mentor and travel minutes only when assigned. */
  public static void groupAssignment(JsonGenerator g, GroupAssignment a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("sentra", a.sentra().value());
    g.writeStringProperty("commodity", a.commodity().value());
    Writers.ids(g, "ikms", a.ikms());
    Writers.ids(g, "fixedIkms", a.fixedIkms());
    if (a.mentor().isPresent()) {
      g.writeStringProperty("mentor", a.mentor().get().value());
    }
    if (a.travelMinutes().isPresent()) {
      g.writeNumberProperty("travelMinutes", a.travelMinutes().getAsLong());
    }
    g.writeStringProperty("reason", a.reason().name());
    g.writeEndObject();
  }

  private static final FieldTable<Readers, GroupAssignment.Builder> GROUP =
      FieldTable.<Readers, GroupAssignment.Builder>builder()
          .required("id", into(Readers::text, GroupAssignment.Builder::id))
          .required("sentra", into(idOf(Scalar.SENTRA_ID), GroupAssignment.Builder::sentra))
          .required(
              "commodity", into(idOf(Scalar.COMMODITY_ID), GroupAssignment.Builder::commodity))
          .required("ikms", into(distinctIds(Scalar.IKM_ID), GroupAssignment.Builder::ikms))
          .required(
              "fixedIkms", into(distinctIds(Scalar.IKM_ID), GroupAssignment.Builder::fixedIkms))
          .optional("mentor", into(idOf(Scalar.MENTOR_ID), GroupAssignment.Builder::mentor))
          .optional(
              "travelMinutes", into(r -> r.in.int64(), GroupAssignment.Builder::travelMinutes))
          .required(
              "reason",
              into(r -> r.in.enumValue(AssignmentReason.values()), GroupAssignment.Builder::reason))
          .build("group assignment", "penugasan kelompok");

  /** Reads a group of an assignment plan. */
  public static GroupAssignment groupAssignment(Readers r) {
    return GROUP.read(r.in, r, GroupAssignment::builder, GroupAssignment.Builder::build);
  }

  /** Writes a mentor shortage; its message is derived and not written. */
  public static void mentorShortage(JsonGenerator g, MentorShortage s) {
    g.writeStartObject();
    g.writeStringProperty("sentra", s.sentra().value());
    g.writeStringProperty("sentraLabel", s.sentraLabel());
    g.writeStringProperty("commodity", s.commodity().value());
    Writers.ids(g, "uncoveredIkms", s.uncoveredIkms());
    g.writeNumberProperty("mentorsNeeded", s.mentorsNeeded());
    g.writeEndObject();
  }

  private static final FieldTable<Readers, MentorShortage.Builder> SHORTAGE =
      FieldTable.<Readers, MentorShortage.Builder>builder()
          .required("sentra", into(idOf(Scalar.SENTRA_ID), MentorShortage.Builder::sentra))
          .required("sentraLabel", into(Readers::text, MentorShortage.Builder::sentraLabel))
          .required("commodity", into(idOf(Scalar.COMMODITY_ID), MentorShortage.Builder::commodity))
          .required(
              "uncoveredIkms",
              into(distinctIds(Scalar.IKM_ID), MentorShortage.Builder::uncoveredIkms))
          .required("mentorsNeeded", into(r -> r.in.int32(), MentorShortage.Builder::mentorsNeeded))
          .build("mentor shortage", "kekurangan pendamping");

  /** Reads a mentor shortage. */
  public static MentorShortage mentorShortage(Readers r) {
    return SHORTAGE.read(r.in, r, MentorShortage::builder, MentorShortage.Builder::build);
  }

  /** Writes an assignment plan; its derived totals are not written. */
  public static void assignmentPlan(JsonGenerator g, AssignmentPlan p) {
    g.writeStartObject();
    g.writeArrayPropertyStart("assignments");
    for (Assignment a : p.assignments()) {
      Writers.assignment(g, a);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("groups");
    for (GroupAssignment a : p.groups()) {
      groupAssignment(g, a);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("shortages");
    for (MentorShortage s : p.shortages()) {
      mentorShortage(g, s);
    }
    g.writeEndArray();
    Writers.ids(g, "idleMentors", p.idleMentors());
    g.writeEndObject();
  }

  private static final FieldTable<Readers, AssignmentPlan.Builder> PLAN =
      FieldTable.<Readers, AssignmentPlan.Builder>builder()
          .required(
              "assignments",
              into(r -> r.list(Readers::assignment), AssignmentPlan.Builder::assignments))
          .required(
              "groups",
              into(r -> r.list(ModuleShapes::groupAssignment), AssignmentPlan.Builder::groups))
          .required(
              "shortages",
              into(r -> r.list(ModuleShapes::mentorShortage), AssignmentPlan.Builder::shortages))
          .required(
              "idleMentors",
              into(distinctIds(Scalar.MENTOR_ID), AssignmentPlan.Builder::idleMentors))
          .build("assignment plan", "rencana penugasan");

  /** Reads an assignment plan. */
  public static AssignmentPlan assignmentPlan(Readers r) {
    return PLAN.read(r.in, r, AssignmentPlan::builder, AssignmentPlan.Builder::build);
  }
}
