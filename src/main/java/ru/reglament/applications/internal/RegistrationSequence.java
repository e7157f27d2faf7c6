package ru.reglament.applications.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out registration sequence numbers from blocks taken from the database sequence, whose
 * increment is the block size: registering costs no round trip for its number. Numbers stay unique
 * across nodes and restarts; a restart skips the rest of a block, which the rules allow (gaps are fine).
 */
@Component
class RegistrationSequence {

    private final JdbcClient jdbc;
    private long next;
    private long limit;

    RegistrationSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    synchronized long next() {
        if (next == limit) {
            var block = jdbc.sql("""
                    select nextval('applications_registration_seq'), increment_by
                    from pg_sequences where schemaname = current_schema() and sequencename = 'applications_registration_seq'""")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            next = block[0];
            limit = block[0] + block[1];
        }
        return next++;
    }
}
