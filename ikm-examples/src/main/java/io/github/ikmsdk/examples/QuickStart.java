package io.github.ikmsdk.examples;

import io.github.ikmsdk.core.calendar.IndonesianTimeZone;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlan;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.json.IkmJson;
import io.github.ikmsdk.json.document.ProgrammeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The quick start of the README. The README shows the code between the {@code quick-start} markers
 * verbatim, and a test checks that both agree and that this program prints what the README says, so
 * the README cannot drift from the API.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   * @throws IOException if the bundled programme cannot be read
   */
  public static void main(String[] args) throws IOException {
    // quick-start:begin
    // Working time in Manggarai Barat: civil-servant hours, WITA, national holidays.
    WorkCalendar calendar = WorkCalendar.civilServant(IndonesianTimeZone.WITA.zoneId());
    System.out.println(calendar.workingDays(IsoWeek.parse("2023-W33")).size()); // 4 (17 Aug)
    System.out.println(
        calendar.workingMinutes(
            LocalDate.of(2023, 8, 21), LocalTime.of(10, 0), LocalTime.of(15, 0))); // 240

    // A programme: 3 mentors, 15 IKMs, 3 sentra, read from the JSON contract.
    ProgrammeSnapshot snapshot;
    try (InputStream in = QuickStart.class.getResourceAsStream("/quickstart/programme.json")) {
      snapshot = IkmJson.defaults().read(in, ProgrammeDocument.class).document().snapshot();
    }

    // Plan the weekly visits; what cannot be covered is explained, never dropped.
    VisitPlan plan = VisitPlanner.standard().plan(PlanningRequest.of(snapshot));
    System.out.println(plan.coveredIkmWeeks() + " of " + plan.requiredIkmWeeks());
    System.out.println(plan.shortfalls().get(0).message(Locale.ENGLISH));

    // Validate the planned programme: stable rule codes, messages in two languages.
    ValidationReport report = Validator.standard().validate(plan.applyTo(snapshot));
    System.out.println(report.status() + " " + report.countsByRule());
    System.out.println(report.errors().get(0).message(Locale.forLanguageTag("id")));
    // quick-start:end
  }
}
