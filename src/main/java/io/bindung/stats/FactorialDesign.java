package io.bindung.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The cells of a full factorial design and its contrasts. Cells are in row-major order, the first
 * factor varying slowest: cell c has level (c / Π_{g&gt;f} L_g) mod L_f of factor f. Immutable.
 */
final class FactorialDesign {
    private final int[] levels;
    private final int cells;

    FactorialDesign(int[] levels, int cellCount) {
        Objects.requireNonNull(levels, "null levels");
        if (levels.length < 1 || levels.length > Factorial.MAX_FACTORS) {
            throw new IllegalArgumentException("need 1 to " + Factorial.MAX_FACTORS + " factors, got " + levels.length);
        }
        long product = 1;
        for (int count : levels) {
            if (count < 2) {
                throw new IllegalArgumentException("every factor needs at least 2 levels, got " + count);
            }
            product = Math.min(product * count, Integer.MAX_VALUE);
        }
        if (product != cellCount) {
            throw new IllegalArgumentException("the levels make " + product + " cells, got " + cellCount);
        }
        this.levels = levels.clone();
        this.cells = cellCount;
    }

    int factors() {
        return levels.length;
    }

    int levels(int factor) {
        return levels[factor];
    }

    int cells() {
        return cells;
    }

    /** The level of {@code factor} in {@code cell}. */
    int level(int cell, int factor) {
        int stride = 1;
        for (int later = factor + 1; later < levels.length; later++) {
            stride *= levels[later];
        }
        return cell / stride % levels[factor];
    }

    /** Every main effect and interaction: by size, each size in lexicographic order of its factors. */
    List<List<Integer>> terms() {
        List<List<Integer>> terms = new ArrayList<>();
        for (int size = 1; size <= levels.length; size++) {
            addCombinations(size, 0, new ArrayList<>(), terms);
        }
        return terms;
    }

    private void addCombinations(int size, int from, List<Integer> chosen, List<List<Integer>> terms) {
        if (chosen.size() == size) {
            terms.add(List.copyOf(chosen));
            return;
        }
        for (int factor = from; factor < levels.length; factor++) {
            chosen.add(factor);
            addCombinations(size, factor + 1, chosen, terms);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Every factor, the overall test's "term". */
    List<Integer> allFactors() {
        List<Integer> all = new ArrayList<>();
        for (int factor = 0; factor < levels.length; factor++) {
            all.add(factor);
        }
        return all;
    }

    /** q = Π(Lⱼ − 1) over the term's factors. */
    int degreesOfFreedom(List<Integer> term) {
        int q = 1;
        for (int factor : term) {
            q *= levels[factor] - 1;
        }
        return q;
    }

    /**
     * The term's q×C contrast matrix K = ⊗_f B_f in factor order: for a factor in the term B_f is the
     * (L_f − 1)×L_f matrix with rows e_j − e_0 (a basis of the sum-to-zero contrasts), for any other
     * factor the 1×L_f averaging row (1/L_f, …, 1/L_f).
     */
    double[][] contrast(List<Integer> term) {
        double[][] product = {{1}};
        for (int factor = 0; factor < levels.length; factor++) {
            product = kronecker(product, term.contains(factor) ? differencesFromControl(levels[factor]) : averaging(levels[factor]));
        }
        return product;
    }

    /**
     * The cell weights w of "marginal mean of {@code level} − marginal mean of level 0" for
     * {@code factor}: ±L_f/C on the cells at that level and at level 0, 0 elsewhere.
     */
    double[] marginalDifference(int factor, int level) {
        double[] weights = new double[cells];
        double weight = (double) levels[factor] / cells;
        for (int cell = 0; cell < cells; cell++) {
            int cellLevel = level(cell, factor);
            if (cellLevel == level) {
                weights[cell] = weight;
            } else if (cellLevel == 0) {
                weights[cell] = -weight;
            }
        }
        return weights;
    }

    private static double[][] differencesFromControl(int count) {
        double[][] rows = new double[count - 1][count];
        for (int level = 1; level < count; level++) {
            rows[level - 1][0] = -1;
            rows[level - 1][level] = 1;
        }
        return rows;
    }

    private static double[][] averaging(int count) {
        double[][] row = new double[1][count];
        Arrays.fill(row[0], 1.0 / count);
        return row;
    }

    private static double[][] kronecker(double[][] left, double[][] right) {
        int rows = right.length;
        int columns = right[0].length;
        double[][] product = new double[left.length * rows][left[0].length * columns];
        for (int row = 0; row < product.length; row++) {
            for (int column = 0; column < product[0].length; column++) {
                product[row][column] = left[row / rows][column / columns] * right[row % rows][column % columns];
            }
        }
        return product;
    }
}
