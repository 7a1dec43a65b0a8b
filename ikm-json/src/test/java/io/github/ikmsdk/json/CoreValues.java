package io.github.ikmsdk.json;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.reflect.ClassPath;
import io.github.ikmsdk.core.calendar.DaySchedule;
import io.github.ikmsdk.core.calendar.ExtraWorkingDay;
import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.IsoWeek;
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
import io.github.ikmsdk.core.logbook.FieldChange;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
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
import io.github.ikmsdk.core.visit.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * assignment), and the value types' own factories for parts a snapshot seldom holds.
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
    m.put(Ikm.class, partOf(snapshots, ProgrammeSnapshot::ikms));
    m.put(Assignment.class, partOf(snapshots, ProgrammeSnapshot::assignments));
    m.put(MentorLeave.class, leaves());
    m.put(Visit.class, partOf(snapshots, ProgrammeSnapshot::visits));

    m.put(LogbookEntry.class, partOf(snapshots, ProgrammeSnapshot::logbookEntries));
    m.put(Indicators.class, IkmArbitraries.indicators());
    m.put(
        ProductionCapacity.class,
        Combinators.combine(Arbitraries.longs().between(0, 1_000_000), names())
            .as(ProductionCapacity::of));
    m.put(FieldChange.class, fieldChanges());
    m.put(Amendment.class, amendments());
    m.put(
        Logbook.class,
        partOf(
            snapshots,
            s ->
                s.ikms().stream()
                    .map(i -> Logbook.of(i.id(), s.logbookEntries()))
                    .collect(Collectors.toList())));

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

    for (Class<?> type : exportedTypes()) {
      if (type.isEnum()) {
        m.put(type, Arbitraries.of(List.of(type.getEnumConstants())));
      }
    }
    return m;
  }
}
