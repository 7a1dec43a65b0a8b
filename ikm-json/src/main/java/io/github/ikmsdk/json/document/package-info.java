/**
 * The versioned JSON documents (dokumen JSON): {@link
 * io.github.ikmsdk.json.document.ProgrammeDocument} (everything about a programme), {@link
 * io.github.ikmsdk.json.document.VisitLogDocument} (visits only), {@link
 * io.github.ikmsdk.json.document.ValidationReportDocument} (rule violations), {@link
 * io.github.ikmsdk.json.document.ComplianceReportDocument} (weekly visit compliance) and {@link
 * io.github.ikmsdk.json.document.VisitPlanDocument} (planned visits and explained shortfalls) and
 * {@link io.github.ikmsdk.json.document.ProgrammeOutlookDocument} (start dates and mentors needed),
 * each of a {@link io.github.ikmsdk.json.document.DocumentKind} with its JSON Schema.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.ikmsdk.json.document;

import org.jspecify.annotations.NullMarked;
