package ru.reglament.applications;

import java.util.List;

/**
 * One page of a list, newest first. {@code nextCursor} fetches the next page (keyset, so deep pages
 * stay fast); {@code total} is exact up to {@code totalLimit}, beyond which it reads "more than".
 */
public record ApplicationPage(List<ApplicationSummary> items, String nextCursor, long total, boolean totalExceedsLimit,
        int totalLimit) {
}
