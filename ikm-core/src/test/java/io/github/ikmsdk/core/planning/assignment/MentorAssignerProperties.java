package io.github.ikmsdk.core.planning.assignment;

import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.LABUAN_BAJO;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.ROADS_IN_SECONDS;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.ikm;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.mentor;
import static io.github.ikmsdk.core.planning.assignment.AssignmentTestData.offset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.math.IntMath;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class MentorAssignerProperties {

  private static final MentorAssigner ASSIGNER = MentorAssigner.standard();

  /**
   * Small requests: caseload 1-5, 0-6 mentors, 1-3 pools (sentra and commodity; two pools may share
   * a sentra with different commodities) of at most two caseloads each, so that at most six groups
   * are formed; sites and bases within about 10 km of Labuan Bajo; some valid fixed assignments.
   */
  @Provide
  Arbitrary<AssignmentRequest> smallRequests() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.longs())
        .as(MentorAssignerProperties::request);
  }

  private static AssignmentRequest request(
      int caseload, int mentorCount, List<Integer> poolSizes, int fixedMentors, long seed) {
    Random random = new Random(seed);
    List<Mentor> mentors = new ArrayList<>();
    for (int m = 0; m < mentorCount; m++) {
      mentors.add(mentor("M-" + m, jitter(random, 10_000)));
    }
    List<Ikm> ikms = new ArrayList<>();
    List<List<Ikm>> pools = new ArrayList<>();
    for (int p = 0; p < poolSizes.size(); p++) {
      int size = Math.min(poolSizes.get(p), 2 * caseload);
      // Pools 0 and 1 share sentra S-0 with two commodities; pool 2 is sentra S-2.
      String sentra = p == 2 ? "S-2" : "S-0";
      String commodity = "K-" + p;
      GeoPoint centre = jitter(random, 8_000);
      List<Ikm> pool = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        pool.add(
            ikm(
                "I-" + p + "-" + i,
                sentra,
                commodity,
                offset(centre, random.nextInt(3000) - 1500, random.nextInt(3000) - 1500)));
      }
      pools.add(pool);
      ikms.addAll(pool);
    }
    AssignmentRequest.Builder builder =
        AssignmentRequest.builder()
            .mentors(mentors)
            .ikms(ikms)
            .policy(ProgrammePolicy.builder().maxIkmsPerMentor(caseload).build())
            .travelModel(ROADS_IN_SECONDS);
    // Fix the first IKMs of a pool to some mentors, never more than the caseload.
    for (int f = 0; f < Math.min(fixedMentors, mentorCount) && f < pools.size(); f++) {
      List<Ikm> pool = pools.get(f);
      int count = Math.min(pool.size(), 1 + random.nextInt(caseload));
      for (int i = 0; i < count; i++) {
        builder.putFixed(pool.get(i).id(), mentors.get(f).id());
      }
    }
    return builder.build();
  }

  private static GeoPoint jitter(Random random, int metres) {
    return offset(
        LABUAN_BAJO, random.nextInt(2 * metres) - metres, random.nextInt(2 * metres) - metres);
  }

  @Property
  void everyPlanKeepsTheRules(@ForAll("smallRequests") AssignmentRequest request) {
    AssignmentPlan plan = ASSIGNER.assign(request);
    int caseload = request.policy().maxIkmsPerMentor();
    Map<IkmId, Ikm> ikms = new HashMap<>();
    request.ikms().forEach(ikm -> ikms.put(ikm.id(), ikm));

    Set<IkmId> seen = new HashSet<>();
    Set<MentorId> busy = new HashSet<>();
    for (Assignment assignment : plan.assignments()) {
      assertTrue(assignment.ikms().size() <= caseload, "caseload");
      assertTrue(busy.add(assignment.mentor()), "one assignment per mentor");
      assertEquals(
          1,
          assignment.ikms().stream().map(id -> ikms.get(id).sentra()).distinct().count(),
          "one sentra");
      assertEquals(
          1,
          assignment.ikms().stream().map(id -> ikms.get(id).commodity()).distinct().count(),
          "one commodity");
      for (IkmId ikm : assignment.ikms()) {
        assertTrue(seen.add(ikm), "each IKM at most one mentor");
      }
    }
    // Fixed assignments are kept.
    request
        .fixed()
        .forEach((ikm, mentor) -> assertEquals(mentor, plan.mentorOf(ikm).orElseThrow()));
    // Every IKM is either assigned or reported.
    Set<IkmId> uncovered = new HashSet<>(plan.uncoveredIkms());
    assertTrue(Collections.disjoint(seen, uncovered));
    assertEquals(ikms.keySet(), union(seen, uncovered));
    for (MentorShortage shortage : plan.shortages()) {
      assertEquals(
          IntMath.divide(shortage.uncoveredIkms().size(), caseload, RoundingMode.CEILING),
          shortage.mentorsNeeded());
    }
    // Idle mentors are exactly those without IKMs; with one component no mentor idles while
    // a group lacks one.
    Set<MentorId> idle = new HashSet<>(plan.idleMentors());
    assertTrue(Collections.disjoint(idle, busy));
    assertEquals(request.mentors().size(), idle.size() + busy.size());
    assertTrue(plan.shortages().isEmpty() || plan.idleMentors().isEmpty());
    // Groups: at most one smaller than the caseload per pool, none empty.
    for (GroupAssignment group : plan.groups()) {
      assertTrue(group.ikms().size() <= caseload && !group.ikms().isEmpty());
    }
    Statistics.label("shortage").collect(!plan.shortages().isEmpty());
    Statistics.label("fixed").collect(!request.fixed().isEmpty());
  }

  @Property(tries = 300)
  void assignmentIsOptimalAgainstBruteForce(@ForAll("smallRequests") AssignmentRequest request) {
    AssignmentPlan plan = ASSIGNER.assign(request);
    Map<IkmId, Ikm> ikms = new HashMap<>();
    request.ikms().forEach(ikm -> ikms.put(ikm.id(), ikm));
    Set<MentorId> fixedMentors = new HashSet<>(request.fixed().values());
    List<Mentor> free = new ArrayList<>();
    for (Mentor mentor : request.mentors()) {
      if (!fixedMentors.contains(mentor.id())) {
        free.add(mentor);
      }
    }
    List<GroupAssignment> formed = new ArrayList<>();
    for (GroupAssignment group : plan.groups()) {
      if (group.reason() != AssignmentReason.FIXED_BY_USER) {
        formed.add(group);
      }
    }
    assertTrue(formed.size() <= 6 && free.size() <= 6);
    long[][] cost = new long[formed.size()][free.size()];
    for (int g = 0; g < formed.size(); g++) {
      for (int m = 0; m < free.size(); m++) {
        for (IkmId id : formed.get(g).ikms()) {
          long seconds =
              ROADS_IN_SECONDS
                  .travelTime(free.get(m).base(), ikms.get(id).productionSite())
                  .getSeconds();
          cost[g][m] += (seconds + 59) / 60;
        }
      }
    }
    long[] best = bruteForce(formed, cost, 0, new boolean[free.size()]);
    long covered = 0;
    long travel = 0;
    for (int g = 0; g < formed.size(); g++) {
      GroupAssignment group = formed.get(g);
      if (group.mentor().isPresent()) {
        covered += group.ikms().size();
        int m = indexOf(free, group.mentor().get());
        assertEquals(cost[g][m], group.travelMinutes().getAsLong(), "reported travel");
        travel += cost[g][m];
      }
    }
    assertEquals(best[0], covered, "IKMs covered");
    assertEquals(best[1], travel, "total travel");
    Statistics.label("groups x mentors").collect(formed.size() + "x" + free.size());
    Statistics.label("at least 2 groups and 2 mentors")
        .collect(formed.size() >= 2 && free.size() >= 2)
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
  }

  @Property(tries = 200)
  void planDoesNotDependOnInputOrder(
      @ForAll("smallRequests") AssignmentRequest request, @ForAll long shuffleSeed) {
    List<Mentor> mentors = new ArrayList<>(request.mentors());
    List<Ikm> ikms = new ArrayList<>(request.ikms());
    Collections.shuffle(mentors, new Random(shuffleSeed));
    Collections.shuffle(ikms, new Random(shuffleSeed));
    Map<IkmId, MentorId> fixed = new TreeMap<>(request.fixed());
    AssignmentRequest shuffled =
        AssignmentRequest.builder().from(request).mentors(mentors).ikms(ikms).fixed(fixed).build();
    assertEquals(ASSIGNER.assign(request), ASSIGNER.assign(shuffled));
  }

  private static int indexOf(List<Mentor> mentors, MentorId id) {
    for (int i = 0; i < mentors.size(); i++) {
      if (mentors.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("not a free mentor: " + id);
  }

  /** Returns {most IKMs covered, least travel among those} over all partial assignments. */
  private static long[] bruteForce(
      List<GroupAssignment> groups, long[][] cost, int g, boolean[] used) {
    if (g == groups.size()) {
      return new long[] {0, 0};
    }
    long[] best = bruteForce(groups, cost, g + 1, used); // group g without a mentor
    for (int m = 0; m < used.length; m++) {
      if (!used[m]) {
        used[m] = true;
        long[] rest = bruteForce(groups, cost, g + 1, used);
        used[m] = false;
        long covered = rest[0] + groups.get(g).ikms().size();
        long travel = rest[1] + cost[g][m];
        if (covered > best[0] || (covered == best[0] && travel < best[1])) {
          best = new long[] {covered, travel};
        }
      }
    }
    return best;
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
