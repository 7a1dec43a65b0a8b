package io.github.ikmsdk.examples;

import com.google.common.hash.HashCode;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.compliance.ComplianceReport;
import io.github.ikmsdk.core.compliance.ComplianceTotals;
import io.github.ikmsdk.core.compliance.IkmWeekCompliance;
import io.github.ikmsdk.core.compliance.WeekStatus;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.LogbookEntryId;
import io.github.ikmsdk.core.logbook.Certification;
import io.github.ikmsdk.core.logbook.Indicators;
import io.github.ikmsdk.core.logbook.Logbook;
import io.github.ikmsdk.core.logbook.LogbookChain;
import io.github.ikmsdk.core.logbook.LogbookEntry;
import io.github.ikmsdk.core.logbook.ProductionCapacity;
import io.github.ikmsdk.core.logbook.Stage;
import io.github.ikmsdk.core.planning.assignment.AssignmentPlan;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.GroupAssignment;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
import io.github.ikmsdk.core.planning.assignment.MentorShortage;
import io.github.ikmsdk.core.planning.duration.ProcessComplexity;
import io.github.ikmsdk.core.planning.duration.ProgrammeDuration;
import io.github.ikmsdk.core.planning.duration.ProgrammeDurations;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.Remedy;
import io.github.ikmsdk.core.planning.visit.Shortfall;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import io.github.ikmsdk.core.rules.Change;
import io.github.ikmsdk.core.rules.LogbookAudit;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.rules.Violation;
import io.github.ikmsdk.core.visit.Visit;
import io.github.ikmsdk.core.visit.VisitStatus;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.JsonProblem;
import io.github.ikmsdk.json.JsonReadException;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitLogDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The main example: the mentoring programme of Disdagrin Kabupaten Manggarai Barat after the
 * socialisation of 8-9 August 2023, from mentor assignment to the compliance report.
 *
 * <p>Run it with the first of the README's two commands, from the repository root. It prints
 * readable tables and writes the JSON documents to a folder (the first argument, default {@code
 * target/manggarai-barat-2023}; through Maven, {@code ikm-examples/target/...}). Its output is
 * deterministic.
 */
public final class ManggaraiBarat2023 {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** How complex each commodity's industrial process is (proses industri). */
  private static final Map<String, ProcessComplexity> COMPLEXITY =
      Map.of(
          ManggaraiBaratScenario.TENUN.value(), ProcessComplexity.MODERATE,
          ManggaraiBaratScenario.KOPI.value(), ProcessComplexity.SIMPLE,
          ManggaraiBaratScenario.IKAN.value(), ProcessComplexity.MODERATE);

  /** The week of Independence Day, Thursday 17 August 2023. */
  private static final IsoWeek HOLIDAY_WEEK = IsoWeek.parse("2023-W33");

  /** The day the simulation stops and the reports are made: a Monday in the last month. */
  static final LocalDate AS_OF = LocalDate.of(2023, 12, 11);

  private static final Map<Stage, String> FINDINGS =
      new EnumMap<>(
          Map.of(
              Stage.DIAGNOSIS, "Produksi belum terencana; pencatatan keuangan belum ada.",
              Stage.PLAN, "Rencana: standar mutu, kemasan, pencatatan omzet.",
              Stage.MENTORING, "Praktik langsung di tempat produksi.",
              Stage.EVALUATION, "Omzet dan kapasitas naik; kemasan baru dipakai."));

  private static final Map<Stage, String> ACTIONS =
      new EnumMap<>(
          Map.of(
              Stage.DIAGNOSIS, "Susun profil usaha dan data awal.",
              Stage.PLAN, "Sepakati target tiga bulan dengan pelaku IKM.",
              Stage.MENTORING, "Dampingi proses produksi dan catat kemajuan.",
              Stage.EVALUATION, "Laporkan hasil ke Disdagrin."));

  private static final Map<WeekStatus, String> SYMBOLS =
      new EnumMap<>(
          Map.of(
              WeekStatus.MET, "+",
              WeekStatus.VISIT_TOO_SHORT, "s",
              WeekStatus.NOT_VISITED, "x",
              WeekStatus.AT_RISK, "!",
              WeekStatus.UPCOMING, ".",
              WeekStatus.NOT_REQUIRED, "-"));

  private final PrintStream out;
  private VisitPlan lastPlan;

  private ManggaraiBarat2023(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optional: the folder for the JSON documents
   */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/manggarai-barat-2023");
    new ManggaraiBarat2023(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run(folder);
  }

  static void run(PrintStream out, Path folder) {
    new ManggaraiBarat2023(out).run(folder);
  }

  private void run(Path folder) {
    ProgrammePolicy policy = ProgrammePolicy.defaults();
    WorkCalendar calendar = ManggaraiBaratScenario.calendar();
    heading("IKM mentoring programme: Disdagrin Kabupaten Manggarai Barat, August 2023");
    out.println(
        "Source rules (policy): at most "
            + policy.maxIkmsPerMentor()
            + " IKMs per mentor in one sentra and one commodity; at least "
            + policy.minVisitsPerWeek()
            + " visit per IKM per week of at least "
            + policy.minVisitWorkingMinutes()
            + " working minutes, at the production site; "
            + policy.minDurationMonths()
            + "-"
            + policy.maxDurationMonths()
            + " months.");
    out.println("People, businesses, NIB, NIK and NIP in this example are fictional.");

    ProgrammeDuration duration = duration(policy);
    ProgrammeSnapshot snapshot = ManggaraiBaratScenario.snapshot(duration, policy);
    Programme programme = snapshot.programme();
    List<ProgrammeWeek> weeks = duration.weeks(calendar, policy);
    out.println(
        "Programme "
            + programme.id()
            + ": "
            + programme.startDate()
            + " to "
            + programme.endDate()
            + " ("
            + duration.months()
            + " months, "
            + weeks.size()
            + " ISO weeks, "
            + weeks.stream().filter(ProgrammeWeek::visitRequired).count()
            + " requiring visits), zone "
            + programme.zone()
            + " (WITA), civil-servant hours with the 2023 national holidays.");

    snapshot = assignMentors(snapshot);
    snapshot = planVisits(snapshot);
    snapshot = simulateLogbooks(snapshot);
    auditTrail(snapshot);
    ValidationReport report = validate(snapshot);
    ComplianceReport compliance = compliance(snapshot);
    writeDocuments(folder, snapshot, report, compliance);
  }

  /**
   * Every commodity needs a duration by its process; the programme runs for the longest one that
   * every commodity's range and the policy allow.
   */
  private ProgrammeDuration duration(ProgrammePolicy policy) {
    heading("0. Programme duration (lama pendampingan) by commodity and process");
    TextTable table = TextTable.of("Commodity", "Range", "Process", "Months", "End date");
    int months = policy.maxDurationMonths();
    int wanted = policy.minDurationMonths();
    for (Commodity commodity : ManggaraiBaratScenario.commodities()) {
      ProcessComplexity complexity = COMPLEXITY.get(commodity.id().value());
      ProgrammeDuration own =
          ProgrammeDurations.of(commodity, complexity, ManggaraiBaratScenario.START, policy);
      table.row(
          commodity.name(),
          commodity.minDurationMonths() + "-" + commodity.maxDurationMonths() + " months",
          complexity.name().toLowerCase(Locale.ROOT) + " (" + complexity.indonesianName() + ")",
          own.months(),
          own.endDate());
      months = Math.min(months, commodity.maxDurationMonths());
      wanted = Math.max(wanted, own.months());
    }
    out.print(table.render());
    int chosen = Math.min(months, wanted);
    out.println(
        "One programme serves all three sentra: it runs "
            + chosen
            + " months, the longest that every commodity's range allows.");
    return ProgrammeDuration.of(ManggaraiBaratScenario.START, chosen);
  }

  private ProgrammeSnapshot assignMentors(ProgrammeSnapshot snapshot) {
    heading("1. Mentor assignment (penugasan pendamping)");
    AssignmentPlan plan = MentorAssigner.standard().assign(AssignmentRequest.of(snapshot));
    TextTable table = TextTable.of("Mentor", "Sentra", "IKMs", "Travel from base", "Why");
    for (GroupAssignment group : plan.groups()) {
      table.row(
          group.mentor().map(Object::toString).orElse("-"),
          snapshot.sentra(group.sentra()).map(Sentra::name).orElse(group.sentra().value()),
          group.ikms().stream().map(IkmId::value).collect(Collectors.joining(", ")),
          group.travelMinutes().isPresent() ? group.travelMinutes().getAsLong() + " min" : "-",
          group.reason().message(Locale.ENGLISH));
    }
    out.print(table.render());
    explainAssignment(snapshot, plan);
    for (MentorShortage shortage : plan.shortages()) {
      out.println("MentorShortage: " + shortage.message(Locale.ENGLISH));
      out.println("Kekurangan: " + shortage.message(INDONESIAN));
    }
    out.println(
        "Total travel "
            + plan.totalTravelMinutes()
            + " min (one way, base to each site); idle mentors: "
            + (plan.idleMentors().isEmpty() ? "none" : plan.idleMentors()));
    return plan.applyTo(snapshot);
  }

  /**
   * Why: each mentor's travel to each group (one way from the base to every IKM, rounded up to
   * whole minutes, as the assigner counts it), and the total of every other assignment.
   */
  private void explainAssignment(ProgrammeSnapshot snapshot, AssignmentPlan plan) {
    List<GroupAssignment> groups = plan.groups();
    List<Mentor> mentors = snapshot.mentors();
    long[][] cost = new long[groups.size()][mentors.size()];
    List<String> header = new ArrayList<>(List.of("Travel (min)"));
    mentors.forEach(m -> header.add(m.id().value()));
    TextTable matrix = TextTable.of(header.toArray(new String[0]));
    for (int g = 0; g < groups.size(); g++) {
      List<Object> row = new ArrayList<>(List.of(groups.get(g).sentra().value()));
      for (int m = 0; m < mentors.size(); m++) {
        for (IkmId ikm : groups.get(g).ikms()) {
          cost[g][m] +=
              TravelModel.roads()
                  .travelTime(
                      mentors.get(m).base(), snapshot.ikm(ikm).orElseThrow().productionSite())
                  .toMinutes();
        }
        boolean chosen = groups.get(g).mentor().equals(Optional.of(mentors.get(m).id()));
        row.add(cost[g][m] + (chosen ? " *" : ""));
      }
      matrix.row(row.toArray());
    }
    out.print(matrix.render());
    List<Long> totals = new ArrayList<>();
    permute(new int[mentors.size()], 0, new boolean[mentors.size()], cost, totals);
    totals.sort(null);
    out.println(
        "* the Hungarian method's choice: "
            + totals.get(0)
            + " min in all; the other "
            + (totals.size() - 1)
            + " ways to give each sentra its own mentor cost "
            + totals.subList(1, totals.size()).stream()
                .distinct()
                .map(String::valueOf)
                .collect(Collectors.joining(", "))
            + " min.");
  }

  /** Adds the total travel of every one-to-one assignment of groups to mentors. */
  private static void permute(
      int[] chosen, int group, boolean[] used, long[][] cost, List<Long> totals) {
    if (group == cost.length) {
      long total = 0;
      for (int g = 0; g < cost.length; g++) {
        total += cost[g][chosen[g]];
      }
      totals.add(total);
      return;
    }
    for (int m = 0; m < used.length; m++) {
      if (!used[m]) {
        used[m] = true;
        chosen[group] = m;
        permute(chosen, group + 1, used, cost, totals);
        used[m] = false;
      }
    }
  }

  private ProgrammeSnapshot planVisits(ProgrammeSnapshot snapshot) {
    heading("2. Visit plan (rencana kunjungan) per mentor and week");
    VisitPlanner planner = VisitPlanner.standard();
    PlanningRequest request = PlanningRequest.of(snapshot);
    VisitPlan strict = planner.plan(request);
    out.println(
        "Under the strict rules "
            + strict.coveredIkmWeeks()
            + " of "
            + strict.requiredIkmWeeks()
            + " required IKM-weeks can be planned. Each shortfall is explained:");
    TextTable shortfalls = TextTable.of("Week", "Mentor", "IKM", "Reason", "Remedies offered");
    for (Shortfall shortfall : strict.shortfalls()) {
      shortfalls.row(
          shortfall.week(),
          shortfall.mentor().map(Object::toString).orElse("-"),
          shortfall.ikm(),
          shortfall.reason(),
          shortfall.remedies().stream()
              .map(r -> r.kind().name())
              .collect(Collectors.joining(", ")));
    }
    out.print(shortfalls.render());
    strict.shortfalls().stream()
        .filter(s -> s.week().equals(HOLIDAY_WEEK))
        .findFirst()
        .ifPresent(
            s -> {
              out.println("Example, " + HOLIDAY_WEEK + " (Thursday 17 August 2023 is a holiday):");
              out.println("  id: " + s.message(INDONESIAN));
              out.println("  en: " + s.message(Locale.ENGLISH));
              for (Remedy remedy : s.remedies()) {
                out.println("  remedy: " + remedy.message(Locale.ENGLISH));
              }
            });

    // The agency accepts the remedy the policy allows: a Saturday visit where one is offered,
    // else a longer working day; the calendar records each accepted day.
    WorkCalendar.Builder calendar = snapshot.calendar().toBuilder();
    Map<String, Remedy> accepted = new TreeMap<>();
    for (Shortfall shortfall : strict.shortfalls()) {
      shortfall.remedies().stream()
          .filter(r -> r.extraWorkingDay().isPresent())
          .min(Comparator.comparing(Remedy::kind))
          .ifPresent(r -> accepted.putIfAbsent(r.mentor() + "/" + r.week(), r));
    }
    PlanningRequest remedied = request;
    for (Remedy remedy : accepted.values()) {
      remedied = remedied.withRemedy(remedy);
      calendar.addExtraWorkingDay(remedy.extraWorkingDay().orElseThrow());
      out.println("Accepted: " + remedy.message(Locale.ENGLISH));
    }
    VisitPlan plan = planner.plan(remedied);
    out.println(
        "With the remedies "
            + plan.coveredIkmWeeks()
            + " of "
            + plan.requiredIkmWeeks()
            + " IKM-weeks are planned; "
            + plan.shortfalls().size()
            + " remain short.");
    for (Shortfall shortfall : plan.shortfalls()) {
      out.println("  " + shortfall.message(Locale.ENGLISH));
    }
    out.println(
        "Each day starts at the mentor's base and, as the policy asks by default, ends back there"
            + " by the end of the working day; \"> base\" gives the return leg's arrival.");
    for (Mentor mentor : snapshot.mentors()) {
      out.println();
      out.println("Mentor " + mentor.id() + " " + mentor.name());
      TextTable table = TextTable.of("Week", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");
      Map<IsoWeek, Map<DayOfWeek, String>> cells = new TreeMap<>();
      Map<LocalDate, Visit> lastOfDay = new TreeMap<>();
      for (Visit visit : plan.visits()) {
        if (visit.mentor().equals(mentor.id())) {
          cells
              .computeIfAbsent(visit.week(), w -> new TreeMap<>())
              .merge(
                  visit.date().getDayOfWeek(),
                  visit.ikm() + " " + visit.start() + "-" + visit.end(),
                  (a, b) -> a + " + " + b);
          lastOfDay.merge(visit.date(), visit, (a, b) -> b.end().isAfter(a.end()) ? b : a);
        }
      }
      if (snapshot.programme().policy().returnToBase()) {
        for (Visit last : lastOfDay.values()) {
          GeoPoint site = snapshot.ikm(last.ikm()).orElseThrow().productionSite();
          Duration leg = request.travelModel().travelTime(site, mentor.base());
          LocalTime home = last.end().plusMinutes((leg.toSeconds() + 59) / 60);
          cells
              .get(last.week())
              .merge(last.date().getDayOfWeek(), "", (a, b) -> a + " > base " + home);
        }
      }
      cells.forEach(
          (week, days) -> {
            List<Object> row = new ArrayList<>();
            row.add(week);
            for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
              row.add(
                  days.getOrDefault(
                      day,
                      snapshot.calendar().holiday(week.day(day)).isPresent() ? "(libur)" : ""));
            }
            table.row(row.toArray());
          });
      out.print(table.render());
    }
    lastPlan = plan;
    return ProgrammeSnapshot.builder()
        .from(plan.applyTo(snapshot))
        .calendar(calendar.build())
        .build();
  }

  /**
   * Simulates the programme up to {@link #AS_OF}: planned visits before it were held, with three
   * realistic faults, and each IKM's logbook records them.
   */
  private ProgrammeSnapshot simulateLogbooks(ProgrammeSnapshot snapshot) {
    heading("3. Logbook (logbook pembinaan) per IKM, simulated up to " + AS_OF);
    out.println("Faults: IKM-07's visit in 2023-W36 lasts three hours; IKM-12 is not visited in");
    out.println("2023-W41 (visit missed); IKM-03's plan is recorded after its first mentoring.");
    List<Visit> visits = new ArrayList<>();
    for (Visit visit : snapshot.visits()) {
      if (!visit.date().isBefore(AS_OF)) {
        visits.add(visit);
        continue;
      }
      Visit.Builder held =
          Visit.builder()
              .from(visit)
              .status(VisitStatus.COMPLETED)
              .location(snapshot.ikm(visit.ikm()).orElseThrow().productionSite());
      if (visit.ikm().value().equals("IKM-07") && visit.week().equals(IsoWeek.parse("2023-W36"))) {
        held.end(visit.start().plusHours(3)).notes("Pulang lebih awal: hujan deras");
      }
      if (visit.ikm().value().equals("IKM-12") && visit.week().equals(IsoWeek.parse("2023-W41"))) {
        held.status(VisitStatus.MISSED).notes("Pelaku IKM ke luar kota").location(Optional.empty());
      }
      visits.add(held.build());
    }
    List<LogbookEntry> entries = new ArrayList<>();
    TextTable table =
        TextTable.of(
            "IKM", "Stages", "Turnover/month before -> after", "Workers", "Certifications");
    for (Ikm ikm : snapshot.ikms()) {
      List<Visit> held =
          visits.stream()
              .filter(v -> v.ikm().equals(ikm.id()) && v.status() == VisitStatus.COMPLETED)
              .sorted(Comparator.comparing(Visit::date))
              .collect(Collectors.toList());
      int n = held.size();
      int index = Integer.parseInt(ikm.id().value().substring(4));
      Indicators before = indicators(ikm, index, false);
      Indicators after = indicators(ikm, index, true);
      StringBuilder stages = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Stage stage =
            i == 0
                ? Stage.DIAGNOSIS
                : i == 1 ? Stage.PLAN : i == n - 1 ? Stage.EVALUATION : Stage.MENTORING;
        if (ikm.id().value().equals("IKM-03") && i <= 2 && i >= 1) {
          stage = i == 1 ? Stage.MENTORING : Stage.PLAN;
        }
        Visit visit = held.get(i);
        LogbookEntry.Builder entry =
            LogbookEntry.builder()
                .id(LogbookEntryId.of(String.format(Locale.ROOT, "LB-%s-%02d", ikm.id(), i + 1)))
                .ikm(ikm.id())
                .stage(stage)
                .date(visit.date())
                .author(visit.mentor())
                .visit(visit.id())
                .recordedAt(
                    visit
                        .date()
                        .atTime(visit.end())
                        .plusMinutes(30)
                        .atZone(snapshot.programme().zone())
                        .toInstant())
                .recordedBy(visit.mentor().value().toLowerCase(Locale.ROOT))
                .findings(FINDINGS.get(stage))
                .actions(ACTIONS.get(stage));
        if (stage == Stage.DIAGNOSIS) {
          entry.indicators(before);
        } else if (stage == Stage.EVALUATION) {
          entry.indicators(after);
        }
        entries.add(entry.build());
        stages.append(stage.name().charAt(0));
      }
      table.row(
          ikm.id(),
          stages,
          rupiah(before.monthlyTurnoverRupiah().orElse(0))
              + " -> "
              + rupiah(after.monthlyTurnoverRupiah().orElse(0)),
          before.workers().orElse(0) + " -> " + after.workers().orElse(0),
          after.certifications().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    out.print(table.render());
    out.println(
        "Stages: D diagnosis usaha, P penyusunan rencana, M proses pendampingan, "
            + "E evaluasi hasil.");
    // Every entry goes through the SDK's one mutation path, which seals it into its IKM's chain.
    ProgrammeSnapshot recorded =
        ProgrammeSnapshot.builder().from(snapshot).visits(visits).logbookEntries(List.of()).build();
    for (LogbookEntry entry : entries) {
      recorded = Change.addLogbookEntry(entry).applyTo(recorded);
    }
    return recorded;
  }

  /**
   * The logbook as an audit trail: the Dinas keeps each logbook's last hash on its monthly report;
   * an auditor later finds an entry changed, one removed, two swapped and a logbook cut short.
   */
  private void auditTrail(ProgrammeSnapshot snapshot) {
    heading("3a. Audit trail (jejak audit logbook): hash chain and tampering caught");
    Logbook ikm01 = snapshot.logbook(IkmId.of("IKM-01"));
    HashCode kept = LogbookChain.head(ikm01);
    out.println(
        "IKM-01's logbook holds "
            + ikm01.entries().size()
            + " chained entries; the monthly report prints its last hash "
            + kept);
    out.println(
        "Untouched logbooks verify: "
            + snapshot.programme().participants().stream()
                .allMatch(i -> LogbookAudit.verify(snapshot.logbook(i)).isEmpty()));
    List<LogbookEntry> chain = new ArrayList<>(ikm01.entries());
    LogbookEntry diagnosis = chain.get(0);
    List<LogbookEntry> changed = new ArrayList<>(chain);
    changed.set(
        0,
        LogbookEntry.builder()
            .from(diagnosis)
            .indicators(
                Indicators.builder()
                    .from(diagnosis.indicators().orElseThrow())
                    .monthlyTurnoverRupiah(1_000_000)
                    .build())
            .build());
    List<LogbookEntry> removed = new ArrayList<>(chain);
    removed.remove(3);
    List<LogbookEntry> swapped = new ArrayList<>(chain);
    Collections.swap(swapped, 2, 4);
    List<LogbookEntry> cut = chain.subList(0, chain.size() - 2);
    Map<String, List<Violation>> cases = new LinkedHashMap<>();
    cases.put(
        "diagnosis turnover lowered after the evaluation",
        LogbookAudit.verify(Logbook.of(ikm01.ikm(), changed), kept));
    cases.put(
        "a mentoring entry deleted", LogbookAudit.verify(Logbook.of(ikm01.ikm(), removed), kept));
    cases.put("two entries swapped", LogbookAudit.verify(Logbook.of(ikm01.ikm(), swapped), kept));
    cases.put(
        "the last two entries cut off", LogbookAudit.verify(Logbook.of(ikm01.ikm(), cut), kept));
    for (Map.Entry<String, List<Violation>> c : cases.entrySet()) {
      out.println("Tampered copy, " + c.getKey() + ": " + c.getValue().size() + " found");
      for (Violation v : c.getValue()) {
        out.println("  " + v.code() + " " + v.message(Locale.ENGLISH));
        out.println("  " + v.code() + " " + v.message(INDONESIAN));
      }
    }
  }

  private ValidationReport validate(ProgrammeSnapshot snapshot) {
    heading("4. Validation (pemeriksaan aturan) as of " + AS_OF);
    ValidationReport report = Validator.standard().asOf(AS_OF).validate(snapshot);
    out.println(
        "Status "
            + report.status()
            + ": "
            + report.errors().size()
            + " errors, "
            + report.warnings().size()
            + " warnings, "
            + report.distinctSubjects().size()
            + " distinct subjects.");
    for (Violation violation : report.violations()) {
      out.println(violation.code() + " " + violation.severity() + " " + violation.subjects());
      out.println("  id: " + violation.message(INDONESIAN));
      out.println("  en: " + violation.message(Locale.ENGLISH));
    }
    return report;
  }

  private ComplianceReport compliance(ProgrammeSnapshot snapshot) {
    Clock clock =
        Clock.fixed(
            AS_OF.atTime(9, 0).atZone(snapshot.programme().zone()).toInstant(),
            snapshot.programme().zone());
    ComplianceReport report = Compliance.of(snapshot, clock);
    heading("5. Compliance (kepatuhan kunjungan) as of " + report.asOf());
    List<IsoWeek> weeks =
        report.rows().stream()
            .map(r -> r.week().week())
            .distinct()
            .sorted()
            .collect(Collectors.toList());
    List<String> header = new ArrayList<>();
    header.add("IKM");
    weeks.forEach(w -> header.add("W" + w.week()));
    TextTable table = TextTable.of(header.toArray(new String[0]));
    for (Ikm ikm : snapshot.ikms()) {
      List<Object> row = new ArrayList<>();
      row.add(ikm.id());
      for (IsoWeek week : weeks) {
        row.add(report.row(ikm.id(), week).map(r -> SYMBOLS.get(r.status())).orElse(" "));
      }
      table.row(row.toArray());
    }
    out.print(table.render());
    out.println(
        "Legend: + met, s visit too short, x not visited, ! at risk (this week), "
            + ". upcoming, - not required.");
    for (IkmWeekCompliance row : report.rows()) {
      if (row.status() == WeekStatus.AT_RISK && row.ikm().value().equals("IKM-01")) {
        out.println(
            "This week each IKM not yet visited is at risk; working days left: "
                + row.workingDaysLeft());
      }
    }
    TextTable totals =
        TextTable.of("Mentor", "Weeks met", "Visits", "Working hours", "IKMs evaluated");
    report
        .mentors()
        .forEach(
            (mentor, t) ->
                totals.row(
                    mentor,
                    t.metWeeks(),
                    t.completedVisits(),
                    hours(t.workingMinutes()),
                    t.evaluated()));
    ComplianceTotals all = report.total();
    totals.row(
        "programme",
        all.metWeeks(),
        all.completedVisits(),
        hours(all.workingMinutes()),
        all.evaluated());
    out.print(totals.render());
    out.println(
        "Overdue IKM-weeks: "
            + report.overdue().size()
            + " ("
            + report.overdue().stream()
                .map(r -> r.ikm() + " " + r.week().week())
                .collect(Collectors.joining(", "))
            + ")");
    return report;
  }

  private void writeDocuments(
      Path folder,
      ProgrammeSnapshot snapshot,
      ValidationReport report,
      ComplianceReport compliance) {
    heading("6. JSON documents (kontrak JSON)");
    out.println("Folder: " + folder);
    IkmJson json = IkmJson.defaults();
    Documents documents = new Documents(folder, json);
    documents.write("programme-snapshot.json", ProgrammeDocument.of(snapshot));
    documents.write(
        "visit-log.json", VisitLogDocument.of(snapshot.programme().id(), snapshot.visits()));
    documents.write("visit-plan.json", VisitPlanDocument.of(lastPlan));
    documents.write("validation-report.json", ValidationReportDocument.of(report));
    documents.write("compliance-report.json", ComplianceReportDocument.of(compliance));
    TextTable table = TextTable.of("File", "Kind", "Bytes", "Schema", "Read back");
    documents.results().forEach(r -> table.row(r.toArray()));
    out.print(table.render());
    out.println(
        "NIK is left out (personalData: omitted) unless the writer is built with "
            + "includePersonalData(true).");

    // A front end sends a broken visit log: every problem is reported, not just the first.
    String broken =
        "{\"schemaVersion\": 1, \"kind\": \"visit-log\", \"programme\": \"PRG-MABAR-2023\",\n"
            + " \"visits\": [{\"id\": \"V-1\", \"mentor\": \"PDP-01\", \"ikm\": \"IKM-06\",\n"
            + "   \"date\": \"2023-08-32\", \"start\": \"07:45\", \"end\": \"7 pagi\","
            + " \"colour\": \"red\"}]}";
    try {
      json.read(broken, VisitLogDocument.class);
    } catch (JsonReadException e) {
      out.println("Reading a broken visit log gives " + e.problems().size() + " problems:");
      for (JsonProblem problem : e.problems()) {
        out.println("  " + problem.code() + " at " + problem.location());
        out.println("    en: " + problem.englishMessage());
        out.println("    id: " + problem.indonesianMessage());
      }
    }
  }

  private static String hours(long minutes) {
    return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }

  private static String rupiah(long value) {
    return "Rp " + String.format(Locale.ROOT, "%,d", value).replace(',', '.');
  }

  private static Indicators indicators(Ikm ikm, int index, boolean after) {
    long turnover = 2_500_000L + 250_000L * index;
    int workers = 2 + index % 4;
    Indicators.Builder builder =
        Indicators.builder()
            .monthlyTurnoverRupiah(after ? turnover * 6 / 5 : turnover)
            .workers(after ? workers + 1 : workers)
            .products(after ? 3 : 2)
            .productionCapacity(
                ProductionCapacity.of(
                    after ? 30 + index : 20 + index,
                    ikm.commodity().equals(ManggaraiBaratScenario.TENUN)
                        ? "lembar per bulan"
                        : "kg per bulan"));
    if (after) {
      builder.addCertifications(
          ikm.commodity().equals(ManggaraiBaratScenario.TENUN)
              ? Certification.TRADEMARK
              : Certification.PIRT);
    }
    return builder.build();
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }
}
