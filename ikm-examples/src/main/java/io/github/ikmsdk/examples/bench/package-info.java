/**
 * Benchmarks at national scale: a generated programme of 100,000 IKMs and 20,000 mentors, and
 * runnable programs that time assignment, planning, validation and JSON on it. Start with {@link
 * io.github.ikmsdk.examples.bench.NationalBenchmark}, which runs them all in one go.
 */
package io.github.ikmsdk.examples.bench;
