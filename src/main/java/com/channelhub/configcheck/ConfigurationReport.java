package com.channelhub.configcheck;

import java.util.List;

/** Every check's result, and the worst of them as the verdict. */
public record ConfigurationReport(CheckStatus status, List<CheckResult> results) {

    static ConfigurationReport of(List<CheckResult> results) {
        CheckStatus worst = results.stream().map(CheckResult::status)
                .reduce(CheckStatus.PASS, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return new ConfigurationReport(worst, List.copyOf(results));
    }

    /** The command line's exit code: non-zero when anything failed. */
    public int exitCode() {
        return status == CheckStatus.FAIL ? 1 : 0;
    }

    /** A fixed-width table for a terminal, each WARN and FAIL followed by what to do. */
    public String table() {
        int area = width(results.stream().map(CheckResult::area).toList(), "AREA");
        int check = width(results.stream().map(CheckResult::check).toList(), "CHECK");
        String format = "%-6s %-" + area + "s %-" + check + "s %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "STATUS", "AREA", "CHECK", "DETAIL"));
        for (CheckResult result : results) {
            out.append(String.format(format, result.status(), result.area(), result.check(), result.detail()));
            if (result.action() != null) {
                out.append(String.format("%-6s %-" + area + "s %-" + check + "s -> %s%n", "", "", "", result.action()));
            }
        }
        long failed = results.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
        long warned = results.stream().filter(r -> r.status() == CheckStatus.WARN).count();
        out.append(String.format("%nConfiguration check: %s (%d checks, %d failed, %d warnings)%n", status, results.size(),
                failed, warned));
        return out.toString();
    }

    private static int width(List<String> values, String header) {
        return Math.min(40, Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0)));
    }
}
