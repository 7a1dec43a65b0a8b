package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.math.IntMath;
import com.google.common.math.LongMath;
import io.github.ikmsdk.core.geo.GeoPoint;
import io.github.ikmsdk.core.geo.TravelModel;
import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.identifier.RegionCode;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.Mentor;
import io.github.ikmsdk.core.programme.Sentra;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/** The standard {@link MentorAssigner}; see there for the algorithm. */
final class StandardMentorAssigner implements MentorAssigner {

  static final StandardMentorAssigner INSTANCE = new StandardMentorAssigner();

  /** The key of components when mentors have no regions: one component for everything. */
  private static final String EVERYWHERE = "";

  private StandardMentorAssigner() {}

  /** A sentra and commodity, the unit of grouping. */
  private record Pool(SentraId sentra, CommodityId commodity) implements Comparable<Pool> {
    @Override
    public int compareTo(Pool other) {
      int bySentra = sentra.compareTo(other.sentra);
      return bySentra != 0 ? bySentra : commodity.compareTo(other.commodity);
    }
  }

  /** A group while it is being planned. */
  private static final class Group {
    final Pool pool;
    final List<Ikm> ikms;
    final List<IkmId> fixed;
    Mentor mentor;
    long minutes;
    AssignmentReason reason = AssignmentReason.NO_MENTOR_AVAILABLE;

    Group(Pool pool, List<Ikm> ikms, List<IkmId> fixed) {
      this.pool = pool;
      this.ikms = ikms;
      this.fixed = fixed;
    }
  }

  /** Mentors and groups that are assigned together. */
  private static final class Component {
    final List<Mentor> mentors = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
  }

  @Override
  public AssignmentPlan assign(AssignmentRequest request) {
    checkNotNull(request, "request");
    int caseload = request.policy().maxIkmsPerMentor();
    TravelModel travel = request.travelModel();

    TreeMap<MentorId, Mentor> mentors = new TreeMap<>();
    request.mentors().forEach(mentor -> mentors.put(mentor.id(), mentor));
    Map<SentraId, Sentra> sentra = new HashMap<>();
    request.sentra().forEach(each -> sentra.put(each.id(), each));

    // IKMs by pool, sorted by id; fixed IKMs by mentor.
    TreeMap<Pool, List<Ikm>> allByPool = new TreeMap<>();
    TreeMap<Pool, List<Ikm>> freeByPool = new TreeMap<>();
    TreeMap<MentorId, List<Ikm>> fixedByMentor = new TreeMap<>();
    request.ikms().stream()
        .sorted(Comparator.comparing(Ikm::id))
        .forEach(
            ikm -> {
              Pool pool = new Pool(ikm.sentra(), ikm.commodity());
              allByPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(ikm);
              MentorId fixedMentor = request.fixed().get(ikm.id());
              if (fixedMentor == null) {
                freeByPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(ikm);
              } else {
                fixedByMentor.computeIfAbsent(fixedMentor, m -> new ArrayList<>()).add(ikm);
              }
            });

    TreeMap<Pool, List<Group>> groupsByPool = new TreeMap<>();
    // Step 1: fixed mentors keep their IKMs and fill their spare caseload.
    for (Map.Entry<MentorId, List<Ikm>> entry : fixedByMentor.entrySet()) {
      Mentor mentor = mentors.get(entry.getKey());
      TreeMap<Pool, List<Ikm>> byPool = new TreeMap<>();
      for (Ikm ikm : entry.getValue()) {
        byPool
            .computeIfAbsent(new Pool(ikm.sentra(), ikm.commodity()), p -> new ArrayList<>())
            .add(ikm);
      }
      for (Map.Entry<Pool, List<Ikm>> part : byPool.entrySet()) {
        Pool pool = part.getKey();
        List<Ikm> ikms = new ArrayList<>(part.getValue());
        List<IkmId> fixedIds = ikms.stream().map(Ikm::id).collect(ImmutableList.toImmutableList());
        List<Ikm> free = freeByPool.getOrDefault(pool, new ArrayList<>());
        int spare = caseload - entry.getValue().size();
        if (byPool.size() == 1 && spare > 0 && !free.isEmpty()) {
          List<Ikm> nearest = new ArrayList<>(free);
          Map<IkmId, Long> cost = new HashMap<>();
          nearest.forEach(ikm -> cost.put(ikm.id(), minutes(travel, mentor.base(), ikm)));
          nearest.sort(
              Comparator.comparing((Ikm ikm) -> cost.get(ikm.id())).thenComparing(Ikm::id));
          List<Ikm> taken = nearest.subList(0, Math.min(spare, nearest.size()));
          ikms.addAll(taken);
          free.removeAll(taken);
        }
        ikms.sort(Comparator.comparing(Ikm::id));
        Group group = new Group(pool, ikms, fixedIds);
        group.mentor = mentor;
        group.minutes = cost(travel, mentor, ikms);
        group.reason = AssignmentReason.FIXED_BY_USER;
        groupsByPool.computeIfAbsent(pool, p -> new ArrayList<>()).add(group);
      }
    }

    // Step 2: compact groups of the remaining IKMs.
    List<Group> formed = new ArrayList<>();
    for (Map.Entry<Pool, List<Ikm>> entry : freeByPool.entrySet()) {
      List<List<Ikm>> parts = new ArrayList<>();
      bisect(entry.getValue(), caseload, parts);
      for (List<Ikm> part : parts) {
        Group group = new Group(entry.getKey(), part, ImmutableList.of());
        groupsByPool.computeIfAbsent(entry.getKey(), p -> new ArrayList<>()).add(group);
        formed.add(group);
      }
    }

    // Step 3: exact assignment of the free mentors per component.
    TreeMap<String, Component> components = new TreeMap<>();
    boolean regional = !request.mentorRegions().isEmpty();
    for (Mentor mentor : mentors.values()) {
      if (!fixedByMentor.containsKey(mentor.id())) {
        String key = regional ? request.mentorRegions().get(mentor.id()).value() : EVERYWHERE;
        components.computeIfAbsent(key, k -> new Component()).mentors.add(mentor);
      }
    }
    Map<Pool, Optional<String>> componentOfPool = new HashMap<>();
    for (Group group : formed) {
      Optional<String> key =
          regional
              ? componentOfPool.computeIfAbsent(
                  group.pool, pool -> regionComponent(pool, allByPool, sentra, components))
              : Optional.of(EVERYWHERE);
      key.ifPresent(k -> components.computeIfAbsent(k, x -> new Component()).groups.add(group));
    }
    List<MentorId> idle = new ArrayList<>();
    for (Component component : components.values()) {
      solve(component, travel, idle);
    }

    return plan(groupsByPool, sentra, caseload, idle);
  }

  /** Returns the component of a pool: the most specific mentor region containing its region. */
  private static Optional<String> regionComponent(
      Pool pool,
      Map<Pool, List<Ikm>> allByPool,
      Map<SentraId, Sentra> sentra,
      Map<String, Component> components) {
    Optional<RegionCode> region =
        Optional.ofNullable(sentra.get(pool.sentra())).map(Sentra::region);
    if (region.isEmpty()) {
      region =
          allByPool.get(pool).stream()
              .map(ikm -> ikm.address().region())
              .flatMap(Optional::stream)
              .findFirst();
    }
    while (region.isPresent()) {
      String key = region.get().value();
      if (components.containsKey(key)) {
        return Optional.of(key);
      }
      region = region.get().parent();
    }
    return Optional.empty();
  }

  /** Assigns a component's mentors to its groups exactly; adds unused mentors to idle. */
  private static void solve(Component component, TravelModel travel, List<MentorId> idle) {
    List<Group> groups = component.groups;
    List<Mentor> mentors = component.mentors;
    long[][] cost = new long[groups.size()][mentors.size()];
    long rowMaxSum = 0;
    for (int g = 0; g < groups.size(); g++) {
      long rowMax = 0;
      for (int m = 0; m < mentors.size(); m++) {
        cost[g][m] = cost(travel, mentors.get(m), groups.get(g).ikms);
        rowMax = Math.max(rowMax, cost[g][m]);
      }
      rowMaxSum = LongMath.checkedAdd(rowMaxSum, rowMax);
    }
    long[][] objective = cost;
    if (groups.size() > mentors.size()) {
      // Cover the most IKMs first: a weight per IKM above any possible total cost.
      long weight = rowMaxSum + 1;
      objective = new long[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        long bonus = LongMath.checkedMultiply(weight, groups.get(g).ikms.size());
        objective[g] = new long[mentors.size()];
        for (int m = 0; m < mentors.size(); m++) {
          objective[g][m] = cost[g][m] - bonus;
        }
      }
    }
    int[] mentorOfGroup = Hungarian.solve(objective);
    boolean[] used = new boolean[mentors.size()];
    for (int g = 0; g < groups.size(); g++) {
      int m = mentorOfGroup[g];
      if (m >= 0) {
        Group group = groups.get(g);
        group.mentor = mentors.get(m);
        group.minutes = cost[g][m];
        group.reason = AssignmentReason.LEAST_TRAVEL;
        used[m] = true;
      }
    }
    for (int m = 0; m < mentors.size(); m++) {
      if (!used[m]) {
        idle.add(mentors.get(m).id());
      }
    }
  }

  private static AssignmentPlan plan(
      TreeMap<Pool, List<Group>> groupsByPool,
      Map<SentraId, Sentra> sentra,
      int caseload,
      List<MentorId> idle) {
    AssignmentPlan.Builder plan = AssignmentPlan.builder();
    TreeMap<MentorId, TreeSet<IkmId>> ikmsOfMentor = new TreeMap<>();
    for (Map.Entry<Pool, List<Group>> entry : groupsByPool.entrySet()) {
      Pool pool = entry.getKey();
      List<IkmId> uncovered = new ArrayList<>();
      int number = 0;
      for (Group group : entry.getValue()) {
        number++;
        List<IkmId> ids =
            group.ikms.stream().map(Ikm::id).sorted().collect(ImmutableList.toImmutableList());
        GroupAssignment.Builder built =
            GroupAssignment.builder()
                .id(pool.sentra() + "/" + pool.commodity() + "/" + number)
                .sentra(pool.sentra())
                .commodity(pool.commodity())
                .ikms(ids)
                .fixedIkms(group.fixed.stream().sorted().collect(ImmutableList.toImmutableList()))
                .reason(group.reason);
        if (group.mentor != null) {
          built.mentor(group.mentor.id()).travelMinutes(OptionalLong.of(group.minutes));
          ikmsOfMentor.computeIfAbsent(group.mentor.id(), m -> new TreeSet<>()).addAll(ids);
        } else {
          uncovered.addAll(ids);
        }
        plan.addGroups(built.build());
      }
      if (!uncovered.isEmpty()) {
        uncovered.sort(Comparator.naturalOrder());
        plan.addShortages(
            MentorShortage.builder()
                .sentra(pool.sentra())
                .sentraLabel(label(pool.sentra(), sentra))
                .commodity(pool.commodity())
                .uncoveredIkms(uncovered)
                .mentorsNeeded(IntMath.divide(uncovered.size(), caseload, RoundingMode.CEILING))
                .build());
      }
    }
    ikmsOfMentor.forEach((mentor, ikms) -> plan.addAssignments(Assignment.of(mentor, ikms)));
    idle.sort(Comparator.naturalOrder());
    plan.idleMentors(idle);
    return plan.build();
  }

  private static String label(SentraId id, Map<SentraId, Sentra> sentra) {
    Sentra known = sentra.get(id);
    if (known == null) {
      return "Sentra " + id;
    }
    String name = known.name().strip();
    return name.toLowerCase(Locale.ROOT).startsWith("sentra") ? name : "Sentra " + name;
  }

  /**
   * Splits IKMs into groups of at most {@code caseload} by recursive coordinate bisection; all
   * groups full but the last of each split.
   */
  private static void bisect(List<Ikm> ikms, int caseload, List<List<Ikm>> out) {
    int n = ikms.size();
    if (n == 0) {
      return;
    }
    if (n <= caseload) {
      List<Ikm> group = new ArrayList<>(ikms);
      group.sort(Comparator.comparing(Ikm::id));
      out.add(group);
      return;
    }
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (Ikm ikm : ikms) {
      GeoPoint site = ikm.productionSite();
      minLat = Math.min(minLat, site.latitude());
      maxLat = Math.max(maxLat, site.latitude());
      minLon = Math.min(minLon, site.longitude());
      maxLon = Math.max(maxLon, site.longitude());
    }
    double lonScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    Comparator<GeoPoint> byLat =
        Comparator.comparingDouble(GeoPoint::latitude).thenComparingDouble(GeoPoint::longitude);
    Comparator<GeoPoint> byLon =
        Comparator.comparingDouble(GeoPoint::longitude).thenComparingDouble(GeoPoint::latitude);
    Comparator<GeoPoint> axis = (maxLon - minLon) * lonScale >= maxLat - minLat ? byLon : byLat;
    List<Ikm> sorted = new ArrayList<>(ikms);
    sorted.sort(Comparator.comparing(Ikm::productionSite, axis).thenComparing(Ikm::id));
    int groups = IntMath.divide(n, caseload, RoundingMode.CEILING);
    int first = (groups / 2) * caseload;
    bisect(sorted.subList(0, first), caseload, out);
    bisect(sorted.subList(first, n), caseload, out);
  }

  private static long cost(TravelModel travel, Mentor mentor, List<Ikm> ikms) {
    long total = 0;
    for (Ikm ikm : ikms) {
      total = LongMath.checkedAdd(total, minutes(travel, mentor.base(), ikm));
    }
    return total;
  }

  private static long minutes(TravelModel travel, GeoPoint base, Ikm ikm) {
    Duration time = travel.travelTime(base, ikm.productionSite());
    checkArgument(
        time != null && !time.isNegative(),
        "travel model returned %s from %s to %s",
        time,
        base,
        ikm.productionSite());
    long seconds =
        time.getNano() > 0 ? LongMath.checkedAdd(time.getSeconds(), 1) : time.getSeconds();
    return LongMath.divide(seconds, 60, RoundingMode.CEILING);
  }
}
