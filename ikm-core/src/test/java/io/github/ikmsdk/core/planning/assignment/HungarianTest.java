package io.github.ikmsdk.core.planning.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HungarianTest {

  @Test
  void solvesASquareTextbookExample() {
    long[][] cost = {
      {9, 2, 7, 8},
      {6, 4, 3, 7},
      {5, 8, 1, 8},
      {7, 6, 9, 4}
    };
    int[] result = Hungarian.solve(cost);
    assertArrayEquals(new int[] {1, 0, 2, 3}, result);
    assertEquals(13, total(cost, result));
  }

  @Test
  void leavesColumnsFreeWhenWide() {
    long[][] cost = {
      {10, 1, 10},
      {1, 10, 10}
    };
    assertArrayEquals(new int[] {1, 0}, Hungarian.solve(cost));
  }

  @Test
  void leavesRowsUnassignedWhenTall() {
    long[][] cost = {{5}, {1}, {3}};
    assertArrayEquals(new int[] {-1, 0, -1}, Hungarian.solve(cost));
  }

  @Test
  void handlesEmptyAndNegativeCosts() {
    assertArrayEquals(new int[0], Hungarian.solve(new long[0][0]));
    assertArrayEquals(new int[] {-1, -1}, Hungarian.solve(new long[2][0]));
    long[][] cost = {
      {-5, 0},
      {0, -5}
    };
    assertArrayEquals(new int[] {0, 1}, Hungarian.solve(cost));
  }

  @Test
  void rejectsRaggedAndOutOfRangeMatrices() {
    assertThrows(IllegalArgumentException.class, () -> Hungarian.solve(new long[][] {{1, 2}, {3}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Hungarian.solve(new long[][] {{Hungarian.LIMIT + 1}}));
  }

  @Test
  void tiesAreBrokenTheSameWayEveryTime() {
    long[][] cost = new long[5][5];
    int[] first = Hungarian.solve(cost);
    for (int i = 0; i < 10; i++) {
      assertArrayEquals(first, Hungarian.solve(cost));
    }
  }

  @Test
  void matchesBruteForceOnRandomSmallMatrices() {
    Random random = new Random(20230814L);
    for (int trial = 0; trial < 500; trial++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(6);
      long[][] cost = new long[rows][columns];
      for (long[] row : cost) {
        for (int j = 0; j < columns; j++) {
          row[j] = random.nextInt(trial % 2 == 0 ? 5 : 1000) - (trial % 3 == 0 ? 200 : 0);
        }
      }
      int[] result = Hungarian.solve(cost);
      Set<Integer> used = new HashSet<>();
      int assigned = 0;
      for (int column : result) {
        if (column >= 0) {
          assertTrue(used.add(column), "column used twice");
          assigned++;
        }
      }
      assertEquals(Math.min(rows, columns), assigned);
      assertEquals(bruteForce(cost, 0, new boolean[columns], 0), total(cost, result));
    }
  }

  private static long total(long[][] cost, int[] result) {
    long sum = 0;
    for (int i = 0; i < result.length; i++) {
      if (result[i] >= 0) {
        sum += cost[i][result[i]];
      }
    }
    return sum;
  }

  /** The least total over assignments of min(rows, columns) pairs. */
  private static long bruteForce(long[][] cost, int row, boolean[] used, int assigned) {
    int rows = cost.length;
    int columns = cost[0].length;
    int target = Math.min(rows, columns);
    if (assigned == target) {
      return 0;
    }
    if (rows - row < target - assigned) {
      return Long.MAX_VALUE;
    }
    long best = Long.MAX_VALUE;
    if (rows - row > target - assigned) {
      best = bruteForce(cost, row + 1, used, assigned); // leave this row out
    }
    for (int j = 0; j < columns; j++) {
      if (!used[j]) {
        used[j] = true;
        long rest = bruteForce(cost, row + 1, used, assigned + 1);
        used[j] = false;
        if (rest != Long.MAX_VALUE) {
          best = Math.min(best, cost[row][j] + rest);
        }
      }
    }
    return best;
  }
}
