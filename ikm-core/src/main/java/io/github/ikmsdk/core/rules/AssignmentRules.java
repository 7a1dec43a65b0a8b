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
import io.github.ikmsdk.core.rules.Reference.Referrer;
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
            ikmCommodityNotSentraCommodity(
                ikm.id(), ikm.commodity(), sentra.id(), sentra.commodity()));
      }
    }

    Set<IkmId> listed = new HashSet<>();
    Map<MentorId, Set<IkmId>> ikmsOf = new TreeMap<>();
    for (Assignment a : s.assignments()) {
      boolean mentorKnown = s.mentor(a.mentor()).isPresent();
      if (!mentorKnown) {
        out.add(
            IntegrityRules.unknownReference(
                Subject.of(a.mentor()),
                Referrer.ASSIGNMENT,
                a.mentor(),
                Reference.MENTOR,
                a.mentor()));
      }
      for (IkmId ikm : a.ikms()) {
        listed.add(ikm);
        if (s.ikm(ikm).isEmpty()) {
          out.add(
              IntegrityRules.unknownReference(
                  Subject.of(ikm), Referrer.ASSIGNMENT, a.mentor(), Reference.IKM, ikm));
          continue;
        }
        if (!c.participants.contains(ikm)) {
          out.add(
              IntegrityRules.notAParticipant(
                  List.of(Subject.of(ikm), Subject.of(a.mentor())),
                  Referrer.ASSIGNMENT,
                  a.mentor(),
                  ikm));
        }
        if (mentorKnown) {
          ikmsOf.computeIfAbsent(a.mentor(), k -> new TreeSet<>()).add(ikm);
        }
      }
    }
    for (IkmId ikm : new TreeSet<>(c.participants)) {
      if (!listed.contains(ikm)) {
        out.add(ikmWithoutMentor(ikm));
      }
    }
    for (Map.Entry<IkmId, Set<MentorId>> e : new TreeMap<>(c.mentorsOf).entrySet()) {
      if (e.getValue().size() > 1) {
        out.add(ikmWithSeveralMentors(e.getKey(), e.getValue()));
      }
    }
    for (Map.Entry<MentorId, Set<IkmId>> e : ikmsOf.entrySet()) {
      MentorId mentor = e.getKey();
      Set<IkmId> ikms = e.getValue();
      if (ikms.size() > c.policy.maxIkmsPerMentor()) {
        out.add(caseloadExceeded(mentor, ikms.size(), c.policy.maxIkmsPerMentor()));
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
        out.add(mentorInSeveralSentra(mentor, sentra));
      }
      if (c.policy.oneCommodityPerMentor() && commodities.size() > 1) {
        out.add(mentorWithSeveralCommodities(mentor, commodities));
      }
    }
  }

  // ------------------------------------------------------------------ typed violations

  /** IKM-R101: a participant without a mentor. */
  static Violation ikmWithoutMentor(IkmId ikm) {
    return Rule.IKM_WITHOUT_MENTOR.violation(List.of(Subject.of(ikm)), ikm);
  }

  /** IKM-R102: an IKM assigned to several mentors, given in id order. */
  static Violation ikmWithSeveralMentors(IkmId ikm, Set<MentorId> mentors) {
    List<Subject> subjects = new ArrayList<>(mentors.size() + 1);
    subjects.add(Subject.of(ikm));
    mentors.forEach(m -> subjects.add(Subject.of(m)));
    return Rule.IKM_WITH_SEVERAL_MENTORS.violation(subjects, ikm, join(mentors));
  }

  /** IKM-R103: a mentor with more IKMs than the maximum caseload. */
  static Violation caseloadExceeded(MentorId mentor, int ikms, int maximum) {
    return Rule.CASELOAD_EXCEEDED.violation(List.of(Subject.of(mentor)), mentor, ikms, maximum);
  }

  /** IKM-R104: a mentor's IKMs in several sentra, given in id order. */
  static Violation mentorInSeveralSentra(MentorId mentor, Set<SentraId> sentra) {
    return Rule.MENTOR_IN_SEVERAL_SENTRA.violation(
        List.of(Subject.of(mentor)), mentor, join(sentra));
  }

  /** IKM-R105: a mentor's IKMs with several commodities, given in id order. */
  static Violation mentorWithSeveralCommodities(MentorId mentor, Set<CommodityId> commodities) {
    return Rule.MENTOR_WITH_SEVERAL_COMMODITIES.violation(
        List.of(Subject.of(mentor)), mentor, join(commodities));
  }

  /** IKM-R106: an IKM's commodity differs from its sentra's. */
  static Violation ikmCommodityNotSentraCommodity(
      IkmId ikm, CommodityId commodity, SentraId sentra, CommodityId sentraCommodity) {
    return Rule.IKM_COMMODITY_NOT_SENTRA_COMMODITY.violation(
        List.of(Subject.of(ikm), Subject.of(sentra)), ikm, commodity, sentra, sentraCommodity);
  }

  private static String join(Set<? extends EntityId<?>> ids) {
    return ids.stream().map(EntityId::value).collect(Collectors.joining(", "));
  }
}
