-- Notifications in the workstation are history lines that name whom they concern (the process
-- definition's `notify`): an employee (assigned to them, returned to them for rework) or an
-- organisation (routed in). Partial indexes keep only those lines, newest last.
alter table applications_history
    add column notify_employee_id     bigint,
    add column notify_organisation_id int;
create index applications_history_notify_employee on applications_history (notify_employee_id, id)
    where notify_employee_id is not null;
create index applications_history_notify_organisation on applications_history (notify_organisation_id, id)
    where notify_organisation_id is not null;

-- How far each employee has read their notifications (the unread count is what lies beyond).
create table applications_inbox_seen (
    employee_id bigint primary key,
    seen_up_to  bigint not null
);
