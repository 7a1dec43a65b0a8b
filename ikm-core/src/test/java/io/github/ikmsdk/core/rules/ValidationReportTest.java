package io.github.ikmsdk.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.VisitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Violation week(String ikm, String week) {
    return Violation.of(
        Rule.WEEK_NOT_VISITED,
        List.of(Subject.of(IkmId.of(ikm)), Subject.week(IsoWeek.parse(week))),
        ImmutableMap.of("ikm", ikm, "week", week, "visits", "0", "required", "1"));
  }

  private static Violation hours(String visit) {
    return Violation.of(
        Rule.VISIT_OUTSIDE_WORKING_HOURS,
        List.of(
            Subject.of(VisitId.of(visit)),
            Subject.of(MentorId.of("M-01")),
            Subject.of(IkmId.of("IKM-01"))),
        ImmutableMap.of(
            "visit",
            visit,
            "date",
            "2023-08-21",
            "start",
            "06:30",
            "end",
            "11:30",
            "workStart",
            "07:30",
            "workEnd",
            "16:00"));
  }

  @Test
  void statusIsComputed() {
    assertEquals(ValidationReport.Status.VALID, ValidationReport.empty().status());
    assertEquals(
        ValidationReport.Status.WARNINGS, ValidationReport.of(List.of(hours("V-1"))).status());
    assertEquals(
        ValidationReport.Status.INVALID,
        ValidationReport.of(List.of(hours("V-1"), week("IKM-01", "2023-W33"))).status());
    assertTrue(ValidationReport.of(List.of(hours("V-1"))).isValid());
  }

  @Test
  void orderIsDeterministic() {
    List<Violation> all =
        new ArrayList<>(
            List.of(
                week("IKM-02", "2023-W34"),
                week("IKM-01", "2023-W34"),
                week("IKM-01", "2023-W33"),
                hours("V-2"),
                hours("V-1")));
    ValidationReport report = ValidationReport.of(all);
    for (int seed = 0; seed < 20; seed++) {
      Collections.shuffle(all, new Random(seed));
      assertEquals(report.violations(), ValidationReport.of(all).violations());
    }
    assertEquals(week("IKM-01", "2023-W33"), report.violations().get(0));
    assertEquals(hours("V-2"), report.violations().get(4));
  }

  @Test
  void countsAreOfDistinctSubjects() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                week("IKM-01", "2023-W33"),
                week("IKM-01", "2023-W34"),
                hours("V-1"),
                hours("V-2")));
    assertEquals(
        Map.of(Rule.VISIT_OUTSIDE_WORKING_HOURS, 2, Rule.WEEK_NOT_VISITED, 2),
        report.countsByRule());
    assertEquals(
        Map.of(
            Subject.Kind.IKM,
            1,
            Subject.Kind.WEEK,
            2,
            Subject.Kind.VISIT,
            2,
            Subject.Kind.MENTOR,
            1),
        report.countsBySubjectKind());
    assertEquals(2, report.errors().size());
    assertEquals(2, report.warnings().size());
    assertEquals(4, report.violations(Subject.of(IkmId.of("IKM-01"))).size());
    assertEquals(6, report.distinctSubjects().size());
  }

  @Test
  void mergeAndEquality() {
    ValidationReport a = ValidationReport.of(List.of(hours("V-1")));
    ValidationReport b = ValidationReport.of(List.of(week("IKM-01", "2023-W33")));
    assertEquals(
        ValidationReport.of(List.of(week("IKM-01", "2023-W33"), hours("V-1"))), a.merge(b));
    assertEquals(a.merge(b), b.merge(a));
    assertSame(a, a.merge(ValidationReport.empty()));
    new EqualsTester()
        .addEqualityGroup(a, ValidationReport.of(List.of(hours("V-1"))))
        .addEqualityGroup(b)
        .addEqualityGroup(ValidationReport.empty(), ValidationReport.of(List.of()))
        .testEquals();
  }

  @Test
  void throwIfInvalid() {
    ValidationReport warnings = ValidationReport.of(List.of(hours("V-1")));
    assertSame(warnings, warnings.throwIfInvalid());
    List<Violation> many = new ArrayList<>();
    for (int i = 10; i < 17; i++) {
      many.add(week("IKM-" + i, "2023-W33"));
    }
    ValidationReport invalid = ValidationReport.of(many);
    ValidationException e = assertThrows(ValidationException.class, invalid::throwIfInvalid);
    assertSame(invalid, e.report());
    assertTrue(e.getMessage().startsWith("7 error(s), 0 warning(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("IKM-R305 IKM IKM-10 has 0 qualifying visits"));
    assertTrue(e.getMessage().endsWith("... and 2 more"), e.getMessage());
  }

  @Test
  void subjectsAndViolationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            Subject.of(IkmId.of("A")), Subject.parse("IKM:A"), Subject.of(Subject.Kind.IKM, "A"))
        .addEqualityGroup(Subject.of(MentorId.of("A")))
        .testEquals();
    assertEquals("WEEK:2023-W33", Subject.week(IsoWeek.parse("2023-W33")).toString());
    assertThrows(IllegalArgumentException.class, () -> Subject.parse("X:1"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Violation.of(
                Rule.VISIT_TOO_SHORT,
                List.of(Subject.parse("VISIT:V")),
                ImmutableMap.of("visit", "V")));
    new EqualsTester()
        .addEqualityGroup(hours("V-1"), hours("V-1"))
        .addEqualityGroup(hours("V-2"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Subject.class);
    new NullPointerTester().testAllPublicInstanceMethods(ValidationReport.empty());
  }
}
