package io.github.ikmsdk.examples.bench;

import com.google.common.base.Preconditions;
import com.google.common.base.Strings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A results table that prints its header and each row as soon as they are known, so that a long
 * benchmark shows its rows while it runs: the table code the benchmarks share.
 *
 * <p>Columns have a header, a minimum width and an alignment; a cell wider than its column pushes
 * the rest of its row to the right. Plain tables separate cells with a space; Markdown tables
 * ({@link #markdown(PrintStream)}) can be pasted into the README as they are. The static helpers
 * format figures with {@link Locale#ROOT}.
 */
final class Table {

  private final PrintStream out;
  private final boolean markdown;
  private final List<String> headers = new ArrayList<>();
  private final List<Integer> widths = new ArrayList<>();
  private final List<Boolean> leftAligned = new ArrayList<>();

  private Table(PrintStream out, boolean markdown) {
    this.out = out;
    this.markdown = markdown;
  }

  /** Returns an empty plain table printing to {@code out}: cells separated by a space. */
  static Table plain(PrintStream out) {
    return new Table(out, false);
  }

  /** Returns an empty Markdown table printing to {@code out}. */
  static Table markdown(PrintStream out) {
    return new Table(out, true);
  }

  /** Adds a left-aligned column at least {@code width} wide; returns this table. */
  Table left(String header, int width) {
    return column(header, width, true);
  }

  /** Adds a right-aligned column at least {@code width} wide; returns this table. */
  Table right(String header, int width) {
    return column(header, width, false);
  }

  private Table column(String header, int width, boolean left) {
    headers.add(header);
    widths.add(Math.max(width, header.length()));
    leftAligned.add(left);
    return this;
  }

  /** Prints the header line, and for Markdown the alignment line. */
  void printHeader() {
    out.println(line(headers));
    if (markdown) {
      List<String> rule = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        String dashes = Strings.repeat("-", widths.get(c) - 1);
        rule.add(leftAligned.get(c) ? ":" + dashes : dashes + ":");
      }
      out.println(line(rule));
    }
  }

  /** Prints a row of already formatted cells, one per column. */
  void printRow(String... cells) {
    Preconditions.checkArgument(
        cells.length == headers.size(),
        "a row needs %s cells, was %s",
        headers.size(),
        cells.length);
    out.println(line(List.of(cells)));
  }

  private String line(List<String> cells) {
    StringBuilder line = new StringBuilder(markdown ? "| " : "");
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(markdown ? " | " : " ");
      }
      String cell = cells.get(c);
      int width = widths.get(c);
      line.append(
          leftAligned.get(c)
              ? Strings.padEnd(cell, width, ' ')
              : Strings.padStart(cell, width, ' '));
    }
    return markdown ? line.append(" |").toString() : line.toString();
  }

  /** Formats a count with thousands separators: {@code 2,600,000}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Formats nanoseconds as whole milliseconds. */
  static String millis(long nanos) {
    return Long.toString(nanos / 1_000_000);
  }

  /** Formats nanoseconds as seconds with two decimals. */
  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
  }

  /** Formats bytes as whole mebibytes (2<sup>20</sup> bytes). */
  static String megabytes(long bytes) {
    return Long.toString(bytes >> 20);
  }

  /** Formats a rate: items per second with thousands separators, from items and nanoseconds. */
  static String perSecond(long items, long nanos) {
    return count(Math.round(items / (nanos / 1e9)));
  }
}
