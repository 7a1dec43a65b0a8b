package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.compliance.MentorDayWorkload;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentReason;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.Collection;
import tools.jackson.core.JsonGenerator;

/**
 * The codecs of the core types that no document holds but the Jackson module reads and writes:
 * logbooks, chain links, daily workloads and assignment plans. Their derived members (messages,
 * totals) are not written. Stateless; thread-safe.
 */
public final class ModuleShapes {

  private ModuleShapes() {}

  private static final Codec<Integer> INT32 =
      Codec.of(r -> r.in.int32(), JsonGenerator::writeNumber);

  private static final Codec<Long> INT64 = Codec.of(r -> r.in.int64(), JsonGenerator::writeNumber);

  // ---------------------------------------------------------------- logbook

  private static final Bilingual LOGBOOK_NAME = Bilingual.of("logbook", "logbook");

  /**
   * A logbook: its IKM and its entries, in the logbook's order; an entry of another IKM is an error
   * when reading (the core would drop it silently).
   */
  static final ObjectCodec<Logbook, Slots> LOGBOOK =
      ObjectCodec.<Logbook>slots()
          .requiredSlot("ikm", Scalar.IKM_ID, Logbook::ikm)
          .requiredSlot("entries", Codecs.LOGBOOK_ENTRY.list(), Logbook::entries)
          .buildFromSlotsWith(
              "logbook",
              "logbook",
              (r, s, start) -> {
                IkmId ikm = s.get(0);
                Collection<LogbookEntry> entries = s.get(1);
                for (LogbookEntry e : entries) {
                  if (!e.ikm().equals(ikm)) {
                    r.in.invalidAtObject(
                        start,
                        LOGBOOK_NAME,
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

  /**
   * A chain link, as the two members a logbook entry of a version-2 snapshot holds: {@code
   * previousHash} and {@code hash}, each 64 lowercase hexadecimal digits.
   */
  static final ObjectCodec<ChainLink, Slots> CHAIN_LINK =
      ObjectCodec.<ChainLink>slots()
          .requiredSlot("previousHash", Scalar.SHA256, ChainLink::previous)
          .requiredSlot("hash", Scalar.SHA256, ChainLink::hash)
          .buildFromSlots("chain link", "mata rantai hash", s -> ChainLink.of(s.get(0), s.get(1)));

  // ---------------------------------------------------------------- workload

  /** One mentor's workload of one day. */
  static final ObjectCodec<MentorDayWorkload, MentorDayWorkload.Builder> MENTOR_DAY_WORKLOAD =
      ObjectCodec.<MentorDayWorkload, MentorDayWorkload.Builder>builder()
          .required(
              "mentor",
              Scalar.MENTOR_ID,
              MentorDayWorkload::mentor,
              MentorDayWorkload.Builder::mentor)
          .required("date", Scalar.DATE, MentorDayWorkload::date, MentorDayWorkload.Builder::date)
          .required(
              "plannedVisits",
              Scalar.VISIT_ID.distinct(),
              MentorDayWorkload::plannedVisits,
              MentorDayWorkload.Builder::plannedVisits)
          .required(
              "overdueVisits",
              Scalar.VISIT_ID.distinct(),
              MentorDayWorkload::overdueVisits,
              MentorDayWorkload.Builder::overdueVisits)
          .required(
              "completedVisits",
              Scalar.VISIT_ID.distinct(),
              MentorDayWorkload::completedVisits,
              MentorDayWorkload.Builder::completedVisits)
          .build(
              "mentor day workload",
              "beban kerja harian pendamping",
              MentorDayWorkload::builder,
              MentorDayWorkload.Builder::build);

  // ---------------------------------------------------------------- assignment plan

  /** A group of an assignment plan; mentor and travel minutes only when assigned. */
  static final ObjectCodec<GroupAssignment, GroupAssignment.Builder> GROUP_ASSIGNMENT =
      ObjectCodec.<GroupAssignment, GroupAssignment.Builder>builder()
          .required("id", Codec.TEXT, GroupAssignment::id, GroupAssignment.Builder::id)
          .required(
              "sentra", Scalar.SENTRA_ID, GroupAssignment::sentra, GroupAssignment.Builder::sentra)
          .required(
              "commodity",
              Scalar.COMMODITY_ID,
              GroupAssignment::commodity,
              GroupAssignment.Builder::commodity)
          .required(
              "ikms",
              Scalar.IKM_ID.distinct(),
              GroupAssignment::ikms,
              GroupAssignment.Builder::ikms)
          .required(
              "fixedIkms",
              Scalar.IKM_ID.distinct(),
              GroupAssignment::fixedIkms,
              GroupAssignment.Builder::fixedIkms)
          .optional(
              "mentor", Scalar.MENTOR_ID, GroupAssignment::mentor, GroupAssignment.Builder::mentor)
          .optional(
              "travelMinutes",
              INT64,
              a -> Codecs.boxed(a.travelMinutes()),
              GroupAssignment.Builder::travelMinutes)
          .required(
              "reason",
              Codec.enumOf(AssignmentReason.values()),
              GroupAssignment::reason,
              GroupAssignment.Builder::reason)
          .build(
              "group assignment",
              "penugasan kelompok",
              GroupAssignment::builder,
              GroupAssignment.Builder::build);

  /** A mentor shortage; its message is derived and not written. */
  static final ObjectCodec<MentorShortage, MentorShortage.Builder> MENTOR_SHORTAGE =
      ObjectCodec.<MentorShortage, MentorShortage.Builder>builder()
          .required(
              "sentra", Scalar.SENTRA_ID, MentorShortage::sentra, MentorShortage.Builder::sentra)
          .required(
              "sentraLabel",
              Codec.TEXT,
              MentorShortage::sentraLabel,
              MentorShortage.Builder::sentraLabel)
          .required(
              "commodity",
              Scalar.COMMODITY_ID,
              MentorShortage::commodity,
              MentorShortage.Builder::commodity)
          .required(
              "uncoveredIkms",
              Scalar.IKM_ID.distinct(),
              MentorShortage::uncoveredIkms,
              MentorShortage.Builder::uncoveredIkms)
          .required(
              "mentorsNeeded",
              INT32,
              MentorShortage::mentorsNeeded,
              MentorShortage.Builder::mentorsNeeded)
          .build(
              "mentor shortage",
              "kekurangan pendamping",
              MentorShortage::builder,
              MentorShortage.Builder::build);

  /** An assignment plan; its derived totals are not written. */
  static final ObjectCodec<AssignmentPlan, AssignmentPlan.Builder> ASSIGNMENT_PLAN =
      ObjectCodec.<AssignmentPlan, AssignmentPlan.Builder>builder()
          .required(
              "assignments",
              Codecs.ASSIGNMENT.list(),
              AssignmentPlan::assignments,
              AssignmentPlan.Builder::assignments)
          .required(
              "groups",
              GROUP_ASSIGNMENT.list(),
              AssignmentPlan::groups,
              AssignmentPlan.Builder::groups)
          .required(
              "shortages",
              MENTOR_SHORTAGE.list(),
              AssignmentPlan::shortages,
              AssignmentPlan.Builder::shortages)
          .required(
              "idleMentors",
              Scalar.MENTOR_ID.distinct(),
              AssignmentPlan::idleMentors,
              AssignmentPlan.Builder::idleMentors)
          .build(
              "assignment plan",
              "rencana penugasan",
              AssignmentPlan::builder,
              AssignmentPlan.Builder::build);
}
