package io.github.ikmsdk.core.planning.programme;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.math.IntMath;
import io.github.ikmsdk.core.calendar.IsoWeek;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.planning.visit.PlanningRequest;
import io.github.ikmsdk.core.planning.visit.VisitPlanner;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Programme;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many mentors a programme needs (kebutuhan pendamping): for each sentra, the least number of
 * mentors such that every required IKM-week of its participants can be planned under the strict
 * rules, with the policy's caseload, the calendar and travel.
 *
 * <h2>Method</h2>
 *
 * <p>A mentor serves one sentra (rule S2), so each sentra is answered on its own. The mentors
 * counted are new ones based at the agency's office (or at the sentra, when the snapshot does not
 * know the office's location), without leave; the request's travel model, IKM closed days and
 * opening hours apply. Coverable means what the {@link VisitPlanner} plans without remedies.
 *
 * <ol>
 *   <li><b>Hardest week.</b> One mentor is given all {@code n} IKMs of the sentra and the period is
 *       planned: in each required week the planner covers the most IKMs one mentor can, exactly
 *       while {@code n <= }{@link VisitPlanner#MAX_EXACT_IKMS}. The hardest week is the one where
 *       that number, {@code k}, is least.
 *   <li><b>Lower bound.</b> Every mentor's IKMs must all be covered in the hardest week and may not
 *       exceed the caseload {@code c}, so a mentor takes at most {@code min(c, k)} IKMs and at
 *       least {@code ceil(n / min(c, k))} mentors are needed (with more than {@code MAX_EXACT_IKMS}
 *       IKMs only the caseload bound {@code ceil(n / c)} is used). If {@code k} is 0, no number
 *       suffices.
 *   <li><b>Construction.</b> From the lower bound up, the IKMs are split in id order into that many
 *       groups of nearly equal size and planned; the first number that leaves no required IKM-week
 *       uncovered is {@link SentraCapacity#mentorsNeeded()}. When it equals the lower bound it is
 *       proven minimal ({@link SentraCapacity#minimumProven()}): one mentor fewer leaves a week
 *       uncoverable.
 * </ol>
 *
 * <p>For fewer mentors than needed, {@link SentraCapacity#uncoveredIkmWeeks(int)} says what stays
 * uncovered: below {@code ceil(n / c)} mentors each takes {@code c} IKMs in id order and the rest
 * have none; otherwise the split above. {@link CapacityReport#allocate(int)} shares a given number
 * of mentors out with those figures. This class has static methods only and is thread-safe.
 *
 * @since 0.1.0
 */
public final class MentorCapacity {

  private MentorCapacity() {}

  /**
   * Computes the mentors each sentra of a programme needs over the snapshot's period.
   *
   * @param request the programme and the facts of planning it, not null, without an as-of date; the
   *     snapshot's mentors, assignments and leave are not used except to count {@link
   *     SentraCapacity#assignedMentors()}
   * @return the report, one entry per sentra with participants, by sentra id
   */
  public static CapacityReport of(PlanningRequest request) {
    checkNotNull(request, "request");
    ProgrammeSnapshot snapshot = request.snapshot();
    Programme programme = snapshot.programme();
    TreeMap<SentraId, List<IkmId>> bySentra = new TreeMap<>();
    for (IkmId id : new TreeSet<>(programme.participants())) {
      snapshot
          .ikm(id)
          .ifPresent(ikm -> bySentra.computeIfAbsent(ikm.sentra(), s -> new ArrayList<>()).add(id));
    }
    List<SentraCapacity> sentra = new ArrayList<>();
    for (var e : bySentra.entrySet()) {
      sentra.add(sentra(request, e.getKey(), e.getValue()));
    }
    Set<MentorId> assigned = new HashSet<>();
    for (IkmId id : programme.participants()) {
      snapshot.mentorOf(id).ifPresent(assigned::add);
    }
    return new CapacityReport(
        programme.id(), programme.startDate(), programme.endDate(), assigned.size(), sentra);
  }

  private static SentraCapacity sentra(PlanningRequest request, SentraId id, List<IkmId> ikms) {
    ProgrammeSnapshot snapshot = Participants.ofSentra(request.snapshot(), id);
    Programme programme = snapshot.programme();
    int n = ikms.size();
    int caseload = programme.policy().maxIkmsPerMentor();
    GeoPoint base =
        snapshot
            .agency()
            .location()
            .or(() -> snapshot.sentra(id).map(Sentra::location))
            .orElseGet(() -> snapshot.ikm(ikms.get(0)).orElseThrow().productionSite());
    Set<MentorId> assigned = new HashSet<>();
    ikms.forEach(ikm -> request.snapshot().mentorOf(ikm).ifPresent(assigned::add));

    Optional<IsoWeek> hardestWeek = Optional.empty();
    int hardest = 0;
    int lowerBound = IntMath.divide(n, caseload, RoundingMode.CEILING);
    boolean possible = true;
    if (n <= VisitPlanner.MAX_EXACT_IKMS) {
      WeekEvaluator one =
          new WeekEvaluator(request.withSnapshot(withMentors(snapshot, base, List.of(ikms))));
      for (WeekEvaluator.WeekOutcome w : one.whole(programme.startDate(), programme.endDate())) {
        if (w.requiredIkmWeeks > 0 && (hardestWeek.isEmpty() || w.coveredIkmWeeks() < hardest)) {
          hardestWeek = Optional.of(w.week.week());
          hardest = w.coveredIkmWeeks();
        }
      }
      if (hardestWeek.isPresent()) {
        int perMentor = Math.min(caseload, hardest);
        possible = perMentor > 0;
        lowerBound = possible ? IntMath.divide(n, perMentor, RoundingMode.CEILING) : n + 1;
      } else {
        lowerBound = 0;
      }
    }
    List<Integer> uncovered = new ArrayList<>();
    OptionalInt needed = OptionalInt.empty();
    for (int m = 0; m <= n; m++) {
      int u = uncovered(request, snapshot, base, ikms, caseload, m);
      uncovered.add(u);
      if (u == 0) {
        needed = OptionalInt.of(m);
        break;
      }
    }
    return new SentraCapacity(
        id,
        n,
        caseload,
        hardestWeek,
        hardest,
        Math.min(lowerBound, n),
        needed,
        assigned.size(),
        uncovered);
  }

  /** The required IKM-weeks left uncovered with {@code m} mentors at the base. */
  private static int uncovered(
      PlanningRequest request,
      ProgrammeSnapshot snapshot,
      GeoPoint base,
      List<IkmId> ikms,
      int caseload,
      int m) {
    Programme programme = snapshot.programme();
    List<List<IkmId>> groups = groups(ikms, m, caseload);
    int required = 0;
    int covered = 0;
    WeekEvaluator evaluator =
        new WeekEvaluator(request.withSnapshot(withMentors(snapshot, base, groups)));
    for (WeekEvaluator.WeekOutcome w :
        evaluator.whole(programme.startDate(), programme.endDate())) {
      required += w.requiredIkmWeeks;
      covered += w.coveredIkmWeeks();
    }
    return required - covered;
  }

  /**
   * Splits IKMs, in order, among {@code m} mentors: groups of nearly equal size, or, when that
   * would exceed the caseload, {@code m} groups of the caseload and the rest without a mentor.
   */
  static List<List<IkmId>> groups(List<IkmId> ikms, int m, int caseload) {
    int n = ikms.size();
    ImmutableList.Builder<List<IkmId>> groups = ImmutableList.builder();
    if (m == 0) {
      return groups.build();
    }
    if ((long) m * caseload <= n) {
      for (int g = 0; g < m; g++) {
        groups.add(ikms.subList(g * caseload, (g + 1) * caseload));
      }
      return groups.build();
    }
    int from = 0;
    for (int g = 0; g < m; g++) {
      int size = n / m + (g < n % m ? 1 : 0);
      groups.add(ikms.subList(from, from + size));
      from += size;
    }
    return groups.build();
  }

  /** The snapshot with one new mentor per group, each at the base, and no leave. */
  static ProgrammeSnapshot withMentors(
      ProgrammeSnapshot snapshot, GeoPoint base, List<List<IkmId>> groups) {
    List<Mentor> mentors = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      MentorId id = MentorId.of(String.format(Locale.ROOT, "NEW-%02d", g + 1));
      mentors.add(Mentor.builder().id(id).name("Pendamping baru " + (g + 1)).base(base).build());
      if (!groups.get(g).isEmpty()) {
        assignments.add(Assignment.of(id, groups.get(g)));
      }
    }
    return ProgrammeSnapshot.builder()
        .from(snapshot)
        .mentors(mentors)
        .assignments(assignments)
        .leaves(List.of())
        .visits(List.of())
        .build();
  }
}
