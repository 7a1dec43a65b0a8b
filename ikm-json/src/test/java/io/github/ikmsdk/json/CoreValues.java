package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.hash.HashCode;
import com.google.common.reflect.ClassPath;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.OpeningHours;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.TimeWindow;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.MentorDayWorkload;
import io.github.ikmsdk.core.compliance.Share;
import io.github.ikmsdk.core.compliance.Workload;
import io.github.ikmsdk.core.geo.Address;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.AgencyId;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.id.VisitId;
import io.github.ikmsdk.core.identifier.Kbli;
import io.github.ikmsdk.core.identifier.Nib;
import io.github.ikmsdk.core.identifier.Nik;
import io.github.ikmsdk.core.identifier.Nip;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.logbook.Amendment;
import io.github.ikmsdk.core.logbook.ChainLink;
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.planning.programme.CapacityReport;
import io.github.ikmsdk.core.planning.programme.HardWeek;
import io.github.ikmsdk.core.planning.programme.MentorCapacity;
import io.github.ikmsdk.core.planning.programme.SentraAllocation;
import io.github.ikmsdk.core.planning.programme.SentraCapacity;
import io.github.ikmsdk.core.planning.programme.StartDateRanker;
import io.github.ikmsdk.core.planning.programme.StartDateRanking;
import io.github.ikmsdk.core.planning.programme.StartDateRequest;
import io.github.ikmsdk.core.planning.programme.StartOption;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.programme.Agency;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.MentorLeave;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Subject;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.core.testing.SeedFixtures;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generator of every public value type of ikm-core, by type: the generators of {@code
 * IkmArbitraries}, the parts of generated snapshots (broken a little, so that reports are not all
 * empty), what the core's services make of them (validation, compliance, workload, planning,
 * assignment, logbook sealing, start-date ranking and mentor capacity, the last two also of the
 * seed programme), and the value types' own factories for parts a snapshot seldom holds.
 */
final class CoreValues {

  private CoreValues() {}

  /** Returns the packages that the module descriptor of ikm-core exports. */
  static Set<String> exportedPackages() {
    String where = EntityId.class.getResource("EntityId.class").toString();
    String root = where.substring(0, where.length() - EntityId.class.getName().length() - 6);
    try (InputStream in = new URL(root + "module-info.class").openStream()) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      checkState(d.name().equals("io.github.ikmsdk.core"), "not ikm-core's descriptor: %s", d);
      Set<String> packages = new TreeSet<>();
      for (ModuleDescriptor.Exports e : d.exports()) {
        checkState(!e.isQualified(), "qualified export %s", e);
        packages.add(e.source());
      }
      return packages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every public type, nested public types included, of the exported packages. */
  static Set<Class<?>> exportedTypes() {
    Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
    try {
      ClassPath cp = ClassPath.from(EntityId.class.getClassLoader());
      for (String pkg : exportedPackages()) {
        for (ClassPath.ClassInfo info : cp.getTopLevelClasses(pkg)) {
          addPublic(info.load(), types);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }

  private static void addPublic(Class<?> type, Set<Class<?>> out) {
    if (Modifier.isPublic(type.getModifiers())) {
      out.add(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        addPublic(nested, out);
      }
    }
  }

  /** The dates that generated programmes cover. */
  private static final LocalDate FIRST = IkmArbitraries.FIRST_DATE;

  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

  private static Arbitrary<ProgrammeSnapshot> snapshots() {
    return Combinators.combine(IkmArbitraries.validSnapshots(2, 2), Arbitraries.longs())
        .as(ReportFixtures::breakSome);
  }

  /** Picks one of the parts of a generated source, skipping sources without such parts. */
  private static <S, T> Arbitrary<T> partOf(Arbitrary<S> source, Function<S, List<T>> parts) {
    return Combinators.combine(
            source.map(parts).filter(l -> !l.isEmpty()), Arbitraries.integers().greaterOrEqual(0))
        .as((l, i) -> l.get(i % l.size()));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  private static Arbitrary<ValidationReport> validationReports() {
    return snapshots().map(s -> Validator.standard().validate(s));
  }

  private static Arbitrary<ComplianceReport> complianceReports() {
    return Combinators.combine(snapshots(), Arbitraries.integers().greaterOrEqual(0))
        .as(
            (s, i) -> {
              LocalDate first = s.programme().startDate().minusDays(7);
              long days = ChronoUnit.DAYS.between(first, s.programme().endDate().plusDays(7));
              return Compliance.asOf(s, first.plusDays(i % (days + 1)));
            });
  }

  private static Arbitrary<VisitPlan> visitPlans() {
    return Combinators.combine(IkmArbitraries.validSnapshots(2, 2), Arbitraries.longs())
        .as(ReportFixtures::planFrom);
  }

  private static Arbitrary<AssignmentPlan> assignmentPlans() {
    return Combinators.combine(snapshots(), Arbitraries.integers().between(0, 2))
        .as(
            (s, keep) -> {
              AssignmentRequest.Builder b = AssignmentRequest.builder(s);
              // Fewer mentors than the snapshot has, so that some plans fall short.
              b.mentors(s.mentors().subList(0, Math.min(keep, s.mentors().size())));
              return MentorAssigner.standard().assign(b.build());
            });
  }

  private static Arbitrary<DaySchedule> workingDays() {
    return partOf(
        IkmArbitraries.workCalendars(),
        c ->
            c.weeklySchedule().days().values().stream()
                .filter(DaySchedule::isWorking)
                .collect(Collectors.toList()));
  }

  private static Arbitrary<ExtraWorkingDay> extraWorkingDays() {
    return Combinators.combine(IkmArbitraries.dates(FIRST, LAST), workingDays(), names())
        .as(ExtraWorkingDay::of);
  }

  private static Arbitrary<Remedy> remedies() {
    Arbitrary<MentorId> mentors = IkmArbitraries.mentorIds();
    Arbitrary<ExtraWorkingDay> saturdays =
        extraWorkingDays()
            .map(
                e ->
                    ExtraWorkingDay.of(
                        e.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                        e.schedule(),
                        e.name()));
    return Arbitraries.oneOf(
        Combinators.combine(mentors, saturdays).as(Remedy::saturdayVisit),
        Combinators.combine(mentors, extraWorkingDays()).as(Remedy::extendedDay),
        Combinators.combine(mentors, IkmArbitraries.isoWeeks()).as(Remedy::visitAcrossBreak),
        partOf(
            visitPlans(),
            p ->
                p.shortfalls().stream()
                    .flatMap(s -> s.remedies().stream())
                    .collect(Collectors.toList())));
  }

  private static Arbitrary<FieldChange> fieldChanges() {
    return Combinators.combine(names(), Arbitraries.strings().all().ofMaxLength(20), names())
        .as(FieldChange::of);
  }

  private static Arbitrary<Amendment> amendments() {
    return Combinators.combine(
            IkmArbitraries.idTexts().map(LogbookEntryId::of),
            fieldChanges().list().ofMinSize(1).ofMaxSize(3),
            names().optional())
        .as(
            (amends, changes, reason) ->
                Amendment.builder().amends(amends).addAllChanges(changes).reason(reason).build());
  }

  private static Arbitrary<MentorLeave> leaves() {
    return Combinators.combine(
            IkmArbitraries.mentorIds(),
            IkmArbitraries.dates(FIRST, LAST),
            Arbitraries.integers().between(0, 30),
            names().optional())
        .as(
            (mentor, first, days, reason) ->
                MentorLeave.builder()
                    .mentor(mentor)
                    .firstDay(first)
                    .lastDay(first.plusDays(days))
                    .reason(reason)
                    .build());
  }

  private static Arbitrary<MentorShortage> shortages() {
    return Combinators.combine(
            IkmArbitraries.idTexts().map(SentraId::of),
            names(),
            IkmArbitraries.idTexts().map(CommodityId::of),
            IkmArbitraries.ikmIds().set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(1, 3))
        .as(
            (sentra, label, commodity, ikms, needed) ->
                MentorShortage.builder()
                    .sentra(sentra)
                    .sentraLabel(label)
                    .commodity(commodity)
                    .addAllUncoveredIkms(ikms)
                    .mentorsNeeded(needed)
                    .build());
  }

  private static Arbitrary<MentorDayWorkload> workloads() {
    return partOf(
        snapshots(),
        s ->
            Workload.of(
                s,
                s.programme().startDate(),
                s.programme().startDate().plusDays(20),
                s.programme().startDate().plusDays(10)));
  }

  private static Arbitrary<HolidayUpdate> holidayUpdates() {
    return Combinators.combine(
            IkmArbitraries.workCalendars(),
            IkmArbitraries.dates(FIRST, LAST),
            names(),
            names(),
            Arbitraries.longs())
        .as(
            (calendar, regionalDay, regionalName, reason, seed) -> {
              // A later decree: some of a calendar's holidays kept, a regional one added, and some
              // of the other dates cleared (a cancelled cuti bersama).
              Random random = new Random(seed);
              HolidayUpdate.Builder b = HolidayUpdate.builder();
              Set<LocalDate> added = new TreeSet<>();
              for (Holiday h : calendar.holidays()) {
                if (random.nextInt(3) == 0) {
                  b.add(h);
                  added.add(h.date());
                }
              }
              if (random.nextBoolean()) {
                b.add(Holiday.of(regionalDay, HolidayKind.REGIONAL_HOLIDAY, regionalName));
                added.add(regionalDay);
              }
              for (Holiday h : calendar.holidays()) {
                if (!added.contains(h.date()) && random.nextInt(4) == 0) {
                  b.remove(h.date(), reason);
                }
              }
              return b.build();
            });
  }

  /**
   * Returns the logbooks of a snapshot's IKMs with every entry recorded on its day at 16:00 by its
   * author and sealed into the IKM's hash chain, as {@code Change.addLogbookEntry} seals them.
   */
  private static List<Logbook> sealedLogbooks(ProgrammeSnapshot s) {
    List<Logbook> logbooks = new ArrayList<>();
    for (Ikm ikm : s.ikms()) {
      HashCode previous = LogbookChain.GENESIS;
      List<LogbookEntry> sealed = new ArrayList<>();
      for (LogbookEntry e : Logbook.of(ikm.id(), s.logbookEntries()).entries()) {
        LogbookEntry recorded =
            LogbookEntry.builder()
                .from(e)
                .recordedAt(
                    e.date().atTime(LocalTime.of(16, 0)).atZone(s.calendar().zone()).toInstant())
                .recordedBy(e.author().value())
                .build();
        LogbookEntry link = LogbookChain.seal(recorded, previous);
        previous = link.link().get().hash();
        sealed.add(link);
      }
      logbooks.add(Logbook.of(ikm.id(), sealed));
    }
    return logbooks;
  }

  private static final Supplier<ProgrammeSnapshot> SEED =
      Suppliers.memoize(SeedFixtures::manggaraiBarat2023);

  private static final Supplier<CapacityReport> SEED_CAPACITY =
      Suppliers.memoize(() -> MentorCapacity.of(PlanningRequest.of(SEED.get())));

  /**
   * Returns an outlook of the seed programme, with Ramadan hours over its first three weeks or not:
   * a ranking of one to three Mondays from its start (Independence Day and the seed's other
   * holidays make hard weeks), of one commodity or all, and its mentor capacity shared out among
   * some mentors.
   */
  private static Arbitrary<ProgrammeOutlookDocument> seedOutlooks() {
    return Combinators.combine(
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 8).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(SEED.get().commodities()).optional(),
            Arbitraries.integers().between(0, 8))
        .as(
            (ramadan, weeks, months, commodity, mentors) -> {
              ProgrammeSnapshot seed = ramadan ? withRamadanHours(SEED.get()) : SEED.get();
              StartDateRequest.Builder r = request(seed, weeks, months);
              commodity.ifPresent(c -> r.commodity(c.id()));
              return ProgrammeOutlookDocument.builder()
                  .addRanking(StartDateRanker.rank(r.build()))
                  .capacity(SEED_CAPACITY.get())
                  .mentorsAvailable(mentors)
                  .build();
            });
  }

  /** Returns a request for starts some weeks after the snapshot's start. */
  private static StartDateRequest.Builder request(
      ProgrammeSnapshot s, Set<Integer> weeksAfterStart, int months) {
    LocalDate start = s.programme().startDate();
    return StartDateRequest.builder(PlanningRequest.of(s))
        .months(months)
        .starts(weeksAfterStart.stream().map(start::plusWeeks).collect(Collectors.toList()));
  }

  /**
   * Returns an outlook of a small generated programme, with Ramadan hours over its first three
   * weeks or not: a ranking of one or two starts and the capacity over its first months, shared out
   * among some mentors.
   */
  private static Arbitrary<ProgrammeOutlookDocument> generatedOutlooks() {
    return Combinators.combine(
            IkmArbitraries.validSnapshots(2, 2),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 3).set().ofMinSize(1).ofMaxSize(2),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(0, 4))
        .as(
            (generated, ramadan, weeks, months, mentors) -> {
              ProgrammeSnapshot s = ramadan ? withRamadanHours(generated) : generated;
              Programme p = s.programme();
              ProgrammeSnapshot shorter =
                  ProgrammeSnapshot.builder()
                      .from(s.withVisits(List.of()))
                      .programme(
                          Programme.builder()
                              .from(p)
                              .endDate(p.startDate().plusMonths(months).minusDays(1))
                              .build())
                      .build();
              return ProgrammeOutlookDocument.builder()
                  .addRanking(StartDateRanker.rank(request(s, weeks, months).build()))
                  .capacity(MentorCapacity.of(PlanningRequest.of(shorter)))
                  .mentorsAvailable(mentors)
                  .build();
            });
  }

  /** Returns the snapshot with Ramadan hours over the first three weeks of its programme. */
  private static ProgrammeSnapshot withRamadanHours(ProgrammeSnapshot s) {
    LocalDate start = s.programme().startDate();
    SpecialHours ramadan =
        SpecialHours.of(
            start, start.plusDays(20), WeeklySchedule.civilServantRamadan(), "Ramadan 1444 H");
    return ProgrammeSnapshot.builder()
        .from(s)
        .calendar(s.calendar().toBuilder().addSpecialHours(ramadan).build())
        .build();
  }

  /**
   * Returns programme outlooks made by the real {@link StartDateRanker} and {@link MentorCapacity},
   * of the seed programme and of small generated ones; each has a capacity report and mentors
   * available.
   */
  static Arbitrary<ProgrammeOutlookDocument> outlooks() {
    return Arbitraries.oneOf(seedOutlooks(), generatedOutlooks());
  }

  /**
   * Adds generators of the results of planning the next programme, made by the real services as a
   * programme-outlook document holds them: rankings, options, hard weeks, capacity reports, sentra
   * capacities and allocations.
   */
  private static void outlookResults(Map<Class<?>, Arbitrary<?>> m) {
    Arbitrary<ProgrammeOutlookDocument> outlooks = outlooks();
    Arbitrary<StartDateRanking> rankings = partOf(outlooks, ProgrammeOutlookDocument::rankings);
    m.put(StartDateRanking.class, rankings);
    m.put(StartOption.class, partOf(rankings, StartDateRanking::options));
    m.put(
        HardWeek.class,
        partOf(
            rankings,
            r ->
                r.options().stream()
                    .flatMap(o -> o.hardWeeks().stream())
                    .collect(Collectors.toList())));
    Arbitrary<CapacityReport> capacity = outlooks.map(d -> d.capacity().orElseThrow());
    m.put(CapacityReport.class, capacity);
    m.put(SentraCapacity.class, partOf(capacity, CapacityReport::sentra));
    m.put(
        SentraAllocation.class,
        partOf(
            outlooks,
            d -> d.capacity().orElseThrow().allocate(d.mentorsAvailable().orElseThrow())));
  }

  /**
   * Returns a generator of every public value type of ikm-core, keyed by the type a mapper is asked
   * to read; the values of each generator are instances of its key.
   */
  static Map<Class<?>, Arbitrary<?>> byType() {
    Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
    Arbitrary<String> ids = IkmArbitraries.idTexts();
    m.put(AgencyId.class, ids.map(AgencyId::of));
    m.put(ProgrammeId.class, ids.map(ProgrammeId::of));
    m.put(CommodityId.class, ids.map(CommodityId::of));
    m.put(SentraId.class, ids.map(SentraId::of));
    m.put(MentorId.class, IkmArbitraries.mentorIds());
    m.put(IkmId.class, IkmArbitraries.ikmIds());
    m.put(VisitId.class, ids.map(VisitId::of));
    m.put(LogbookEntryId.class, ids.map(LogbookEntryId::of));

    m.put(Nib.class, IkmArbitraries.nibs());
    m.put(Nik.class, IkmArbitraries.niks());
    m.put(Nip.class, IkmArbitraries.nips());
    m.put(Kbli.class, IkmArbitraries.kblis());
    m.put(
        RegionCode.class,
        IkmArbitraries.villageCodes()
            .flatMap(
                v -> {
                  List<RegionCode> levels = new ArrayList<>();
                  for (RegionCode c = v; ; c = c.parent().get()) {
                    levels.add(c);
                    if (c.parent().isEmpty()) {
                      return Arbitraries.of(levels);
                    }
                  }
                }));
    m.put(GeoPoint.class, IkmArbitraries.geoPoints());
    m.put(Address.class, IkmArbitraries.addresses());

    Arbitrary<WorkCalendar> calendars = IkmArbitraries.workCalendars();
    m.put(WorkCalendar.class, calendars);
    m.put(WeeklySchedule.class, calendars.map(WorkCalendar::weeklySchedule));
    m.put(
        DaySchedule.class, partOf(calendars, c -> List.copyOf(c.weeklySchedule().days().values())));
    m.put(TimeWindow.class, partOf(workingDays(), DaySchedule::workingWindows));
    m.put(Holiday.class, partOf(calendars, WorkCalendar::holidays));
    m.put(
        SpecialHours.class,
        Combinators.combine(
                IkmArbitraries.dates(FIRST, LAST),
                Arbitraries.integers().between(0, 40),
                calendars.map(WorkCalendar::weeklySchedule),
                names())
            .as(
                (first, days, week, name) ->
                    SpecialHours.of(first, first.plusDays(days), week, name)));
    m.put(ExtraWorkingDay.class, extraWorkingDays());
    m.put(HolidayUpdate.class, holidayUpdates());
    m.put(IsoWeek.class, IkmArbitraries.isoWeeks());
    m.put(
        ProgrammeWeek.class,
        partOf(
            complianceReports(),
            r -> r.rows().stream().map(IkmWeekCompliance::week).collect(Collectors.toList())));

    Arbitrary<ProgrammeSnapshot> snapshots = snapshots();
    m.put(ProgrammeSnapshot.class, snapshots);
    m.put(ProgrammePolicy.class, IkmArbitraries.policies());
    m.put(Programme.class, snapshots.map(ProgrammeSnapshot::programme));
    m.put(Agency.class, snapshots.map(ProgrammeSnapshot::agency));
    m.put(Commodity.class, partOf(snapshots, ProgrammeSnapshot::commodities));
    m.put(Sentra.class, partOf(snapshots, ProgrammeSnapshot::sentra));
    m.put(Mentor.class, partOf(snapshots, ProgrammeSnapshot::mentors));
    m.put(OpeningHours.class, IkmArbitraries.openingHours());
    m.put(
        Ikm.class,
        Combinators.combine(
                partOf(snapshots, ProgrammeSnapshot::ikms), IkmArbitraries.openingHours())
            .as((ikm, hours) -> Ikm.builder().from(ikm).openingHours(hours).build()));
    m.put(Assignment.class, partOf(snapshots, ProgrammeSnapshot::assignments));
    m.put(MentorLeave.class, leaves());
    m.put(Visit.class, partOf(snapshots, ProgrammeSnapshot::visits));

    Arbitrary<List<Logbook>> sealed = snapshots.map(CoreValues::sealedLogbooks);
    Arbitrary<List<LogbookEntry>> sealedEntries =
        sealed.map(l -> l.stream().flatMap(b -> b.entries().stream()).collect(Collectors.toList()));
    m.put(
        LogbookEntry.class,
        Arbitraries.oneOf(
            partOf(snapshots, ProgrammeSnapshot::logbookEntries), partOf(sealedEntries, l -> l)));
    m.put(
        ChainLink.class,
        partOf(
            sealedEntries,
            l -> l.stream().map(e -> e.link().orElseThrow()).collect(Collectors.toList())));
    m.put(Indicators.class, IkmArbitraries.indicators());
    m.put(
        ProductionCapacity.class,
        Combinators.combine(Arbitraries.longs().between(0, 1_000_000), names())
            .as(ProductionCapacity::of));
    m.put(FieldChange.class, fieldChanges());
    m.put(Amendment.class, amendments());
    m.put(
        Logbook.class,
        Arbitraries.oneOf(
            partOf(
                snapshots,
                s ->
                    s.ikms().stream()
                        .map(i -> Logbook.of(i.id(), s.logbookEntries()))
                        .collect(Collectors.toList())),
            partOf(sealed, l -> l)));

    Arbitrary<ValidationReport> validations = validationReports();
    m.put(ValidationReport.class, validations);
    m.put(Violation.class, partOf(validations, ValidationReport::violations));
    m.put(
        Subject.class,
        partOf(
            validations,
            r ->
                r.violations().stream()
                    .flatMap(v -> v.subjects().stream())
                    .collect(Collectors.toList())));

    Arbitrary<ComplianceReport> compliance = complianceReports();
    m.put(ComplianceReport.class, compliance);
    m.put(IkmWeekCompliance.class, partOf(compliance, ComplianceReport::rows));
    m.put(
        ComplianceTotals.class,
        partOf(
            compliance,
            r -> {
              List<ComplianceTotals> totals = new ArrayList<>(r.mentors().values());
              totals.add(r.total());
              return totals;
            }));
    m.put(
        Share.class,
        Arbitraries.longs()
            .between(0, 1000)
            .flatMap(w -> Arbitraries.longs().between(0, w).map(p -> Share.of(p, w))));
    m.put(MentorDayWorkload.class, workloads());

    Arbitrary<VisitPlan> plans = visitPlans();
    m.put(VisitPlan.class, plans);
    m.put(Shortfall.class, partOf(plans, VisitPlan::shortfalls));
    m.put(Remedy.class, remedies());
    m.put(
        ProgrammeDuration.class,
        Combinators.combine(
                IkmArbitraries.dates(FIRST, LAST), Arbitraries.integers().between(1, 24))
            .as(ProgrammeDuration::of));
    Arbitrary<AssignmentPlan> assignments = assignmentPlans();
    m.put(AssignmentPlan.class, assignments);
    m.put(GroupAssignment.class, partOf(assignments, AssignmentPlan::groups));
    m.put(
        MentorShortage.class,
        Arbitraries.oneOf(shortages(), partOf(assignments, AssignmentPlan::shortages)));
    outlookResults(m);

    for (Class<?> type : exportedTypes()) {
      if (type.isEnum()) {
        m.put(type, Arbitraries.of(List.of(type.getEnumConstants())));
      }
    }
    return m;
  }
}
