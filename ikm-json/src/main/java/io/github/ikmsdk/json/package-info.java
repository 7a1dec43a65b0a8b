/**
 * The JSON contract of the IKM mentoring SDK (kontrak JSON): start with {@link
 * io.github.ikmsdk.json.IkmJson}, the one facade that reads and writes the versioned documents of
 * {@link io.github.ikmsdk.json.document}, streams visit logs ({@link
 * io.github.ikmsdk.json.VisitLogReader}, {@link io.github.ikmsdk.json.VisitLogWriter}) and imports
 * with reports ({@link io.github.ikmsdk.json.imports}). Users with their own Jackson {@code
 * JsonMapper} register {@link io.github.ikmsdk.json.IkmJsonModule}.
 *
 * <h2>Wire format</h2>
 *
 * <ul>
 *   <li>Field names are camelCase; every document has {@code schemaVersion} and {@code kind}.
 *   <li>Ids and official identifiers (NIB, NIP, KBLI, region codes) are strings; region codes are
 *       dotted ({@code 53.15.05.2019}).
 *   <li>Dates are ISO-8601 {@code yyyy-MM-dd}; times are {@code HH:mm}, or {@code HH:mm:ss} (with a
 *       fraction if any) when they have seconds; zones are IANA ids ({@code Asia/Makassar}); time
 *       windows are {@code HH:mm-HH:mm} with {@code 24:00} for the end of the day.
 *   <li>Enums are written by their constant names ({@code COMPLETED}, {@code PUBLIC_HOLIDAY}).
 *   <li>Geo points are {@code {"latitude": -8.4793, "longitude": 119.8992}}.
 *   <li>An absent optional value is an absent field, never {@code null}; collections are always
 *       written, empty as {@code []}. Fields with a default in the model (policy values, visit
 *       status and notes, logbook findings and actions) are always written and may be left out on
 *       input, taking their defaults.
 *   <li>The owners' NIK is written only on the caller's opt-in; the snapshot document says {@code
 *       "personalData": "included"} or {@code "omitted"}.
 *   <li>Rule violations carry their stable {@code code}, {@code subjects} ({@code {"kind": "IKM",
 *       "id": "IKM-01"}}) and raw {@code arguments} (text); a validation report also carries values
 *       <em>derived</em> from them ({@code status}, {@code counts}, each violation's {@code
 *       severity}), which readers check, and bilingual messages ({@code {"en": ..., "id": ...}}),
 *       which readers ignore. A visit plan likewise carries the derived {@code coveredIkmWeeks} and
 *       bilingual messages of its shortfalls and remedies.
 *   <li>Shares are {@code {"part": 3, "whole": 4}}; ISO weeks are {@code 2023-W33}. Nothing
 *       computed from the clock (such as "overdue") is stored.
 * </ul>
 *
 * <p>Each document kind has a JSON Schema (draft 2020-12); see {@link
 * io.github.ikmsdk.json.document.DocumentKind}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.ikmsdk.json;

import org.jspecify.annotations.NullMarked;
