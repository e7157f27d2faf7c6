package ru.reglament.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the applications module: the application row and its append-only history. */
@Repository
public class ApplicationStore {

    static final String COLUMNS = """
            a.id, a.portal_number, a.service_id, a.organisation_id, a.process_code, a.process_version, a.status,
            a.assignee_id, e.full_name as assignee_name, a.submitted_at, a.received_at, a.deadline,
            a.registration_number, a.channel, a.purpose, a.applicant_name, a.applicant::text as applicant,
            a.representative::text as representative, a.fields::text as fields, a.closed_at, a.has_decision, a.version
            """;

    private static final RowMapper<ApplicationRow> ROW = ApplicationStore::row;

    private final JdbcClient jdbc;

    public ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewApplication(String portalNumber, byte[] requestHash, int serviceId, int organisationId, String processCode,
            int processVersion, String status, Instant submittedAt, LocalDate deadline, String channel, String purpose,
            String applicantKind, String applicantName, String applicant, String representative, String fields) {
    }

    /**
     * Inserts the application and its first history line in one round trip, unless the portal number
     * is already known; empty when it is (the caller then compares bodies).
     */
    public Optional<ApplicationRow> insertIfAbsent(NewApplication a, Instant receivedAt, Long actorId, String actorName) {
        return jdbc.sql("""
                with inserted as (
                    insert into applications_application (portal_number, request_hash, service_id, organisation_id,
                        process_code, process_version, status, submitted_at, received_at, deadline, channel, purpose,
                        applicant_kind, applicant_name, applicant, representative, fields)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)
                    on conflict (portal_number) do nothing
                    returning *
                ), history as (
                    insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                        status_before, status_after)
                    select id, received_at, ?, ?, 'receive', null, status from inserted
                )
                select """ + " " + COLUMNS + " from inserted a left join staff_employee e on e.id = a.assignee_id")
                .params(a.portalNumber(), a.requestHash(), a.serviceId(), a.organisationId(), a.processCode(),
                        a.processVersion(), a.status(), Timestamp.from(a.submittedAt()), Timestamp.from(receivedAt),
                        a.deadline(), a.channel(), a.purpose(), a.applicantKind(), a.applicantName(), a.applicant(),
                        a.representative(), a.fields(), actorId, actorName)
                .query(ROW).optional();
    }

    public record KnownIntake(long id, byte[] requestHash) {
    }

    public Optional<KnownIntake> byPortalNumber(String portalNumber) {
        return jdbc.sql("select id, request_hash from applications_application where portal_number = ?")
                .param(portalNumber)
                .query((rs, n) -> new KnownIntake(rs.getLong(1), rs.getBytes(2))).optional();
    }

    public Optional<ApplicationRow> find(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from applications_application a left join staff_employee e on e.id = a.assignee_id where a.id = ?")
                .param(id).query(ROW).optional();
    }

    /** Locks the row for the action's transaction: concurrent actions on one application queue up here. */
    public Optional<ApplicationRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + """
                 from applications_application a left join staff_employee e on e.id = a.assignee_id
                 where a.id = ? for update of a""")
                .param(id).query(ROW).optional();
    }

    /** What an action changes on the row, and the history line it leaves. */
    public record Change(String status, int organisationId, Long assigneeId, String registrationNumber, Instant closedAt,
            boolean decisionDrafted, Instant at, Long actorId, String actorName, String action, String statusBefore,
            String comment, String detailsJson) {
    }

    /**
     * Applies an action's change to the locked row and appends its history line, in one round trip;
     * returns the row as it now stands.
     */
    public ApplicationRow update(long id, int expectedVersion, Change c) {
        return jdbc.sql("""
                with updated as (
                    update applications_application
                    set status = ?, organisation_id = ?, assignee_id = ?, registration_number = ?, closed_at = ?,
                        has_decision = has_decision or ?, version = version + 1, updated_at = ?
                    where id = ? and version = ?
                    returning *
                ), history as (
                    insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                        status_before, status_after, comment, details)
                    select id, ?, ?, ?, ?, ?, status, ?, ?::jsonb from updated
                )
                select """ + " " + COLUMNS + " from updated a left join staff_employee e on e.id = a.assignee_id")
                .params(c.status(), c.organisationId(), c.assigneeId(), c.registrationNumber(),
                        c.closedAt() == null ? null : Timestamp.from(c.closedAt()), c.decisionDrafted(),
                        Timestamp.from(c.at()), id, expectedVersion, Timestamp.from(c.at()), c.actorId(), c.actorName(),
                        c.action(), c.statusBefore(), c.comment(), c.detailsJson())
                .query(ROW).optional()
                .orElseThrow(() -> new IllegalStateException("Application " + id + " changed under a row lock"));
    }

    public long nextRegistrationSequence() {
        return jdbc.sql("select nextval('applications_registration_seq')").query(Long.class).single();
    }

    public record HistoryRow(long id, Instant occurredAt, String actorName, String action, String statusBefore,
            String statusAfter, String comment, String details) {
    }

    public List<HistoryRow> history(long applicationId) {
        return jdbc.sql("""
                select id, occurred_at, actor_name, action, status_before, status_after, comment, details::text
                from applications_history where application_id = ? order by id""")
                .param(applicationId)
                .query((rs, n) -> new HistoryRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    private static ApplicationRow row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ApplicationRow(rs.getLong("id"), rs.getString("portal_number"), rs.getInt("service_id"),
                rs.getInt("organisation_id"), rs.getString("process_code"), rs.getInt("process_version"),
                rs.getString("status"), (Long) rs.getObject("assignee_id"), rs.getString("assignee_name"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("deadline", LocalDate.class), rs.getString("registration_number"), rs.getString("channel"),
                rs.getString("purpose"), rs.getString("applicant_name"), rs.getString("applicant"),
                rs.getString("representative"), rs.getString("fields"), closed == null ? null : closed.toInstant(),
                rs.getBoolean("has_decision"), rs.getInt("version"));
    }
}
