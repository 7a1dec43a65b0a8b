package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.SentraCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.ShortfallReason;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import io.github.ikmsdk.json.internal.FieldTable.Slots;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The codecs of the parts of a programme outlook document: for each, one table of its fields, held
 * to its schema type by {@code CodecSchemaTest}. The fields a part derives from its others are
 * written for readers of the JSON and, when read back, checked against what the part gives.
 */
final class OutlookCodecs {

  private OutlookCodecs() {}

  /** A count, zero or more. */
  private static final Codec<Integer> COUNT = Codec.int32AtLeast(0);

  /** One sentra's share of an allocation. */
  static final ObjectCodec<SentraAllocation, Slots> SENTRA_ALLOCATION =
      ObjectCodec.<SentraAllocation>slots()
          .requiredSlot("sentra", Scalar.SENTRA_ID, SentraAllocation::sentra)
          .requiredSlot("mentors", COUNT, SentraAllocation::mentors)
          .requiredSlot("needed", COUNT, SentraAllocation::needed)
          .derived("shortBy", COUNT, SentraAllocation::shortBy)
          .requiredSlot("uncoveredIkmWeeks", COUNT, SentraAllocation::uncoveredIkmWeeks)
          .message(SentraAllocation::message)
          .buildChecked(
              "sentra allocation",
              "alokasi pendamping per sentra",
              s ->
                  SentraAllocation.of(
                      s.get(0), s.<Integer>get(1), s.<Integer>get(2), s.<Integer>get(4)));

  /** One sentra of a capacity report. */
  static final ObjectCodec<SentraCapacity, Slots> SENTRA_CAPACITY =
      ObjectCodec.<SentraCapacity>slots()
          .requiredSlot("sentra", Scalar.SENTRA_ID, SentraCapacity::sentra)
          .requiredSlot("ikms", COUNT, SentraCapacity::ikms)
          .requiredSlot("caseload", COUNT, SentraCapacity::caseload)
          .optionalSlot("hardestWeek", Scalar.ISO_WEEK, SentraCapacity::hardestWeek)
          // Written with the hardest week only; zero when absent.
          .optionalSlot(
              "hardestWeekCapacity",
              COUNT,
              c ->
                  c.hardestWeek().isPresent()
                      ? Optional.of(c.hardestWeekCapacity())
                      : Optional.empty())
          .requiredSlot("lowerBound", COUNT, SentraCapacity::lowerBound)
          .optionalSlot("mentorsNeeded", COUNT, c -> Codecs.boxed(c.mentorsNeeded()))
          .derived("minimumProven", Codec.BOOLEAN, SentraCapacity::minimumProven)
          .requiredSlot("assignedMentors", COUNT, SentraCapacity::assignedMentors)
          .derived("shortBy", COUNT, SentraCapacity::shortBy)
          .requiredSlot(
              "uncoveredIkmWeeksByMentors",
              COUNT.list(),
              SentraCapacity::uncoveredIkmWeeksByMentors)
          .message(SentraCapacity::message)
          .buildChecked(
              "sentra capacity",
              "kebutuhan pendamping per sentra",
              s -> {
                Integer hardestCapacity = s.get(4);
                Integer needed = s.get(6);
                return SentraCapacity.of(
                    s.get(0),
                    s.<Integer>get(1),
                    s.<Integer>get(2),
                    Optional.ofNullable(s.get(3)),
                    hardestCapacity == null ? 0 : hardestCapacity,
                    s.<Integer>get(5),
                    needed == null ? OptionalInt.empty() : OptionalInt.of(needed),
                    s.<Integer>get(8),
                    s.get(10));
              });

  /** The capacity report of a programme outlook. */
  static final ObjectCodec<CapacityReport, Slots> CAPACITY =
      ObjectCodec.<CapacityReport>slots()
          .requiredSlot("programme", Scalar.PROGRAMME_ID, CapacityReport::programme)
          .requiredSlot("start", Scalar.DATE, CapacityReport::start)
          .requiredSlot("end", Scalar.DATE, CapacityReport::end)
          .derivedCount("mentorsNeeded", CapacityReport::mentorsNeeded)
          .requiredSlot("assignedMentors", COUNT, CapacityReport::assignedMentors)
          .requiredSlot("sentra", SENTRA_CAPACITY.list(), CapacityReport::sentra)
          .buildChecked(
              "capacity report",
              "laporan kebutuhan pendamping",
              s -> CapacityReport.of(s.get(0), s.get(1), s.get(2), s.<Integer>get(4), s.get(5)));

  /** The names of a hard week's special hours. */
  private static List<String> specialHoursNames(HardWeek w) {
    return w.specialHours().stream().map(SpecialHours::name).collect(Collectors.toList());
  }

  /** A hard week of a start option; its remedies are those of its shortfalls, not repeated. */
  static final ObjectCodec<HardWeek, Slots> HARD_WEEK =
      ObjectCodec.<HardWeek>slots()
          .requiredSlot("week", Scalar.ISO_WEEK, HardWeek::week)
          .requiredSlot("firstDay", Scalar.DATE, HardWeek::firstDay)
          .requiredSlot("lastDay", Scalar.DATE, HardWeek::lastDay)
          .requiredSlot("workingDays", COUNT, HardWeek::workingDays)
          .requiredSlot("requiredIkmWeeks", COUNT, HardWeek::requiredIkmWeeks)
          .requiredSlot("coveredIkmWeeks", COUNT, HardWeek::coveredIkmWeeks)
          .derived("lebaran", Codec.BOOLEAN, HardWeek::lebaran)
          .requiredSlot("holidays", Codecs.HOLIDAY.list(), HardWeek::holidays)
          // The names stay for front ends; the periods, as the calendar holds them, are read back.
          .derived("specialHours", Codec.TEXT.list(), OutlookCodecs::specialHoursNames)
          .requiredSlot(
              "specialHoursPeriods", Codecs.SPECIAL_HOURS.distinct(), HardWeek::specialHours)
          .derived("reasons", ReportCodecs.enumCounts(ShortfallReason.class), HardWeek::reasons)
          .requiredSlot("shortfalls", ReportCodecs.SHORTFALL.list(), HardWeek::shortfalls)
          .message(HardWeek::message)
          .buildChecked(
              "hard week",
              "minggu sulit",
              s ->
                  HardWeek.of(
                      s.get(0),
                      s.get(1),
                      s.get(2),
                      s.<Integer>get(3),
                      s.<Integer>get(4),
                      s.<Integer>get(5),
                      s.get(7),
                      s.get(9),
                      s.get(11)));

  /** A start option of a ranking. */
  static final ObjectCodec<StartOption, Slots> OPTION =
      ObjectCodec.<StartOption>slots()
          .requiredSlot("rank", Codec.int32AtLeast(1), StartOption::rank)
          .requiredSlot("start", Scalar.DATE, StartOption::start)
          .requiredSlot("end", Scalar.DATE, StartOption::end)
          .requiredSlot("months", Codec.int32AtLeast(1), StartOption::months)
          .requiredSlot("weeks", COUNT, StartOption::weeks)
          .requiredSlot("requiredIkmWeeks", COUNT, StartOption::requiredIkmWeeks)
          .requiredSlot("coveredIkmWeeks", COUNT, StartOption::coveredIkmWeeks)
          .derived("uncoveredIkmWeeks", COUNT, StartOption::uncoveredIkmWeeks)
          .derived("unremediedIkmWeeks", COUNT, StartOption::unremediedIkmWeeks)
          .requiredSlot("hardWeeks", HARD_WEEK.list(), StartOption::hardWeeks)
          .message(StartOption::message)
          .buildChecked(
              "start option",
              "pilihan tanggal mulai",
              s ->
                  StartOption.of(
                      s.<Integer>get(0),
                      s.get(1),
                      s.get(2),
                      s.<Integer>get(3),
                      s.<Integer>get(4),
                      s.<Integer>get(5),
                      s.<Integer>get(6),
                      s.get(9)));

  /** A start-date ranking of a programme outlook. */
  static final ObjectCodec<StartDateRanking, Slots> RANKING =
      ObjectCodec.<StartDateRanking>slots()
          .requiredSlot("programme", Scalar.PROGRAMME_ID, StartDateRanking::programme)
          .optionalSlot("commodity", Scalar.COMMODITY_ID, StartDateRanking::commodity)
          .requiredSlot("months", Codec.int32AtLeast(1), StartDateRanking::months)
          .requiredSlot("participants", COUNT, StartDateRanking::participants)
          .requiredSlot("options", OPTION.list(), StartDateRanking::options)
          .buildFromSlots(
              "start-date ranking",
              "peringkat tanggal mulai",
              s ->
                  StartDateRanking.of(
                      s.get(0),
                      Optional.ofNullable(s.get(1)),
                      s.<Integer>get(2),
                      s.<Integer>get(3),
                      s.get(4)));

  /**
   * The allocation of a document's available mentors: their number, and the share of each sentra
   * the capacity report gives, derived and checked when read. Written only with both.
   */
  static final ObjectCodec<ProgrammeOutlookDocument, Slots> ALLOCATION =
      ObjectCodec.<ProgrammeOutlookDocument>slots()
          .requiredSlot("mentors", COUNT, doc -> doc.mentorsAvailable().getAsInt())
          .derived("sentra", SENTRA_ALLOCATION.list(), OutlookCodecs::allocate)
          .buildDerived("allocation", "alokasi pendamping");

  private static List<SentraAllocation> allocate(ProgrammeOutlookDocument doc) {
    return doc.capacity().orElseThrow().allocate(doc.mentorsAvailable().getAsInt());
  }

  private static final SerializedString ALLOCATION_NAME = new SerializedString("allocation");

  /**
   * A programme outlook document: its rankings, and optionally a capacity report and the allocation
   * of the mentors available, which needs one.
   */
  static final ObjectCodec<ProgrammeOutlookDocument, Slots> PROGRAMME_OUTLOOK =
      ObjectCodec.<ProgrammeOutlookDocument>slots()
          .header(DocumentKind.PROGRAMME_OUTLOOK)
          .requiredSlot("startDates", RANKING.list(), ProgrammeOutlookDocument::rankings)
          .optionalSlot("capacity", CAPACITY, ProgrammeOutlookDocument::capacity)
          .field(
              "allocation",
              false,
              // Slot 4, the field's position; read with where it was, to report a missing capacity.
              (r, s) -> s.set(4, Located.read(r.in, () -> ALLOCATION.readDerived(r))),
              (g, doc) -> {
                if (doc.mentorsAvailable().isPresent()) {
                  g.writeName(ALLOCATION_NAME);
                  ALLOCATION.write(g, doc);
                }
              })
          .buildFromSlotsWith("programme outlook", "rencana program", OutlookCodecs::outlook);

  private static ProgrammeOutlookDocument outlook(Readers r, Slots s, TokenStreamLocation start) {
    ProgrammeOutlookDocument.Builder b = ProgrammeOutlookDocument.builder();
    s.<List<StartDateRanking>>get(2).forEach(b::addRanking);
    CapacityReport capacity = s.get(3);
    if (capacity != null) {
      b.capacity(capacity);
    }
    Located<ObjectCodec.Derived<ProgrammeOutlookDocument>> allocation = s.get(4);
    if (allocation == null) {
      return b.build();
    }
    if (capacity == null) {
      r.in.addError(
          JsonIn.invalidValue(
              allocation.at,
              Bilingual.same("allocation"),
              Bilingual.of(
                  "needs a capacity report ('capacity')",
                  "memerlukan laporan kebutuhan pendamping ('capacity')")));
      return null;
    }
    ProgrammeOutlookDocument doc = b.mentorsAvailable(allocation.value.<Integer>get(0)).build();
    return allocation.value.agree(r.in, doc) ? doc : null;
  }
}
