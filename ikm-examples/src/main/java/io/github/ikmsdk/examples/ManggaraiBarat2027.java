package io.github.ikmsdk.examples;

import io.github.ikmsdk.core.calendar.Holiday;
import io.github.ikmsdk.core.calendar.HolidayKind;
import io.github.ikmsdk.core.calendar.HolidayUpdate;
import io.github.ikmsdk.core.calendar.Holidays;
import io.github.ikmsdk.core.calendar.SpecialHours;
import io.github.ikmsdk.core.calendar.WeeklySchedule;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.planning.assignment.AssignmentRequest;
import io.github.ikmsdk.core.planning.assignment.MentorAssigner;
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
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import io.github.ikmsdk.json.document.ProgrammeOutlookDocument;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The second example: in December 2026 the Disdagrin of Kabupaten Manggarai Barat plans its 2027
 * programme for the same three sentra: when each commodity's mentoring should start, when the whole
 * programme should start, how many mentors it needs, and the visit plan for the chosen start, with
 * the weeks that 2027's holidays make hard.
 *
 * <p>Run it with the README's extra command. It prints readable tables and writes the programme
 * outlook and programme snapshot documents to a folder (the first argument, default {@code
 * target/manggarai-barat-2027}). Its output is deterministic.
 */
public final class ManggaraiBarat2027 {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** The year being planned. */
  static final int YEAR = 2027;

  /**
   * Ramadan 1448 H, estimated: the Dinas supplies the reduced hours (32.5 hours a week) from the
   * day after the expected start of the fast to the eve of Idul Fitri (10 March 2027).
   */
  static final SpecialHours RAMADAN =
      SpecialHours.of(
          LocalDate.of(2027, 2, 8),
          LocalDate.of(2027, 3, 9),
          WeeklySchedule.civilServantRamadan(),
          "Ramadan 1448 H (perkiraan)");

  /** The Monday of 2027 in the ISO week the 2023 programme started (2023-W33). */
  static final LocalDate SAME_WEEK_2027 = LocalDate.of(2027, 8, 16);

  private final PrintStream out;

  private ManggaraiBarat2027(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optional: the folder for the JSON documents
   */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/manggarai-barat-2027");
    new ManggaraiBarat2027(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run(folder);
  }

  static void run(PrintStream out, Path folder) {
    new ManggaraiBarat2027(out).run(folder);
  }

  private void run(Path folder) {
    ProgrammePolicy policy = ProgrammePolicy.defaults();
    heading("IKM mentoring programme 2027: Disdagrin Kabupaten Manggarai Barat plans ahead");
    out.println(
        "Planned in December 2026 for the three sentra of 2023 (15 IKMs, 3 mentors). People and"
            + " businesses are fictional.");
    WorkCalendar calendar = calendar();
    ProgrammeSnapshot template = template(calendar, policy);

    rankCommodities(template);
    StartDateRanking ranking = rankProgramme(template);
    StartOption chosen = ranking.best();
    ProgrammeSnapshot snapshot = withPeriod(template, chosen.start(), chosen.end());
    CapacityReport capacity = mentorsNeeded(snapshot);
    plan(snapshot, chosen);
    whatIfCancelled(template, lebaranStart(ranking));
    writeDocuments(folder, template, snapshot, capacity);
  }

  /** The 2027 working calendar: bundled holidays, civil-servant hours, Ramadan hours supplied. */
  private WorkCalendar calendar() {
    heading("0. The 2027 calendar (kalender kerja 2027)");
    out.println(
        "Bundled holidays cover "
            + Holidays.coveredYears()
            + "; 2027 has "
            + Holidays.indonesia(YEAR).size()
            + " days (SKB 3 Menteri, published September 2026). The Idul Fitri (10-11 March) and"
            + " Idul Adha (17 May) dates are estimates: a changed decree is loaded with"
            + " HolidayUpdate, no new SDK release needed.");
    TextTable table = TextTable.of("Date", "Day", "Kind", "Name");
    for (Holiday h : Holidays.indonesia(YEAR)) {
      DayOfWeek day = h.date().getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        table.row(
            h.date(),
            day.getDisplayName(TextStyle.SHORT, INDONESIAN),
            h.kind().indonesianName(),
            h.name());
      }
    }
    out.println("Days off on working days (hari libur pada hari kerja):");
    out.print(table.render());
    out.println(
        "Ramadan hours supplied by the Dinas: "
            + RAMADAN.name()
            + ", "
            + RAMADAN.firstDay()
            + " to "
            + RAMADAN.lastDay()
            + " (32.5 hours a week).");
    return ManggaraiBaratScenario.calendar().toBuilder().addSpecialHours(RAMADAN).build();
  }

  /** The scenario's programme, renamed for 2027, with the standard mentor assignment. */
  private static ProgrammeSnapshot template(WorkCalendar calendar, ProgrammePolicy policy) {
    ProgrammeSnapshot base =
        ManggaraiBaratScenario.snapshot(
            ProgrammeDuration.of(LocalDate.of(YEAR, 1, 4), policy.minDurationMonths()), policy);
    Programme programme =
        Programme.builder()
            .from(base.programme())
            .id(ProgrammeId.of("PRG-MABAR-2027"))
            .name("Pendampingan IKM Kecamatan Komodo 2027")
            .build();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder().from(base).programme(programme).calendar(calendar).build();
    return snapshot.withAssignments(
        MentorAssigner.standard().assign(AssignmentRequest.of(snapshot)).assignments());
  }

  /** Every Monday of 2027 whose programme of that length ends inside the bundled years. */
  private static SortedSet<LocalDate> mondays(int months) {
    LocalDate last = Holidays.coveredDates().upperEndpoint();
    return StartDateRequest.weekdays(YEAR, DayOfWeek.MONDAY).stream()
        .filter(d -> !ProgrammeDuration.endDate(d, months).isAfter(last))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private void rankCommodities(ProgrammeSnapshot template) {
    heading("1. Best start dates by commodity (every Monday of 2027, each length of its range)");
    out.println(
        "Ranked by the IKM-weeks the strict rules cannot cover (fewest first), then covered; a"
            + " start counts only if its programme ends by 31 December 2027, the end of the"
            + " bundled holidays.");
    TextTable table =
        TextTable.of("Commodity", "Months", "Rank", "Start", "End", "Covered", "Hard weeks");
    for (Commodity commodity : template.commodities()) {
      for (int months = commodity.minDurationMonths();
          months <= commodity.maxDurationMonths();
          months++) {
        StartDateRanking ranking =
            StartDateRanker.rank(
                StartDateRequest.builder(PlanningRequest.of(template))
                    .months(months)
                    .commodity(commodity.id())
                    .starts(mondays(months))
                    .build());
        for (StartOption o : ranking.options().subList(0, 3)) {
          table.row(
              o.rank() == 1 ? commodity.id() : "",
              o.rank() == 1 ? months : "",
              o.rank(),
              o.start(),
              o.end(),
              o.coveredIkmWeeks() + "/" + o.requiredIkmWeeks(),
              weeks(o));
        }
        StartOption worst = ranking.options().get(ranking.options().size() - 1);
        table.row(
            "",
            "",
            "worst",
            worst.start(),
            worst.end(),
            worst.coveredIkmWeeks() + "/" + worst.requiredIkmWeeks(),
            weeks(worst));
      }
    }
    out.print(table.render());
  }

  private static String weeks(StartOption o) {
    return o.hardWeeks().isEmpty()
        ? "none"
        : o.hardWeeks().stream()
            .map(w -> w.week().toString().substring(5) + (w.lebaran() ? " (Lebaran)" : ""))
            .collect(Collectors.joining(", "));
  }

  /** One programme serves all three sentra; its length is the longest every range allows. */
  private StartDateRanking rankProgramme(ProgrammeSnapshot template) {
    int months =
        template.commodities().stream().mapToInt(Commodity::maxDurationMonths).min().orElseThrow();
    heading("2. The programme's start (" + months + " months, all 15 IKMs, 3 mentors)");
    StartDateRanking ranking =
        StartDateRanker.rank(
            StartDateRequest.builder(PlanningRequest.of(template))
                .months(months)
                .starts(mondays(months))
                .build());
    TextTable table = TextTable.of("Rank", "Start", "End", "Weeks", "Covered", "Hard weeks");
    for (StartOption o : ranking.options().subList(0, 5)) {
      table.row(
          o.rank(),
          o.start(),
          o.end(),
          o.weeks(),
          o.coveredIkmWeeks() + "/" + o.requiredIkmWeeks(),
          weeks(o));
    }
    out.print(table.render());
    StartOption chosen = ranking.best();
    out.println(
        "Of "
            + ranking.options().size()
            + " Mondays, the Dinas takes the best: "
            + chosen.message(Locale.ENGLISH));
    out.println(chosen.message(INDONESIAN));
    StartOption lebaran = lebaranStart(ranking);
    out.println(
        "The best start whose programme meets Lebaran ranks "
            + lebaran.rank()
            + ": "
            + lebaran.message(Locale.ENGLISH));
    return ranking;
  }

  /** The best start whose programme has a hard Lebaran week. */
  private static StartOption lebaranStart(StartDateRanking ranking) {
    return ranking.options().stream()
        .filter(o -> o.hardWeeks().stream().anyMatch(HardWeek::lebaran))
        .findFirst()
        .orElseThrow();
  }

  private static ProgrammeSnapshot withPeriod(
      ProgrammeSnapshot template, LocalDate start, LocalDate end) {
    Programme programme =
        Programme.builder().from(template.programme()).startDate(start).endDate(end).build();
    return ProgrammeSnapshot.builder().from(template).programme(programme).build();
  }

  private CapacityReport mentorsNeeded(ProgrammeSnapshot snapshot) {
    heading("3. Mentors needed (kebutuhan pendamping) under the strict rules");
    CapacityReport report = MentorCapacity.of(PlanningRequest.of(snapshot));
    capacityTable(report);
    for (SentraCapacity s : report.sentra()) {
      out.println(s.message(Locale.ENGLISH));
      out.println(s.message(INDONESIAN));
    }
    out.println("With the " + report.assignedMentors() + " mentors the Dinas has:");
    for (SentraAllocation a : report.allocate(report.assignedMentors())) {
      out.println("  " + a.message(Locale.ENGLISH));
    }

    int months =
        ProgrammeDuration.monthsBetween(
            snapshot.programme().startDate(), snapshot.programme().endDate());
    LocalDate start2023 = ManggaraiBaratScenario.START;
    ProgrammeSnapshot seed2023 =
        ProgrammeSnapshot.builder()
            .from(withPeriod(snapshot, start2023, ProgrammeDuration.endDate(start2023, months)))
            .calendar(ManggaraiBaratScenario.calendar())
            .build();
    CapacityReport before = MentorCapacity.of(PlanningRequest.of(seed2023));
    out.println(
        "Compared with the seed (3 mentors for 15 IKMs, from 14 August 2023, same length):");
    capacityTable(before);
    out.println(
        "Under the strict rules the seed's programme of 2023 needs "
            + before.mentorsNeeded().orElse(0)
            + " mentors and the 2027 programme "
            + report.mentorsNeeded().orElse(0)
            + ": a required week with fewer than five working days lets one mentor visit fewer than"
            + " five IKMs, so the seed's 3 mentors keep every week only with remedies. What 2027"
            + " changes is which weeks are hard:");
    for (ProgrammeSnapshot s :
        List.of(
            seed2023,
            withPeriod(snapshot, SAME_WEEK_2027, ProgrammeDuration.endDate(SAME_WEEK_2027, months)),
            snapshot)) {
      StartOption o =
          StartDateRanker.rank(
                  StartDateRequest.builder(PlanningRequest.of(s))
                      .months(months)
                      .starts(List.of(s.programme().startDate()))
                      .build())
              .best();
      out.println(
          "  from "
              + o.start()
              + ": "
              + o.hardWeeks().stream()
                  .map(
                      w ->
                          w.week()
                              + " ("
                              + (w.holidays().isEmpty()
                                  ? w.workingDays() + " working days in the period"
                                  : w.holidays().stream()
                                      .map(Holiday::name)
                                      .collect(Collectors.joining(", ")))
                              + ")")
                  .collect(Collectors.joining("; ")));
    }
    return report;
  }

  private void capacityTable(CapacityReport report) {
    TextTable table =
        TextTable.of(
            "Sentra", "IKMs", "Hardest week", "One mentor covers", "Needed", "Proven", "Assigned");
    for (SentraCapacity s : report.sentra()) {
      table.row(
          s.sentra(),
          s.ikms(),
          s.hardestWeek().map(Object::toString).orElse("-"),
          s.hardestWeekCapacity(),
          s.mentorsNeeded().isPresent() ? s.mentorsNeeded().getAsInt() : "none",
          s.minimumProven() ? "yes" : "no",
          s.assignedMentors());
    }
    out.print(table.render());
  }

  private void plan(ProgrammeSnapshot snapshot, StartOption chosen) {
    heading("4. The visit plan for " + chosen.start() + " with the 3 mentors");
    VisitPlan plan = VisitPlanner.standard().plan(PlanningRequest.of(snapshot));
    out.println(
        "Planned visits: "
            + plan.plannedVisits().size()
            + "; IKM-weeks covered "
            + plan.coveredIkmWeeks()
            + " of "
            + plan.requiredIkmWeeks()
            + " (the ranking said "
            + chosen.coveredIkmWeeks()
            + " of "
            + chosen.requiredIkmWeeks()
            + ").");
    out.println("The weeks 2027's holidays make hard (minggu sulit):");
    for (HardWeek w : chosen.hardWeeks()) {
      out.println("- " + w.message(Locale.ENGLISH));
      out.println("  " + w.message(INDONESIAN));
      if (!w.remedies().isEmpty()) {
        Remedy first = w.remedies().get(0);
        out.println("  e.g. " + first.message(Locale.ENGLISH));
      }
    }
  }

  /**
   * A decree change loaded without a new SDK release: what if the last cuti bersama of Idul Fitri
   * (Monday 15 March 2027) were cancelled, for a programme that meets Lebaran.
   */
  private void whatIfCancelled(ProgrammeSnapshot template, StartOption lebaran) {
    heading("5. A changed decree (HolidayUpdate), for example a cancelled cuti bersama");
    HardWeek week =
        lebaran.hardWeeks().stream().filter(HardWeek::lebaran).findFirst().orElseThrow();
    Holiday cuti =
        week.holidays().stream()
            .filter(h -> h.kind() == HolidayKind.CUTI_BERSAMA)
            .findFirst()
            .orElseThrow();
    String csv =
        "date,category,name\n"
            + "# Example only: no amendment of the 2027 decree is known.\n"
            + cuti.date()
            + ",REMOVED,\"Contoh: "
            + cuti.name()
            + " dibatalkan\"\n";
    out.print(csv);
    HolidayUpdate update = HolidayUpdate.parseCsv(csv);
    ProgrammeSnapshot changed =
        ProgrammeSnapshot.builder()
            .from(template)
            .calendar(update.applyTo(template.calendar()))
            .build();
    StartOption again =
        StartDateRanker.rank(
                StartDateRequest.builder(PlanningRequest.of(changed))
                    .months(lebaran.months())
                    .starts(List.of(lebaran.start()))
                    .build())
            .best();
    out.println("Before: " + week.message(Locale.ENGLISH));
    out.println(
        "After: "
            + again.hardWeeks().stream()
                .filter(w -> w.week().equals(week.week()))
                .map(w -> w.message(Locale.ENGLISH))
                .findFirst()
                .orElse("week " + week.week() + " is no longer hard."));
    out.println(
        "The start "
            + lebaran.start()
            + " would cover "
            + again.coveredIkmWeeks()
            + " of "
            + again.requiredIkmWeeks()
            + " IKM-weeks instead of "
            + lebaran.coveredIkmWeeks()
            + " of "
            + lebaran.requiredIkmWeeks()
            + ".");
  }

  private void writeDocuments(
      Path folder,
      ProgrammeSnapshot template,
      ProgrammeSnapshot snapshot,
      CapacityReport capacity) {
    heading("6. JSON documents (validated against their schemas)");
    int months =
        ProgrammeDuration.monthsBetween(
            snapshot.programme().startDate(), snapshot.programme().endDate());
    ProgrammeOutlookDocument outlook =
        ProgrammeOutlookDocument.builder()
            .addRanking(
                StartDateRanker.rank(
                    StartDateRequest.builder(PlanningRequest.of(template))
                        .months(months)
                        .starts(mondays(months).headSet(LocalDate.of(YEAR, 2, 1)))
                        .build()))
            .capacity(capacity)
            .mentorsAvailable(capacity.assignedMentors())
            .build();
    Documents documents = new Documents(folder, IkmJson.defaults());
    documents.write("programme-outlook.json", outlook);
    documents.write(
        "programme-snapshot.json",
        ProgrammeDocument.of(snapshot).withHolidayUpdate(HolidayUpdate.empty()));
    TextTable table = TextTable.of("File", "Kind", "Bytes", "Schema", "Read back");
    documents.results().forEach(r -> table.row(r.toArray()));
    out.print(table.render());
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }
}
