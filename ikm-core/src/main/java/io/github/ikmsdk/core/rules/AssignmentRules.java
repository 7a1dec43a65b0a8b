package io.github.ikmsdk.core.rules;

import io.github.ikmsdk.core.id.CommodityId;
import io.github.ikmsdk.core.id.EntityId;
import io.github.ikmsdk.core.id.IkmId;
import io.github.ikmsdk.core.id.MentorId;
import io.github.ikmsdk.core.id.SentraId;
import io.github.ikmsdk.core.programme.Assignment;
import io.github.ikmsdk.core.programme.Ikm;
import io.github.ikmsdk.core.programme.ProgrammeSnapshot;
import io.github.ikmsdk.core.programme.Sentra;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The assignment rules (IKM-R1xx, S2 and S7): every participant has exactly one mentor, within the
 * caseload, and a mentor's IKMs share one sentra and one commodity, the commodity of their sentra.
 */
final class AssignmentRules {

  private AssignmentRules() {}

  /**
   * The assignment rules of the global partition. References that do not resolve are IKM-R002 once,
   * and are then left out: an assignment naming an unknown mentor, an unknown IKM in an assignment
   * (which does not count towards the caseload), and an unknown sentra or commodity of an IKM or
   * sentra for IKM-R104 to IKM-R106.
   */
  static void global(RuleContext c, List<Violation> out) {
    ProgrammeSnapshot s = c.snapshot;
    for (Ikm ikm : RuleContext.firstListed(s.ikms(), Ikm::id)) {
      Sentra sentra = s.sentra(ikm.sentra()).orElse(null);
      if (sentra != null
          && !sentra.commodity().equals(ikm.commodity())
          && s.commodity(ikm.commodity()).isPresent()
          && s.commodity(sentra.commodity()).isPresent()) {
        out.add(
            Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY.violation(
                List.of(Subject.of(ikm.id()), Subject.of(sentra.id())),
                ikm.id(),
                ikm.commodity(),
                sentra.id(),
                sentra.commodity()));
      }
    }

    Set<IkmId> listed = new HashSet<>();
    Map<MentorId, Set<IkmId>> ikmsOf = new TreeMap<>();
    for (Assignment a : s.assignments()) {
      boolean mentorKnown = s.mentor(a.mentor()).isPresent();
      if (!mentorKnown) {
        out.add(
            IntegrityRules.unknown(
                Subject.of(a.mentor()), "ASSIGNMENT", a.mentor(), "mentor", a.mentor()));
      }
      for (IkmId ikm : a.ikms()) {
        listed.add(ikm);
        if (s.ikm(ikm).isEmpty()) {
          out.add(
              IntegrityRules.unknown(
                  List.of(Subject.of(ikm)), "ASSIGNMENT", a.mentor(), "ikm", ikm));
          continue;
        }
        if (!c.participants.contains(ikm)) {
          out.add(
              IntegrityRules.notAParticipant(
                  List.of(Subject.of(ikm), Subject.of(a.mentor())), "ASSIGNMENT", a.mentor(), ikm));
        }
        if (mentorKnown) {
          ikmsOf.computeIfAbsent(a.mentor(), k -> new TreeSet<>()).add(ikm);
        }
      }
    }
    for (IkmId ikm : new TreeSet<>(c.participants)) {
      if (!listed.contains(ikm)) {
        out.add(Rule.IKM_WITHOUT_MENTOR.violation(List.of(Subject.of(ikm)), ikm));
      }
    }
    for (Map.Entry<IkmId, Set<MentorId>> e : new TreeMap<>(c.mentorsOf).entrySet()) {
      if (e.getValue().size() > 1) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(Subject.of(e.getKey()));
        e.getValue().forEach(m -> subjects.add(Subject.of(m)));
        out.add(Rule.IKM_WITH_SEVERAL_MENTORS.violation(subjects, e.getKey(), join(e.getValue())));
      }
    }
    for (Map.Entry<MentorId, Set<IkmId>> e : ikmsOf.entrySet()) {
      MentorId mentor = e.getKey();
      List<Subject> subject = List.of(Subject.of(mentor));
      Set<IkmId> ikms = e.getValue();
      if (ikms.size() > c.policy.maxIkmsPerMentor()) {
        out.add(
            Rule.CASELOAD_EXCEEDED.violation(
                subject, mentor, ikms.size(), c.policy.maxIkmsPerMentor()));
      }
      Set<SentraId> sentra = new TreeSet<>();
      Set<CommodityId> commodities = new TreeSet<>();
      for (IkmId id : ikms) {
        Ikm ikm = c.ikm(id);
        if (s.sentra(ikm.sentra()).isPresent()) {
          sentra.add(ikm.sentra());
        }
        if (s.commodity(ikm.commodity()).isPresent()) {
          commodities.add(ikm.commodity());
        }
      }
      if (c.policy.oneSentraPerMentor() && sentra.size() > 1) {
        out.add(Rule.MENTOR_IN_SEVERAL_SENTRA.violation(subject, mentor, join(sentra)));
      }
      if (c.policy.oneCommodityPerMentor() && commodities.size() > 1) {
        out.add(Rule.MENTOR_WITH_SEVERAL_COMMODITIES.violation(subject, mentor, join(commodities)));
      }
    }
  }

  private static String join(Set<? extends EntityId<?>> ids) {
    return ids.stream().map(EntityId::value).collect(Collectors.joining(", "));
  }
}
