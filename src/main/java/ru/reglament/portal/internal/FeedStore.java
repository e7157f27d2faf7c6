package ru.reglament.portal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.reglament.portal.DeliveryState;

/** The outbox of status updates for the portal ({@code portal_status_update}). */
@Repository
class FeedStore {

    static final String HELD = "HELD";
    static final String MERGED = "MERGED";

    /** An update to send: claimed by one sender until its lease runs out. */
    record Outgoing(long id, long applicationId, int organisationId, String status, int elkStatus, String comment,
            boolean withResult, Instant occurredAt, UUID messageId, int attempts) {
    }

    /**
     * A status update written with the action that made it; an {@code intermediate} one (an informative
     * status that does not move the process) is always sent, and the next status is compared with the
     * last one that was not intermediate.
     */
    record NewUpdate(long applicationId, int organisationId, String status, int elkStatus, String comment,
            boolean withResult, boolean intermediate, Instant at, UUID messageId) {
    }

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues an update in the caller's transaction, taking along the comments that wait for it. It is
     * not queued when the cabinet shows its code already and it brings no comment, unless intermediate.
     */
    void queue(NewUpdate u) {
        jdbc.sql("""
                with held as (
                    update portal_status_update set state = 'MERGED'
                    where application_id = :application and state = 'HELD'
                    returning id, comment
                ), shown as (
                    select elk_status from portal_status_update
                    where application_id = :application and state not in ('HELD', 'MERGED') and not intermediate
                    order by id desc limit 1
                ), comments as (
                    select nullif(concat_ws(E'\\n\\n', cast(:comment as text),
                        (select string_agg(comment, E'\\n\\n' order by id) from held)), '') as text
                )
                insert into portal_status_update (application_id, organisation_id, status, elk_status, intermediate,
                    comment, with_result, occurred_at, state, message_id, next_attempt_at)
                select :application, :organisation, :status, :code, :intermediate, comments.text, :result, :at, 'QUEUED',
                    :message, :at
                from comments
                where :intermediate or comments.text is not null or (select elk_status from shown) is distinct from :code""")
                .param("application", u.applicationId()).param("organisation", u.organisationId())
                .param("status", u.status()).param("code", u.elkStatus()).param("comment", u.comment())
                .param("result", u.withResult()).param("intermediate", u.intermediate()).param("at", Timestamp.from(u.at()))
                .param("message", u.messageId())
                .update();
    }

    /** Many first updates at once (applications received in one batch): one statement. */
    void queueFirst(List<NewUpdate> updates) {
        int n = updates.size();
        Long[] applications = new Long[n];
        Integer[] organisations = new Integer[n];
        String[] statuses = new String[n];
        Integer[] codes = new Integer[n];
        Timestamp[] at = new Timestamp[n];
        UUID[] messages = new UUID[n];
        for (int i = 0; i < n; i++) {
            NewUpdate u = updates.get(i);
            applications[i] = u.applicationId();
            organisations[i] = u.organisationId();
            statuses[i] = u.status();
            codes[i] = u.elkStatus();
            at[i] = Timestamp.from(u.at());
            messages[i] = u.messageId();
        }
        jdbc.sql("""
                insert into portal_status_update (application_id, organisation_id, status, elk_status, occurred_at,
                    state, message_id, next_attempt_at)
                select a, o, s, c, t, 'QUEUED', m, t from unnest(?, ?, ?, ?, ?, ?) as u(a, o, s, c, t, m)""")
                .params(applications, organisations, statuses, codes, at, messages)
                .update();
    }

    /** A comment for the applicant that waits for the next status update. */
    void hold(long applicationId, int organisationId, String status, String comment, Instant at) {
        jdbc.sql("""
                insert into portal_status_update (application_id, organisation_id, status, comment, occurred_at, state)
                values (?, ?, ?, ?, ?, 'HELD')""")
                .params(applicationId, organisationId, status, comment, Timestamp.from(at))
                .update();
    }

    /**
     * Leases a batch of updates that are due, each the next of its application: no earlier update of
     * the application is still to be sent, nor sent and unanswered for less than {@code confirmation}.
     * Committed at once by the caller; no transaction stays open over the exchanges.
     */
    List<Outgoing> claim(int limit, Instant now, Instant leaseUntil, Instant unansweredSince) {
        return jdbc.sql("""
                update portal_status_update u set leased_until = :lease, attempts = u.attempts + 1
                where u.id in (
                    select c.id from portal_status_update c
                    where c.state = 'QUEUED' and c.next_attempt_at <= :now
                      and (c.leased_until is null or c.leased_until <= :now)
                      and not exists (
                          select 1 from portal_status_update p
                          where p.application_id = c.application_id and p.id < c.id
                            and (p.state = 'QUEUED' or (p.state = 'SENT' and p.sent_at > :unanswered)))
                    order by c.next_attempt_at, c.id
                    limit :limit
                    for update skip locked)
                returning u.id, u.application_id, u.organisation_id, u.status, u.elk_status, u.comment, u.with_result,
                    u.occurred_at, u.message_id, u.attempts""")
                .param("lease", Timestamp.from(leaseUntil)).param("now", Timestamp.from(now))
                .param("unanswered", Timestamp.from(unansweredSince)).param("limit", limit)
                .query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("organisation_id"),
                        rs.getString("status"), rs.getInt("elk_status"), rs.getString("comment"),
                        rs.getBoolean("with_result"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("message_id", UUID.class), rs.getInt("attempts")))
                .list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("""
                update portal_status_update set state = 'SENT', sent_at = coalesce(sent_at, ?), leased_until = null,
                    problem = null
                where id = ? and state = 'QUEUED'""")
                .params(Timestamp.from(at), id).update();
    }

    void retryLater(long id, Instant next, String problem) {
        jdbc.sql("update portal_status_update set next_attempt_at = ?, leased_until = null, problem = ? where id = ? and state = 'QUEUED'")
                .params(Timestamp.from(next), problem, id).update();
    }

    void failed(long id, String problem, Instant at) {
        jdbc.sql("""
                update portal_status_update set state = 'ERROR', problem = ?, answered_at = ?, leased_until = null
                where id = ? and state = 'QUEUED'""")
                .params(problem, Timestamp.from(at), id).update();
    }

    /** The portal's answer to an update; false when the MessageID is none of ours. */
    boolean answered(UUID messageId, DeliveryState state, String problem, Instant at) {
        Optional<Long> id = jdbc.sql("select id from portal_status_update where message_id = ?").param(messageId)
                .query(Long.class).optional();
        id.ifPresent(found -> jdbc.sql("""
                update portal_status_update set state = ?, problem = ?, answered_at = ?,
                    sent_at = coalesce(sent_at, ?), leased_until = null
                where id = ? and state in ('QUEUED', 'SENT')""")
                .params(state.name(), problem, Timestamp.from(at), Timestamp.from(at), found).update());
        return id.isPresent();
    }

    /** Every update of an application (held comments apart, merged ones left out), oldest first. */
    List<Row> of(long applicationId) {
        return jdbc.sql("""
                select id, state, elk_status, status, comment, with_result, occurred_at, attempts, sent_at, answered_at,
                    problem
                from portal_status_update where application_id = ? and state <> 'MERGED' order by id""")
                .param(applicationId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("state"), (Integer) rs.getObject("elk_status"),
                        rs.getString("status"), rs.getString("comment"), rs.getBoolean("with_result"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getInt("attempts"), instant(rs.getTimestamp("sent_at")),
                        instant(rs.getTimestamp("answered_at")), rs.getString("problem")))
                .list();
    }

    record Row(long id, String state, Integer elkStatus, String status, String comment, boolean withResult,
            Instant occurredAt, int attempts, Instant sentAt, Instant answeredAt, String problem) {
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
