/**
 * Rule validation (validasi aturan): one catalogue of rules with stable codes, one validator for
 * every path, and reports that a person and a program can act on.
 *
 * <p>Start with {@link io.github.ikmsdk.core.rules.Validator}: {@code
 * Validator.standard().validate(snapshot)} returns a {@link
 * io.github.ikmsdk.core.rules.ValidationReport} of every {@link
 * io.github.ikmsdk.core.rules.Violation}; {@link io.github.ikmsdk.core.rules.Rule} is the catalogue
 * of codes. Single edits are checked with {@link io.github.ikmsdk.core.rules.Change} and {@link
 * io.github.ikmsdk.core.rules.ValidationSession}, which report exactly what a full validation of
 * the edited snapshot reports; {@link io.github.ikmsdk.core.rules.LogbookAudit} verifies a
 * logbook's hash chain, given the hash a Dinas kept. Messages are available in Bahasa Indonesia and
 * English; the caller always passes the locale.
 */
@NullMarked
package io.github.ikmsdk.core.rules;

import org.jspecify.annotations.NullMarked;
