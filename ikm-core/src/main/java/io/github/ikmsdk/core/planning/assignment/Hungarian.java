package io.github.ikmsdk.core.planning.assignment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn-Munkres) for the rectangular assignment problem with integer costs, in
 * the shortest-augmenting-path form with potentials: O(r<sup>2</sup>c) time and O(rc) memory for r
 * rows and c columns, r &le; c (the matrix is transposed when it has more rows).
 *
 * <p>Every row of the smaller side is matched to a distinct element of the larger side so that the
 * sum of costs is least; the result is exact. Ties are broken deterministically by the order of
 * rows and columns: the same matrix always gives the same assignment.
 */
final class Hungarian {

  /** Costs must lie in {@code [-LIMIT, LIMIT]} so that sums of potentials cannot overflow. */
  static final long LIMIT = 1L << 40;

  private static final long INFINITY = Long.MAX_VALUE / 2;

  private Hungarian() {}

  /**
   * Returns an assignment of least total cost.
   *
   * @param cost the cost matrix {@code cost[row][column]}, rectangular, entries in {@code [-LIMIT,
   *     LIMIT]}
   * @return for each row, its column, or -1 if the row is left unassigned (only when there are more
   *     rows than columns)
   * @throws IllegalArgumentException if the matrix is ragged or an entry is out of range
   */
  static int[] solve(long[][] cost) {
    checkNotNull(cost, "cost");
    int rows = cost.length;
    if (rows == 0) {
      return new int[0];
    }
    int columns = cost[0].length;
    for (long[] row : cost) {
      checkArgument(row.length == columns, "cost matrix must be rectangular");
      for (long entry : row) {
        checkArgument(entry >= -LIMIT && entry <= LIMIT, "cost out of range: %s", entry);
      }
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (columns == 0) {
      return result;
    }
    if (rows <= columns) {
      return solveWide(cost, rows, columns);
    }
    long[][] transposed = new long[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed[j][i] = cost[i][j];
      }
    }
    int[] columnToRow = solveWide(transposed, columns, rows);
    for (int j = 0; j < columns; j++) {
      result[columnToRow[j]] = j;
    }
    return result;
  }

  /** Solves for {@code n <= m}; every row gets a column. */
  private static int[] solveWide(long[][] a, int n, int m) {
    // 1-based arrays; column 0 is the virtual start of each augmenting path.
    long[] u = new long[n + 1];
    long[] v = new long[m + 1];
    int[] rowOfColumn = new int[m + 1];
    int[] way = new int[m + 1];
    long[] minv = new long[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      rowOfColumn[0] = i;
      int j0 = 0;
      Arrays.fill(minv, INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = rowOfColumn[j0];
        long delta = INFINITY;
        int j1 = 0;
        long[] row = a[i0 - 1];
        long ui0 = u[i0];
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            long reduced = row[j - 1] - ui0 - v[j];
            if (reduced < minv[j]) {
              minv[j] = reduced;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[rowOfColumn[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (rowOfColumn[j0] != 0);
      do {
        int j1 = way[j0];
        rowOfColumn[j0] = rowOfColumn[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] result = new int[n];
    for (int j = 1; j <= m; j++) {
      if (rowOfColumn[j] != 0) {
        result[rowOfColumn[j] - 1] = j - 1;
      }
    }
    return result;
  }
}
