package io.github.ikmsdk.core.testing;

import io.github.ikmsdk.core.calendar.WorkCalendar;
import io.github.ikmsdk.core.programme.ProgrammePolicy;
import java.time.LocalDate;

/** The generated parameters from which {@link ValidSnapshotFactory} builds a snapshot. */
record SnapshotSpec(
    ProgrammePolicy policy,
    WorkCalendar calendar,
    LocalDate start,
    int sentraCount,
    int mentorsPerSentra,
    int wantedCaseload,
    long seed,
    double monthsFraction) {}
