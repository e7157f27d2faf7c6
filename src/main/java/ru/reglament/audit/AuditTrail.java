package ru.reglament.audit;

import java.time.Instant;
import java.util.List;

/** Records administrative changes in the caller's transaction, and reads them back. */
public interface AuditTrail {

    /**
     * One change: {@code subject} what was changed («employee», «organisation», «service»…) and its id,
     * {@code change} what was done, {@code before}/{@code after} the thing as it was and is (any value
     * that serialises to JSON; null when it did not or does not exist).
     */
    void record(Long actorId, String actorName, String subject, String subjectId, String change, Object before,
            Object after);

    /** The newest changes of a subject (or of every subject when {@code subject} is null), newest first. */
    List<Entry> recent(String subject, String subjectId, int limit);

    record Entry(long id, Instant at, String actorName, String subject, String subjectId, String change, String before,
            String after) {
    }
}
