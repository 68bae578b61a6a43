package org.parceldesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Draws case numbers from many threads at once; shared by the H2 test and the MariaDB IT. */
final class CaseNumberConcurrency {

    private CaseNumberConcurrency() {
    }

    static List<String> drawConcurrently(CaseNumbers numbers, CaseType type, int threads, int perThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<String> drawn = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        drawn.add(numbers.next(type));
                    }
                    return drawn;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every number distinct, one day, and the sequences form one unbroken run. */
    static void assertUniqueAndContiguous(List<String> numbers, String prefix) {
        Set<String> distinct = new TreeSet<>(numbers);
        assertThat(distinct).hasSameSizeAs(numbers);
        assertThat(numbers).allMatch(n -> n.matches(prefix + "\\d{8}\\d{6}"));
        assertThat(numbers.stream().map(n -> n.substring(2, 10)).distinct()).hasSize(1);
        TreeSet<Integer> sequences = new TreeSet<>();
        numbers.forEach(n -> sequences.add(Integer.parseInt(n.substring(10))));
        assertThat(sequences.last() - sequences.first() + 1).isEqualTo(numbers.size());
    }
}
