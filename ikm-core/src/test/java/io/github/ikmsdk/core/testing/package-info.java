/**
 * Generators of valid domain data for property-based tests (jqwik arbitraries), published in {@code
 * ikm-core}'s test-jar so that users can test their own rules and integrations.
 *
 * <p>Start with {@link io.github.ikmsdk.core.testing.IkmArbitraries}: every generator builds valid
 * values by construction (combinators, not filters). {@code validSnapshots()} yields programme
 * snapshots that keep every rule of the SDK's validator, which makes them the base for "break one
 * rule, expect its code" properties.
 */
package io.github.ikmsdk.core.testing;
