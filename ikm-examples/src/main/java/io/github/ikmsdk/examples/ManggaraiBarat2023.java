package io.github.ikmsdk.examples;

import io.github.ikmsdk.core.calendar.ProgrammeWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.ProgrammeId;
import io.github.ikmsdk.core.planning.AssignmentPlan;
import io.github.ikmsdk.core.planning.AssignmentRequest;
import io.github.ikmsdk.core.planning.GroupAssignment;
import io.github.ikmsdk.core.planning.MentorAssigner;
import io.github.ikmsdk.core.planning.ProcessComplexity;
import io.github.ikmsdk.core.planning.ProgrammeDuration;
import io.github.ikmsdk.core.planning.ProgrammeDurations;
import io.github.ikmsdk.core.planning.Shortage;
import io.github.ikmsdk.core.programme.Commodity;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main example: the mentoring programme of Disdagrin Kabupaten Manggarai Barat after the
 * socialisation of 8-9 August 2023, from mentor assignment to the compliance report.
 *
 * <p>Run it with {@code mvn -B -q -pl ikm-examples -am package -DskipTests exec:java}. It prints
 * readable tables and writes the JSON documents to a folder (the first argument, default
 * {@code target/manggarai-barat-2023}). Its output is deterministic.
 */
public final class ManggaraiBarat2023 {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** How complex each commodity's industrial process is (proses industri). */
  private static final Map<String, ProcessComplexity> COMPLEXITY =
      Map.of(
          ManggaraiBaratScenario.TENUN.value(), ProcessComplexity.MODERATE,
          ManggaraiBaratScenario.KOPI.value(), ProcessComplexity.SIMPLE,
          ManggaraiBaratScenario.IKAN.value(), ProcessComplexity.MODERATE);

  private final PrintStream out;

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
    Programme programme =
        Programme.builder()
            .id(ProgrammeId.of("PRG-MABAR-2023"))
            .agency(ManggaraiBaratScenario.agency().id())
            .name("Pendampingan IKM Kecamatan Komodo 2023")
            .startDate(duration.startDate())
            .endDate(duration.endDate())
            .zone(ManggaraiBaratScenario.ZONE)
            .policy(policy)
            .addAllSentra(
                ManggaraiBaratScenario.sentra().stream()
                    .map(Sentra::id)
                    .collect(Collectors.toList()))
            .addAllParticipants(
                ManggaraiBaratScenario.ikms().stream().map(Ikm::id).collect(Collectors.toList()))
            .build();
    ProgrammeSnapshot snapshot =
        ProgrammeSnapshot.builder()
            .programme(programme)
            .agency(ManggaraiBaratScenario.agency())
            .calendar(calendar)
            .addAllCommodities(ManggaraiBaratScenario.commodities())
            .addAllSentra(ManggaraiBaratScenario.sentra())
            .addAllMentors(ManggaraiBaratScenario.mentors())
            .addAllIkms(ManggaraiBaratScenario.ikms())
            .build();
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

    assignMentors(snapshot).toString();
  }

  /**
   * Every commodity needs a duration by its process; the programme runs for the longest one
   * that every commodity's range and the policy allow.
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
    AssignmentPlan plan =
        MentorAssigner.standard().assign(AssignmentRequest.forSnapshot(snapshot).build());
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
    for (Shortage shortage : plan.shortages()) {
      out.println("Shortage: " + shortage.message(Locale.ENGLISH));
      out.println("Kekurangan: " + shortage.message(INDONESIAN));
    }
    out.println(
        "Total travel "
            + plan.totalTravelMinutes()
            + " min (one way, base to each site); idle mentors: "
            + (plan.idleMentors().isEmpty() ? "none" : plan.idleMentors()));
    return snapshot.withAssignments(plan.assignments());
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }
}
