package com.channelhub.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A benchmark's figures as a two-column table on standard output. */
final class Figures {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Figures(String title) {
        this.title = title;
    }

    Figures add(String name, String value) {
        rows.add(new String[] {name, value});
        return this;
    }

    Figures add(String name, long value) {
        return add(name, String.format(Locale.ROOT, "%,d", value));
    }

    Figures section(String name) {
        rows.add(new String[] {"", ""});
        rows.add(new String[] {name, null});
        return this;
    }

    void print() {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        StringBuilder out = new StringBuilder("\n== ").append(title).append(" ==\n");
        for (String[] row : rows) {
            if (row[1] == null) {
                out.append("-- ").append(row[0]).append('\n');
            } else if (row[0].isEmpty()) {
                out.append('\n');
            } else {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", row[0], row[1]));
            }
        }
        System.out.println(out);
    }

    static String seconds(Duration duration) {
        return seconds(duration.toMillis() / 1000.0);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String rate(double count, Duration duration, String unit) {
        double s = duration.toMillis() / 1000.0;
        return s <= 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f %s/s", count / s, unit);
    }

    static String ratio(double value, double floor) {
        return floor <= 0 ? "n/a (floor is 0)" : String.format(Locale.ROOT, "%.2f", value / floor);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
