package io.github.ikmsdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ikmsdk.core.compliance.Compliance;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.rules.ValidationReport;
import io.github.ikmsdk.core.rules.Validator;
import io.github.ikmsdk.core.testing.IkmArbitraries;
import io.github.ikmsdk.json.document.ComplianceReportDocument;
import io.github.ikmsdk.json.document.DocumentKind;
import io.github.ikmsdk.json.document.ValidationReportDocument;
import io.github.ikmsdk.json.document.VisitPlanDocument;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports and plans of generated snapshots, valid and broken a little: written documents validate
 * against their schemas and read back equal; writing is deterministic.
 */
class ReportProperties {

  private static final IkmJson JSON = IkmJson.defaults();
  private static final IkmJson COMPACT = IkmJson.builder().indent(false).build();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(IkmJsonModule.create()).build();

  @Provide
  Arbitrary<ProgrammeSnapshot> snapshots() {
    return Combinators.combine(IkmArbitraries.validSnapshots(2, 2), Arbitraries.longs())
        .as(ReportFixtures::breakSome);
  }

  @Provide
  Arbitrary<ValidationReportDocument> validationReports() {
    return snapshots().map(s -> ValidationReportDocument.of(Validator.standard().validate(s)));
  }

  /** Compliance as of any date from a week before the programme to a week after it. */
  @Provide
  Arbitrary<ComplianceReportDocument> complianceReports() {
    return snapshots()
        .flatMap(
            s ->
                IkmArbitraries.dates(
                        s.programme().startDate().minusDays(7), s.programme().endDate().plusDays(7))
                    .map(d -> ComplianceReportDocument.of(Compliance.asOf(s, d))));
  }

  @Provide
  Arbitrary<VisitPlanDocument> visitPlans() {
    return Combinators.combine(IkmArbitraries.validSnapshots(2, 2), Arbitraries.longs())
        .as((s, seed) -> VisitPlanDocument.of(ReportFixtures.planFrom(s, seed)));
  }

  @Property(tries = 25)
  void visitPlansRoundTripLosslesslyAndValidate(@ForAll("visitPlans") VisitPlanDocument doc) {
    String json = JSON.write(doc);
    assertEquals(doc, JSON.read(json, VisitPlanDocument.class).document());
    assertEquals(doc.plan(), JSON.read(json, VisitPlanDocument.class).document().plan());
    assertEquals(List.of(), Schemas.validate(DocumentKind.VISIT_PLAN, json));
    assertEquals(json, JSON.write(JSON.read(json, VisitPlanDocument.class).document()));
    String mapped = MAPPER.writeValueAsString(doc);
    assertEquals(doc, MAPPER.readValue(mapped, VisitPlanDocument.class));
    Statistics.label("shortfalls").collect(!doc.plan().shortfalls().isEmpty());
    Statistics.label("remedies")
        .collect(doc.plan().shortfalls().stream().anyMatch(s -> !s.remedies().isEmpty()));
    Statistics.label("shortfalls").coverage(c -> c.check(true).percentage(p -> p > 0));
  }

  @Property(tries = 60)
  void validationReportsRoundTripLosslesslyAndValidate(
      @ForAll("validationReports") ValidationReportDocument doc) {
    String json = JSON.write(doc);
    assertEquals(doc, JSON.read(json, ValidationReportDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.VALIDATION_REPORT, json));
    String compact = COMPACT.write(doc);
    assertEquals(doc, COMPACT.read(compact, ValidationReportDocument.class).document());
    ValidationReport report = doc.report();
    Statistics.label("status").collect(report.status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (ValidationReport.Status status : ValidationReport.Status.values()) {
                c.check(status).percentage(p -> p >= 2);
              }
            });
    Statistics.label("violations")
        .collect(
            report.violations().isEmpty()
                ? "none"
                : report.violations().size() < 10 ? "1-9" : "10+");
  }

  @Property(tries = 60)
  void complianceReportsRoundTripLosslesslyAndValidate(
      @ForAll("complianceReports") ComplianceReportDocument doc) {
    String json = COMPACT.write(doc);
    assertEquals(doc, COMPACT.read(json, ComplianceReportDocument.class).document());
    assertEquals(List.of(), Schemas.validate(DocumentKind.COMPLIANCE_REPORT, json));
    Statistics.label("overdue rows").collect(!doc.report().overdue().isEmpty());
    Statistics.label("week statuses")
        .collect(doc.report().rows().stream().map(r -> r.status()).distinct().count());
  }

  @Property(tries = 30)
  void reportsRoundTripThroughAUsersMapper(
      @ForAll("validationReports") ValidationReportDocument validation,
      @ForAll("complianceReports") ComplianceReportDocument compliance) {
    String v = MAPPER.writeValueAsString(validation);
    assertEquals(validation, MAPPER.readValue(v, ValidationReportDocument.class));
    assertEquals(COMPACT.write(validation), v);
    String c = MAPPER.writeValueAsString(compliance);
    assertEquals(compliance, MAPPER.readValue(c, ComplianceReportDocument.class));
    assertEquals(COMPACT.write(compliance), c);
  }

  @Property(tries = 40)
  void writingReportsIsDeterministic(
      @ForAll("validationReports") ValidationReportDocument validation,
      @ForAll("complianceReports") ComplianceReportDocument compliance) {
    String v = JSON.write(validation);
    assertEquals(v, JSON.write(JSON.read(v, ValidationReportDocument.class).document()));
    String c = JSON.write(compliance);
    assertEquals(c, JSON.write(JSON.read(c, ComplianceReportDocument.class).document()));
    assertFalse(v.contains("null") || c.contains("null"));
  }
}
