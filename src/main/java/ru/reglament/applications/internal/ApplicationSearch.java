package ru.reglament.applications.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import ru.reglament.applications.ApplicationFilter;
import ru.reglament.applications.ListCondition;
import ru.reglament.shared.InvalidInputException;

/**
 * The list query. Each filter lands on an index that already holds rows newest-first
 * (V3__applications.sql), pages continue from the last row seen (keyset), and the total is counted
 * only up to a limit, so a list over millions of applications reads a page's worth of rows.
 */
@Repository
@Transactional(readOnly = true)
public class ApplicationSearch {

    public static final int TOTAL_LIMIT = 1_000;

    private final JdbcClient jdbc;
    private final Map<String, ListCondition> conditions = new LinkedHashMap<>();

    ApplicationSearch(JdbcClient jdbc, List<ListCondition> conditions) {
        this.jdbc = jdbc;
        conditions.forEach(c -> this.conditions.put(c.code(), c));
    }

    /** The conditions modules contribute, in the order the filter offers them. */
    public List<ListCondition> conditions() {
        return List.copyOf(conditions.values());
    }

    public record Row(long id, String portalNumber, String registrationNumber, int serviceId, String status,
            String applicantName, String assigneeName, Instant submittedAt, LocalDate deadline, Instant closedAt) {
    }

    public record Found(List<Row> rows, String nextCursor, long total, boolean totalExceedsLimit) {
    }

    /** How the search text is matched against the applicant's name. */
    private enum NameMatch { PREFIX, SUBSTRING }

    /**
     * @param mineStatuses with {@code filter.mine()}: statuses in which an application is the caller's
     *     though not assigned to them (the official's applications awaiting signature)
     */
    public Found search(ApplicationFilter filter, List<Integer> organisationIds, Long callerId, List<String> mineStatuses,
            List<Integer> serviceIds, ZoneId zone) {
        planForTheseValues();
        String q = filter.query() == null ? "" : filter.query().trim();
        boolean nameSearch = !q.isEmpty() && q.chars().noneMatch(Character::isDigit);
        Found found = search(filter, organisationIds, callerId, mineStatuses, serviceIds, zone, NameMatch.PREFIX);
        // Nothing begins with the text: look for it anywhere in the name (e.g. «Ромашка» in «ООО «Ромашка»»).
        if (nameSearch && found.rows().isEmpty() && q.length() >= 3 && (filter.cursor() == null || filter.cursor().isBlank())) {
            found = search(filter, organisationIds, callerId, mineStatuses, serviceIds, zone, NameMatch.SUBSTRING);
        }
        return found;
    }

    /** A condition added to the common ones, with its parameters: one branch of the list's query. */
    private record Branch(String where, List<Object> params) {
    }

    private Found search(ApplicationFilter filter, List<Integer> organisationIds, Long callerId, List<String> mineStatuses,
            List<Integer> serviceIds, ZoneId zone, NameMatch nameMatch) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (organisationIds.size() == 1) {
            where.append(" a.organisation_id = ?");
            params.add(organisationIds.get(0));
        } else {
            where.append(" a.organisation_id = any(?)");
            params.add(organisationIds.toArray(Integer[]::new));
        }
        // «Мои»: assigned to the caller, and, where the caller's roles make them so, waiting in the caller's
        // statuses; each is read from its own index in the list's order, and the two merged.
        List<Branch> branches = new ArrayList<>(2);
        if (!filter.mine()) {
            branches.add(new Branch("", List.of()));
        } else {
            branches.add(new Branch(" and a.assignee_id = ?", List.of(callerId)));
            if (!mineStatuses.isEmpty()) {
                branches.add(new Branch(" and a.status = any(?) and a.assignee_id is distinct from ?",
                        List.of(mineStatuses.toArray(String[]::new), callerId)));
            }
        }
        if (filter.assigneeId() != null) {
            where.append(" and a.assignee_id = ?");
            params.add(filter.assigneeId());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            if (filter.statuses().size() == 1) {
                where.append(" and a.status = ?");
                params.add(filter.statuses().get(0));
            } else {
                where.append(" and a.status = any(?)");
                params.add(filter.statuses().toArray(String[]::new));
            }
        }
        if (serviceIds != null) {
            where.append(serviceIds.size() == 1 ? " and a.service_id = ?" : " and a.service_id = any(?)");
            params.add(serviceIds.size() == 1 ? serviceIds.get(0) : serviceIds.toArray(Integer[]::new));
        }
        if (filter.from() != null) {
            where.append(" and a.submitted_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and a.submitted_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.dueBy() != null) {
            where.append(" and a.closed_at is null and a.deadline <= ?");
            params.add(filter.dueBy());
        }
        ListCondition condition = null;
        if (filter.condition() != null && !filter.condition().isBlank()) {
            condition = conditions.get(filter.condition());
            if (condition == null) {
                throw new InvalidInputException("condition", "condition.unknown", "Нет такого условия отбора: "
                        + filter.condition() + "; известны " + conditions.keySet());
            }
        }
        String q = filter.query() == null ? "" : filter.query().trim();
        if (!q.isEmpty() && q.chars().anyMatch(Character::isDigit)) {
            // Names hold no digits: this is a portal or registration number, matched exactly by their unique indexes.
            where.append(" and (a.portal_number = ? or a.registration_number = ?)");
            params.add(q);
            params.add(q);
        } else if (!q.isEmpty() && nameMatch == NameMatch.PREFIX) {
            // A byte-order range rather than LIKE 'x%': a prepared statement's generic plan can use it on the index.
            where.append(" and lower(a.applicant_name) ~>=~ ? and lower(a.applicant_name) ~<~ ?");
            params.add(q.toLowerCase());
            params.add(q.toLowerCase() + Character.MAX_VALUE);
        } else if (!q.isEmpty()) {
            where.append(" and a.id in (select application_id from applications_name_fragment where name_lower like ?)");
            params.add("%" + likeEscape(q.toLowerCase()) + "%");
        }
        String cursorWhere = "";
        List<Object> cursorParams = List.of();
        if (filter.cursor() != null && !filter.cursor().isBlank()) {
            Cursor cursor = Cursor.decode(filter.cursor());
            cursorWhere = filter.oldestFirst() ? " and (a.submitted_at, a.id) > (?, ?)" : " and (a.submitted_at, a.id) < (?, ?)";
            cursorParams = List.of(Timestamp.from(cursor.submittedAt()), cursor.id());
        }
        // Two steps: choose the page's ids (from an index alone where one covers the filters), then read those rows.
        // The indexes run newest first; oldest first reads them backwards.
        String order = filter.oldestFirst() ? " asc" : " desc";
        String byDate = " order by a.submitted_at" + order + ", a.id" + order;
        List<Object> pageParams = new ArrayList<>();
        List<String> pageBranches = new ArrayList<>();
        List<Object> countParams = new ArrayList<>();
        List<String> countBranches = new ArrayList<>();
        for (Branch branch : branches) {
            String conditionWhere = condition == null ? "" : " and a.id in (" + condition.applicationIds() + ")";
            pageBranches.add("select a.id, a.submitted_at from applications_application a where" + where + branch.where()
                    + conditionWhere + cursorWhere + byDate + " limit ?");
            pageParams.addAll(params);
            pageParams.addAll(branch.params());
            pageParams.addAll(cursorParams);
            pageParams.add(filter.size() + 1);
            if (condition == null) {
                countBranches.add("select 1 from applications_application a where" + where + branch.where() + " limit ?");
            } else {
                // Walks the condition's applications and looks each up by id (offset 0 keeps the planner from
                // turning it into a join): bounded by the condition's current work. A semi-join from the
                // organisation's index instead reads ~1000/density rows; 70 ms for «ожидает ответа СМЭВ» at 1M.
                countBranches.add("select 1 from (select id from (" + condition.applicationIds() + ") ids(id) group by id) c,"
                        + " lateral (select 1 from applications_application a where a.id = c.id and" + where
                        + branch.where() + " offset 0) found limit ?");
            }
            countParams.addAll(params);
            countParams.addAll(branch.params());
            countParams.add(TOTAL_LIMIT + 1);
        }
        String pageIds = pageBranches.size() == 1 ? pageBranches.get(0)
                : "select id, submitted_at from ((" + String.join(") union all (", pageBranches) + ")) a"
                        + " order by a.submitted_at" + order + ", a.id" + order + " limit ?";
        if (pageBranches.size() > 1) pageParams.add(filter.size() + 1);
        List<Row> rows = jdbc.sql("with page as (" + pageIds + ")" + """
                         select a.id, a.portal_number, a.registration_number, a.service_id, a.status, a.applicant_name,
                                e.full_name as assignee_name, a.submitted_at, a.deadline, a.closed_at
                         from page join applications_application a on a.id = page.id
                         left join staff_employee_name e on e.id = a.assignee_id
                         order by page.submitted_at""" + order + ", page.id" + order)
                .params(pageParams)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("portal_number"),
                        rs.getString("registration_number"), rs.getInt("service_id"), rs.getString("status"),
                        rs.getString("applicant_name"), rs.getString("assignee_name"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getObject("deadline", LocalDate.class),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
                .list();
        String next = null;
        if (rows.size() > filter.size()) {
            rows = rows.subList(0, filter.size());
            Row last = rows.get(rows.size() - 1);
            next = new Cursor(last.submittedAt(), last.id()).encode();
        }
        long total = jdbc.sql("select count(*) from ((" + String.join(") union all (", countBranches) + ")) t")
                .params(countParams).query(Long.class).single();
        return new Found(List.copyOf(rows), next, Math.min(total, TOTAL_LIMIT), total > TOTAL_LIMIT);
    }

    /**
     * Applications per status, open ones only or all; the whole organisations', or one employee's
     * (assigned to them, or waiting in {@code mineStatuses}).
     */
    public List<StatusCount> countByStatus(List<Integer> organisationIds, Long assigneeId, List<String> mineStatuses,
            boolean openOnly) {
        planForTheseValues();
        List<Object> params = new ArrayList<>();
        params.add(organisationIds.toArray(Integer[]::new));
        String whose = "";
        if (assigneeId != null && mineStatuses.isEmpty()) {
            whose = " and assignee_id = ?";
            params.add(assigneeId);
        } else if (assigneeId != null) {
            whose = " and (assignee_id = ? or status = any(?))";
            params.add(assigneeId);
            params.add(mineStatuses.toArray(String[]::new));
        }
        return jdbc.sql("select status, count(*) from applications_application where organisation_id = any(?)" + whose
                        + (openOnly ? " and closed_at is null" : "") + " group by status")
                .params(params)
                .query((rs, n) -> new StatusCount(rs.getString(1), rs.getLong(2))).list();
    }

    public record StatusCount(String status, long count) {
    }

    /**
     * Plans this transaction's queries for their actual values. After five runs a prepared statement
     * may switch to a generic plan made for an average employee; for one with few applications among
     * millions (an official's "my overdue" count) it walked the organisation's whole deadline index to
     * find none: 600 ms for the official's home page at 1M applications. Planning costs a fraction of a
     * millisecond. Actions keep their generic plans: they look rows up by id.
     */
    private void planForTheseValues() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Where the next page starts: the sort key and id of the last row of this one. */
    record Cursor(Instant submittedAt, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((submittedAt.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "format", "Курсор страницы повреждён; начните список сначала");
            }
        }
    }
}
