package ru.reglament.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
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

    /** An application to insert, with who received it (its first history line). */
    public record Insert(NewApplication application, Instant receivedAt, Long actorId, String actorName) {
    }

    /**
     * Inserts applications with their first history lines and name-fragment search rows in one
     * statement, skipping portal numbers already known; returns the rows inserted. Portal numbers
     * must be distinct within the call.
     */
    public List<ApplicationRow> insertAllIfAbsent(List<Insert> inserts) {
        int n = inserts.size();
        String[] portalNumbers = new String[n];
        byte[][] hashes = new byte[n][];
        Integer[] services = new Integer[n];
        Integer[] organisations = new Integer[n];
        String[] processCodes = new String[n];
        Integer[] processVersions = new Integer[n];
        String[] statuses = new String[n];
        String[] submitted = new String[n];
        String[] received = new String[n];
        String[] deadlines = new String[n];
        String[] channels = new String[n];
        String[] purposes = new String[n];
        String[] kinds = new String[n];
        String[] names = new String[n];
        String[] applicants = new String[n];
        String[] representatives = new String[n];
        String[] fields = new String[n];
        Long[] actorIds = new Long[n];
        String[] actorNames = new String[n];
        Map<String, Insert> byPortalNumber = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Insert insert = inserts.get(i);
            NewApplication a = insert.application();
            byPortalNumber.put(a.portalNumber(), insert);
            portalNumbers[i] = a.portalNumber();
            hashes[i] = a.requestHash();
            services[i] = a.serviceId();
            organisations[i] = a.organisationId();
            processCodes[i] = a.processCode();
            processVersions[i] = a.processVersion();
            statuses[i] = a.status();
            submitted[i] = a.submittedAt().toString();
            received[i] = insert.receivedAt().toString();
            deadlines[i] = a.deadline().toString();
            channels[i] = a.channel();
            purposes[i] = a.purpose();
            kinds[i] = a.applicantKind();
            names[i] = a.applicantName();
            applicants[i] = a.applicant();
            representatives[i] = a.representative();
            fields[i] = a.fields();
            actorIds[i] = insert.actorId();
            actorNames[i] = insert.actorName();
        }
        // Arrays keep one statement text, and so one prepared plan, for every batch size.
        return jdbc.sql("""
                with input as (
                    select * from unnest(?::text[], ?::bytea[], ?::int[], ?::int[], ?::text[], ?::int[], ?::text[],
                        ?::timestamptz[], ?::timestamptz[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::jsonb[], ?::jsonb[], ?::jsonb[], ?::bigint[], ?::text[]) with ordinality
                    as i(portal_number, request_hash, service_id, organisation_id, process_code, process_version, status,
                        submitted_at, received_at, deadline, channel, purpose, applicant_kind, applicant_name,
                        applicant, representative, fields, actor_id, actor_name, arrival)
                ), inserted as (
                    insert into applications_application (portal_number, request_hash, service_id, organisation_id,
                        process_code, process_version, status, submitted_at, received_at, deadline, channel, purpose,
                        applicant_kind, applicant_name, applicant, representative, fields)
                    select portal_number, request_hash, service_id, organisation_id, process_code, process_version, status,
                        submitted_at, received_at, deadline, channel, purpose, applicant_kind, applicant_name, applicant,
                        representative, fields
                    from input order by arrival
                    on conflict (portal_number) do nothing
                    returning id, portal_number, submitted_at, received_at, status, applicant_name, version
                ), name_fragments as (
                    insert into applications_name_fragment (application_id, name_lower)
                    select id, lower(applicant_name) from inserted
                ), history as (
                    insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                        status_before, status_after)
                    select a.id, a.received_at, i.actor_id, i.actor_name, 'receive', null, a.status
                    from inserted a join input i on i.portal_number = a.portal_number
                )
                select id, portal_number, submitted_at, received_at, version from inserted""")
                .params(portalNumbers, hashes, services, organisations, processCodes, processVersions, statuses,
                        submitted, received, deadlines, channels, purposes, kinds, names, applicants, representatives,
                        fields, actorIds, actorNames)
                // The rest of the row is what was sent: reading the JSON columns back would make the
                // database print them as text again.
                .query((rs, row) -> inserted(byPortalNumber.get(rs.getString("portal_number")), rs)).list();
    }

    private static ApplicationRow inserted(Insert insert, ResultSet rs) throws SQLException {
        NewApplication a = insert.application();
        return new ApplicationRow(rs.getLong("id"), a.portalNumber(), a.serviceId(), a.organisationId(), a.processCode(),
                a.processVersion(), a.status(), null, null, rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(), a.deadline(), null, a.channel(), a.purpose(), a.applicantName(),
                a.applicant(), a.representative(), a.fields(), null, false, rs.getInt("version"));
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
                        + " from applications_application a left join staff_employee_name e on e.id = a.assignee_id where a.id = ?")
                .param(id).query(ROW).optional();
    }

    /** Locks the row for an action's transaction: concurrent actions on one application queue up here. */
    public Optional<ApplicationRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + """
                 from applications_application a left join staff_employee_name e on e.id = a.assignee_id
                 where a.id = ? for update of a""")
                .param(id).query(ROW).optional();
    }

    /** The row's state after an action (and any follow-up system action it caused). */
    public record Change(String status, int organisationId, Long assigneeId, String registrationNumber, Instant closedAt,
            boolean hasDecision, Instant at) {
    }

    /** One line of history: an action taken, by whom, from which status to which, with its comment and details. */
    public record HistoryLine(Instant at, Long actorId, String actorName, String action, String statusBefore,
            String statusAfter, String comment, String detailsJson) {
    }

    /** The row as an action left it, and the ids its history lines got, in the order of the lines. */
    public record Updated(ApplicationRow row, long[] historyIds) {
    }

    /**
     * Writes an action's change and its history lines in one statement, if the row still has the
     * version the action was decided on; returns the row as it now stands, or empty when it has
     * changed meanwhile (a colleague acted first).
     */
    public Optional<Updated> update(long id, int expectedVersion, Change c, List<HistoryLine> lines) {
        int n = lines.size();
        String[] at = new String[n];
        Long[] actorIds = new Long[n];
        String[] actorNames = new String[n];
        String[] actions = new String[n];
        String[] before = new String[n];
        String[] after = new String[n];
        String[] comments = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            HistoryLine line = lines.get(i);
            at[i] = line.at().toString();
            actorIds[i] = line.actorId();
            actorNames[i] = line.actorName();
            actions[i] = line.action();
            before[i] = line.statusBefore();
            after[i] = line.statusAfter();
            comments[i] = line.comment();
            details[i] = line.detailsJson();
        }
        return jdbc.sql("""
                with updated as (
                    update applications_application
                    set status = ?, organisation_id = ?, assignee_id = ?, registration_number = ?, closed_at = ?::timestamptz,
                        has_decision = has_decision or ?, version = version + 1, updated_at = ?
                    where id = ? and version = ?
                    returning *
                ), history as (
                    insert into applications_history (application_id, occurred_at, actor_id, actor_name, action,
                        status_before, status_after, comment, details)
                    select u.id, h.occurred_at, h.actor_id, h.actor_name, h.action, h.status_before, h.status_after,
                        h.comment, h.details
                    from updated u cross join unnest(?::timestamptz[], ?::bigint[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::jsonb[]) with ordinality
                        as h(occurred_at, actor_id, actor_name, action, status_before, status_after, comment, details, n)
                    order by h.n
                    returning id
                )
                select """ + " " + COLUMNS + """
                    , (select array_agg(id order by id) from history) as history_ids
                from updated a left join staff_employee_name e on e.id = a.assignee_id""")
                .params(c.status(), c.organisationId(), typed(Types.BIGINT, c.assigneeId()),
                        typed(Types.VARCHAR, c.registrationNumber()),
                        // ISO text cast in SQL, as the arrays below: one type whether or not the action closes the row.
                        typed(Types.VARCHAR, c.closedAt() == null ? null : c.closedAt().toString()), c.hasDecision(),
                        Timestamp.from(c.at()), id, expectedVersion, at, actorIds, actorNames, actions, before, after,
                        comments, details)
                // Identity values are handed out in insertion order, which is the lines' order.
                .query((rs, rowNumber) -> new Updated(row(rs, rowNumber), historyIds(rs))).optional();
    }

    private static long[] historyIds(ResultSet rs) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("history_ids").getArray();
        long[] result = new long[ids.length];
        for (int i = 0; i < ids.length; i++) result[i] = ids[i];
        return result;
    }

    public record HistoryRow(long id, Instant occurredAt, String actorName, String action, String statusBefore,
            String statusAfter, String comment, String details) {
    }

    public List<HistoryRow> history(long applicationId) {
        return jdbc.sql(HISTORY_LINES + "where application_id = ? order by id")
                .param(applicationId)
                .query(ApplicationStore::historyRow)
                .list();
    }

    /** The newest line of an application's history. */
    public Optional<HistoryRow> newestHistory(long applicationId) {
        return jdbc.sql(HISTORY_LINES + "where application_id = ? order by id desc limit 1")
                .param(applicationId)
                .query(ApplicationStore::historyRow)
                .optional();
    }

    /** The columns {@link #historyRow} reads, to be followed by the lines' condition and order. */
    private static final String HISTORY_LINES = """
            select id, occurred_at, actor_name, action, status_before, status_after, comment, details::text
            from applications_history\s""";

    private static HistoryRow historyRow(ResultSet rs, int n) throws SQLException {
        return new HistoryRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /**
     * A parameter that may be null, bound with the same SQL type either way. Bound untyped, a null
     * makes the driver bind it as "unknown" and a value as its own type: the server-side prepared
     * statement no longer matches, and the driver closes it and parses the statement again, which
     * cost every other action a full parse and plan of the update.
     */
    private static SqlParameterValue typed(int sqlType, Object value) {
        return new SqlParameterValue(sqlType, value);
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
