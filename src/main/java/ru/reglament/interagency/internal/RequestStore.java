package ru.reglament.interagency.internal;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedGenerator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.reglament.interagency.RequestState;

/**
 * The module's tables: rounds of requests and the requests themselves, written by the action that
 * asks for them and moved on by the senders, the pollers and the clock.
 */
@Repository
class RequestStore {

    /** A request as the effect composed it; {@code problem} set when it cannot even be composed. */
    record NewRequest(String kindCode, boolean required, String body, String problem, Instant dueAt) {
    }

    /** A request a sender has claimed. */
    record Outgoing(long id, long applicationId, int organisationId, String kindCode, UUID messageId, String body,
            int attempts) {
    }

    /** A request an answer is for, found by its MessageID. */
    record Waiting(long id, long applicationId, String kindCode) {
    }

    /** A round whose required requests are all done: which system action concludes it. */
    record DoneRound(long applicationId, int round, String action, boolean complete) {
    }

    private static final TimeBasedGenerator UUID_V1 = Generators.timeBasedGenerator();

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static UUID newMessageId() {
        return UUID_V1.generate();
    }

    /**
     * Writes a new round with its requests, in one statement (the request rows' foreign key is checked at
     * its end, when the round is there); in the calling action's transaction. Returns the round's number.
     */
    int startRound(long applicationId, int organisationId, String fromStatus, Instant now, String onAnswered,
            String onIncomplete, List<NewRequest> requests) {
        int n = requests.size();
        String[] kinds = new String[n];
        Boolean[] required = new Boolean[n];
        String[] messageIds = new String[n];
        String[] states = new String[n];
        String[] bodies = new String[n];
        String[] due = new String[n];
        String[] problems = new String[n];
        for (int i = 0; i < n; i++) {
            NewRequest r = requests.get(i);
            boolean composed = r.problem() == null;
            kinds[i] = r.kindCode();
            required[i] = r.required();
            messageIds[i] = newMessageId().toString();
            states[i] = (composed ? RequestState.QUEUED : RequestState.ERROR).name();
            bodies[i] = composed ? r.body() : "";
            due[i] = r.dueAt().toString();
            problems[i] = r.problem();
        }
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                with new_round as (
                    insert into interagency_round (application_id, round, started_at, on_answered, on_incomplete, from_status)
                    select ?, coalesce(max(round), 0) + 1, ?, ?, ?, ? from interagency_round where application_id = ?
                    returning round
                ), new_requests as (
                    insert into interagency_request (application_id, round, organisation_id, kind_code, required,
                        message_id, state, request_body, queued_at, due_at, next_attempt_at, problem)
                    select ?, r.round, ?, q.kind, q.required, q.message_id::uuid, q.state, q.body, ?, q.due::timestamptz,
                        case when q.state = 'QUEUED' then ?::timestamptz end, q.problem
                    from new_round r cross join unnest(?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[]) as q(kind, required, message_id, state, body, due, problem)
                ), superseded as (
                    -- The kinds asked again: their earlier requests no longer concern the lists (the statement
                    -- sees the table as it was, so not the requests it inserts).
                    update interagency_request set settled_at = ?
                    where application_id = ? and kind_code = any(?::text[]) and settled_at is null
                )
                select round from new_round""")
                .params(applicationId, at, onAnswered, onIncomplete, fromStatus, applicationId,
                        applicationId, organisationId, at, at, kinds, required, messageIds, states, bodies, due, problems,
                        at, applicationId, kinds)
                .query(Integer.class).single();
    }

    /** The application closed: none of its requests concerns the lists any longer. In the closing action's transaction. */
    void settleAll(long applicationId, Instant now) {
        jdbc.sql("update interagency_request set settled_at = ? where application_id = ? and settled_at is null")
                .params(Timestamp.from(now), applicationId).update();
    }

    /**
     * Leases up to {@code limit} requests due for sending until {@code leaseEnds}, skipping those another
     * sender is claiming this moment; in a statement of its own, committed at once.
     */
    List<Outgoing> claim(int limit, Instant now, Instant leaseEnds) {
        return jdbc.sql("""
                update interagency_request set next_attempt_at = ?
                where id in (select id from interagency_request where state = 'QUEUED' and next_attempt_at <= ?
                             order by next_attempt_at limit ? for update skip locked)
                returning id, application_id, organisation_id, kind_code, message_id, request_body, attempts""")
                .params(Timestamp.from(leaseEnds), Timestamp.from(now), limit)
                .query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("organisation_id"),
                        rs.getString("kind_code"), rs.getObject("message_id", UUID.class), rs.getString("request_body"),
                        rs.getInt("attempts")))
                .list();
    }

    /**
     * SMEV has these requests (ids, with the envelope each was sent in), in one statement. Written once: a
     * sender whose lease ran out may have sent one again. An answer may be stored already (SMEV answered
     * before this sender got to write), so only a request still queued becomes SENT. Returns the ids written now.
     */
    Set<Long> sent(List<Long> ids, List<String> envelopes, Instant at) {
        if (ids.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("""
                update interagency_request r set state = case when r.state = 'QUEUED' then 'SENT' else r.state end,
                    sent_at = ?, sent_envelope = s.envelope, attempts = r.attempts + 1, next_attempt_at = null,
                    problem = case when r.state = 'QUEUED' then null else r.problem end
                from unnest(?::bigint[], ?::text[]) as s(id, envelope)
                where r.id = s.id and r.sent_at is null
                returning r.id""")
                .params(Timestamp.from(at), ids.toArray(Long[]::new), envelopes.toArray(String[]::new))
                .query(Long.class).list());
    }

    void retryLater(long id, Instant next, String problem) {
        jdbc.sql("""
                update interagency_request set attempts = attempts + 1, next_attempt_at = ?, problem = ?
                where id = ? and state = 'QUEUED'""")
                .params(Timestamp.from(next), problem, id).update();
    }

    /** SMEV refused the request for good: it counts as done, unanswered. Returns false if it was no longer queued. */
    boolean failed(long id, String problem, Instant at) {
        return jdbc.sql("""
                update interagency_request set state = 'ERROR', attempts = attempts + 1, next_attempt_at = null,
                    problem = ?, answered_at = ?
                where id = ? and state = 'QUEUED'""")
                .params(problem, Timestamp.from(at), id).update() == 1;
    }

    Optional<Waiting> byMessageId(UUID messageId) {
        return jdbc.sql("select id, application_id, kind_code from interagency_request where message_id = ?")
                .param(messageId)
                .query(RequestStore::waiting)
                .optional();
    }

    private static Waiting waiting(ResultSet rs, int n) throws SQLException {
        return new Waiting(rs.getLong("id"), rs.getLong("application_id"), rs.getString("kind_code"));
    }

    /** The provider took the request ({@code RequestStatus}); only a request not yet answered moves. Returns whether it did. */
    boolean accepted(UUID messageId, Instant at) {
        return jdbc.sql("update interagency_request set state = 'ACCEPTED', accepted_at = ? where message_id = ? and state = 'SENT'")
                .params(Timestamp.from(at), messageId).update() == 1;
    }

    /**
     * Stores the answer (or the rejection) to the request with this MessageID, and returns that request.
     * A late answer, after the request timed out, is stored too: the card shows it. Empty when no request
     * has the MessageID or its answer was stored already (a redelivery).
     */
    Optional<Waiting> answered(UUID messageId, RequestState state, String envelope, String body, String problem, Instant at) {
        return jdbc.sql("""
                update interagency_request set state = ?, answered_at = ?, answer_envelope = ?, answer_body = ?, problem = ?
                where message_id = ? and state not in ('ANSWERED', 'REJECTED')
                returning id, application_id, kind_code""")
                .params(state.name(), Timestamp.from(at), envelope, body, problem, messageId)
                .query(RequestStore::waiting)
                .optional();
    }

    /**
     * Requests whose answer is overdue become TIMED_OUT; returns their applications. Queued ones too (SMEV
     * unreachable for days), found through the senders' index, which holds only the few not yet sent.
     */
    List<Long> timeOut(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                update interagency_request set state = 'TIMED_OUT', problem = 'Ответ не получен в срок'
                where id in (select id from interagency_request
                             where (state in ('SENT', 'ACCEPTED') and due_at <= ?) or (state = 'QUEUED' and due_at <= ?)
                             order by due_at limit ? for update skip locked)
                returning application_id""")
                .params(at, at, limit).query(Long.class).list();
    }

    /**
     * Rounds not yet concluded whose required requests (every request, when none is required) are all
     * done, with the system action the outcome calls for.
     */
    List<DoneRound> doneRounds(List<Long> applications, int limit) {
        String which = applications == null ? "" : " and r.application_id = any(?)";
        var statement = jdbc.sql("""
                select r.application_id, r.round, r.on_answered, r.on_incomplete,
                    bool_and(q.state = 'ANSWERED') filter (where q.required or not r.any_required) as complete
                from (select r.*, exists (select 1 from interagency_request x where x.application_id = r.application_id
                          and x.round = r.round and x.required) as any_required
                      from interagency_round r where r.concluded_at is null) r
                join interagency_request q on q.application_id = r.application_id and q.round = r.round
                where true""" + which + """
                 group by r.application_id, r.round, r.on_answered, r.on_incomplete, r.any_required
                having bool_and(q.state in ('ANSWERED', 'REJECTED', 'ERROR', 'TIMED_OUT'))
                           filter (where q.required or not r.any_required)
                limit ?""");
        if (applications != null) statement = statement.param(applications.toArray(Long[]::new));
        return statement.param(limit)
                .query((rs, n) -> {
                    boolean complete = rs.getBoolean("complete");
                    return new DoneRound(rs.getLong("application_id"), rs.getInt("round"),
                            complete ? rs.getString("on_answered") : rs.getString("on_incomplete"), complete);
                })
                .list();
    }

    /** Marks the round concluded; false when it already was (another node concluded it first). */
    boolean conclude(long applicationId, int round, String outcome, Instant at) {
        return jdbc.sql("""
                update interagency_round set concluded_at = ?, outcome = ?
                where application_id = ? and round = ? and concluded_at is null""")
                .params(Timestamp.from(at), outcome, applicationId, round).update() == 1;
    }

    /** The status the application's open round was started in, if a round is open. */
    Optional<String> openRoundStartedIn(long applicationId) {
        return jdbc.sql("""
                select from_status from interagency_round where application_id = ? and concluded_at is null
                order by round desc limit 1""")
                .param(applicationId).query(String.class).optional();
    }

    /** The application's open round, if any (the one a concluding system action concludes). */
    Optional<Integer> openRound(long applicationId) {
        return jdbc.sql("select max(round) from interagency_round where application_id = ? and concluded_at is null")
                .param(applicationId).query(Integer.class).optional();
    }

    /** What one request sent and got back: business XML and envelopes (null until there are any). */
    record Exchanged(StoredRequest request, String requestBody, String answerBody, String sentEnvelope,
            String answerEnvelope) {
    }

    Optional<Exchanged> exchanged(long applicationId, long requestId) {
        return jdbc.sql("""
                select id, application_id, round, kind_code, required, state, message_id, queued_at, sent_at,
                    accepted_at, answered_at, due_at, problem, attempts, request_body, answer_body, sent_envelope,
                    answer_envelope
                from interagency_request where application_id = ? and id = ?""")
                .params(applicationId, requestId)
                .query((rs, n) -> new Exchanged(stored(rs, n), rs.getString("request_body"), rs.getString("answer_body"),
                        rs.getString("sent_envelope"), rs.getString("answer_envelope")))
                .optional();
    }

    List<StoredRequest> of(long applicationId) {
        return jdbc.sql("""
                select id, application_id, round, kind_code, required, state, message_id, queued_at, sent_at,
                    accepted_at, answered_at, due_at, problem, attempts
                from interagency_request where application_id = ? order by round, id""")
                .param(applicationId).query(RequestStore::stored).list();
    }

    /** A request as stored, before the catalogue names its kind. */
    record StoredRequest(long id, long applicationId, int round, String kindCode, boolean required, RequestState state,
            UUID messageId, Instant queuedAt, Instant sentAt, Instant acceptedAt, Instant answeredAt, Instant dueAt,
            String problem, int attempts) {
    }

    private static StoredRequest stored(ResultSet rs, int n) throws SQLException {
        return new StoredRequest(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("round"),
                rs.getString("kind_code"), rs.getBoolean("required"), RequestState.valueOf(rs.getString("state")),
                rs.getObject("message_id", UUID.class), instant(rs, "queued_at"), instant(rs, "sent_at"),
                instant(rs, "accepted_at"), instant(rs, "answered_at"), instant(rs, "due_at"), rs.getString("problem"),
                rs.getInt("attempts"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
