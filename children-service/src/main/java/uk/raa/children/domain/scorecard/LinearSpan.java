package uk.raa.children.domain.scorecard;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact span test over integer vectors (fraction-free Gaussian elimination). Used to decide whether a
 * withheld count is a linear combination of published counts, i.e. recoverable by any mix of
 * additions and subtractions.
 */
final class LinearSpan {

    private final int dimension;
    private final List<long[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    LinearSpan(int dimension) {
        this.dimension = dimension;
    }

    void add(long[] vector) {
        long[] reduced = reduce(vector);
        int pivot = firstNonZero(reduced);
        if (pivot >= 0) {
            basis.add(reduced);
            pivots.add(pivot);
        }
    }

    boolean contains(long[] vector) {
        return firstNonZero(reduce(vector)) < 0;
    }

    private long[] reduce(long[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector length " + vector.length + " is not " + dimension);
        }
        long[] v = vector.clone();
        for (int i = 0; i < basis.size(); i++) {
            int p = pivots.get(i);
            if (v[p] == 0) {
                continue;
            }
            long[] b = basis.get(i);
            long factorV = b[p];
            long factorB = v[p];
            for (int j = 0; j < dimension; j++) {
                v[j] = Math.subtractExact(Math.multiplyExact(v[j], factorV), Math.multiplyExact(b[j], factorB));
            }
            normalise(v);
        }
        return v;
    }

    private static void normalise(long[] v) {
        long g = 0;
        for (long x : v) {
            g = gcd(g, Math.abs(x));
        }
        if (g > 1) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= g;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static int firstNonZero(long[] v) {
        for (int j = 0; j < v.length; j++) {
            if (v[j] != 0) {
                return j;
            }
        }
        return -1;
    }
}
