package ru.reglament.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ru.reglament.audit.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void record(Long actorId, String actorName, String subject, String subjectId, String change, Object before,
            Object after) {
        jdbc.sql("""
                insert into audit_change (at, actor_id, actor_name, subject, subject_id, change, before, after)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(Timestamp.from(clock.instant()), actorId, actorName, subject, subjectId, change,
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Override
    public List<Entry> recent(String subject, String subjectId, int limit) {
        return jdbc.sql("""
                select id, at, actor_name, subject, subject_id, change, before::text as before, after::text as after
                from audit_change
                where (cast(:subject as text) is null or subject = :subject)
                  and (cast(:subjectId as text) is null or subject_id = :subjectId)
                order by id desc limit :limit""")
                .param("subject", subject).param("subjectId", subjectId).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                        rs.getString("subject"), rs.getString("subject_id"), rs.getString("change"), rs.getString("before"),
                        rs.getString("after")))
                .list();
    }
}
