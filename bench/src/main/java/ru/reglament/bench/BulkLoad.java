package ru.reglament.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL that fills the database in bulk, server-side: no per-row round trips. */
final class BulkLoad {

    /** Twenty more organisations of region 47 providing every service, so data is spread as in a real region. */
    static final String ORGANISATIONS = """
            insert into directory_organisation (ogrn, region_code, title, short_title)
            select ogrn, '47', 'Администрация поселения № ' || n, 'Поселение № ' || n
            from (select n, base || ((base::bigint % 11) % 10) as ogrn
                  from (select n, (109470000000 + n)::text as base from generate_series(1, 20) n) b) o
            on conflict do nothing;
            insert into directory_organisation_service (organisation_id, service_id)
            select o.id, s.id from directory_organisation o cross join directory_service s on conflict do nothing;
            """;

    /** The name-fragment search rows the intake writes with each application (V8). */
    static final String NAME_FRAGMENTS = """
            insert into applications_name_fragment (application_id, name_lower)
            select id, lower(applicant_name) from applications_application
            on conflict (application_id) do nothing
            """;

    /** Statuses an application has not yet been registered in: no interagency requests. */
    private static final String UNREGISTERED = "('NEW', 'REGISTRAR_ASSIGNED', 'ACCEPTANCE_DECISION', 'ACCEPTANCE_REFUSED', 'WITHDRAWN')";

    /**
     * A round of two requests for every registered application, as registration writes them: still
     * on their way in «Запрос сведений по СМЭВ» (a fifth of them overdue), one rejected or timed out in
     * «получены не полностью», answered in every later status.
     */
    static final String INTERAGENCY_ROUNDS = """
            insert into interagency_round (application_id, round, started_at, on_answered, on_incomplete, from_status,
                concluded_at, outcome)
            select id, 1, received_at, 'smev-answers-received', 'smev-answers-partial', 'ACCEPTANCE_DECISION',
                case when status = 'SMEV_REQUESTED' then null else received_at end,
                case when status = 'SMEV_REQUESTED' then null else 'bench' end
            from applications_application where status not in %s
            """.formatted(UNREGISTERED);
    static final String INTERAGENCY_REQUESTS = """
            insert into interagency_request (application_id, round, organisation_id, kind_code, required, message_id,
                state, request_body, queued_at, due_at, sent_at, answered_at, settled_at)
            select a.id, 1, a.organisation_id, k.kind, true, gen_random_uuid(),
                case when a.status = 'SMEV_REQUESTED' then 'SENT'
                     when a.status = 'SMEV_PARTIAL' and k.n = 2 then case when a.id %% 2 = 0 then 'TIMED_OUT' else 'REJECTED' end
                     else 'ANSWERED' end,
                '<Request/>', a.received_at,
                -- Those on their way are due ahead: the sweep times out what is past due within 30 s, so a
                -- working platform holds none (here they would be swept, and concluded, during the measurement).
                case when a.status <> 'SMEV_REQUESTED' then a.received_at + interval '7 days' else now() + interval '3 days' end,
                a.received_at, case when a.status = 'SMEV_REQUESTED' then null else a.received_at end,
                a.closed_at
            from applications_application a cross join (values (1, 'EGRN_EXTRACT'), (2, 'MVD_REGISTRATION')) k(n, kind)
            where a.status not in %s
            """.formatted(UNREGISTERED);

    // Weighted so most applications are closed, as in a working organisation.
    private static final Object[][] STATUS_WEIGHTS = {{"PROVIDED", 34}, {"REFUSED", 8}, {"ACCEPTANCE_REFUSED", 5},
            {"WITHDRAWN", 2}, {"NEW", 8}, {"REGISTRAR_ASSIGNED", 5}, {"ACCEPTANCE_DECISION", 4}, {"SMEV_REQUESTED", 3},
            {"SMEV_RECEIVED", 5}, {"SMEV_PARTIAL", 3}, {"ACCEPTED_FOR_REVIEW", 6}, {"DOCUMENTS_REVIEW", 12},
            {"DECISION_DRAFTED", 5}};

    private BulkLoad() {
    }

    static String names(String[] surnames, String[] firstNames, String[] middleNames) {
        return "create temporary table bench_names as select "
                + array(surnames) + " as surnames, " + array(firstNames) + " as first_names, "
                + array(middleNames) + " as middle_names";
    }

    static String applications(int count) {
        List<String> statuses = new ArrayList<>();
        for (Object[] w : STATUS_WEIGHTS) for (int i = 0; i < (Integer) w[1]; i++) statuses.add((String) w[0]);
        return """
                select setseed(0.42);
                with ids as (
                    select (select id from directory_organisation where ogrn = '1024701543217') as a,
                           (select id from directory_organisation where ogrn = '1024700765430') as b,
                           (select array_agg(id order by id) from directory_organisation where ogrn like '10947%%') as extra,
                           (select array_agg(id order by id) from directory_service) as services,
                           (select id from staff_employee where login = 'registrar') as registrar,
                           (select id from staff_employee where login = 'specialist') as specialist,
                           %s as statuses
                ), rows as (
                    select g, random() as r_org, random() as r_status, random() as r_time,
                           1 + floor(random() * 90)::int as sn, 1 + floor(random() * 20)::int as fn,
                           1 + floor(random() * 12)::int as mn, 1 + floor(random() * 20)::int as en
                    from generate_series(1, %d) g
                )
                insert into applications_application (portal_number, request_hash, service_id, organisation_id,
                    process_code, process_version, status, assignee_id, submitted_at, received_at, deadline,
                    registration_number, channel, purpose, applicant_kind, applicant_name, applicant, fields,
                    closed_at, version)
                select 'GEN-' || g, '\\x00'::bytea,
                       ids.services[1 + g %% array_length(ids.services, 1)],
                       case when r_org < 0.5 then ids.a when r_org < 0.55 then ids.b
                            else ids.extra[1 + (g %% array_length(ids.extra, 1))] end,
                       'default', 1, st.status,
                       case when st.status in ('REGISTRAR_ASSIGNED', 'ACCEPTANCE_DECISION') then ids.registrar
                            when st.status in ('NEW', 'SMEV_REQUESTED', 'SMEV_RECEIVED', 'SMEV_PARTIAL') then null
                            else ids.specialist end,
                       ts, ts, (ts + interval '28 days')::date,
                       case when st.status not in ('NEW', 'REGISTRAR_ASSIGNED', 'ACCEPTANCE_DECISION', 'ACCEPTANCE_REFUSED', 'WITHDRAWN')
                            then 'GEN-R-' || g end,
                       'EPGU', 'Получение услуги', 'PERSON',
                       n.surnames[sn] || ' ' || n.first_names[fn] || ' ' || n.middle_names[mn],
                       jsonb_build_object('kind', 'PERSON', 'lastName', n.surnames[sn], 'firstName', n.first_names[fn],
                                          'middleName', n.middle_names[mn]),
                       '{}'::jsonb,
                       case when st.status in ('PROVIDED', 'REFUSED', 'ACCEPTANCE_REFUSED', 'WITHDRAWN')
                            then ts + interval '12 days' end,
                       6
                from rows
                cross join ids
                cross join bench_names n
                cross join lateral (select ids.statuses[1 + floor(r_status * array_length(ids.statuses, 1))::int] as status) st
                cross join lateral (select now() - (r_time * interval '730 days') - interval '1 hour' as ts) t;
                """.formatted(array(statuses.toArray(String[]::new)), count);
    }

    private static String array(String[] values) {
        return "array[" + java.util.Arrays.stream(values).map(v -> "'" + v + "'").collect(Collectors.joining(",")) + "]";
    }
}
