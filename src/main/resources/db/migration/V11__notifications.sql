-- Notifications of the workstation, written by the notifications module from the applications' events
-- (ApplicationHandedOver: an action whose process definition says `notify`). Keyed by the history line they tell of, so a
-- listener that runs twice writes one, and ordered as the history is.
create table notifications_notification (
    id                  bigint primary key,
    employee_id         bigint,
    organisation_id     int,
    application_id      bigint not null,
    application_number  text not null,
    service_id          int not null,
    action              text not null,
    message             text not null,
    status_after        text not null,
    actor_name          text not null,
    comment             text,
    occurred_at         timestamptz not null,
    check (employee_id is not null or organisation_id is not null)
);
create index notifications_by_employee on notifications_notification (employee_id, id) where employee_id is not null;
create index notifications_by_organisation on notifications_notification (organisation_id, id)
    where organisation_id is not null;

-- Until now notifications were history lines naming whom they concern: they move here once, with the
-- messages the default process now gives them, and the read marks (history ids, as these are) with them.
insert into notifications_notification (id, employee_id, organisation_id, application_id, application_number,
    service_id, action, message, status_after, actor_name, comment, occurred_at)
select h.id, h.notify_employee_id, h.notify_organisation_id, h.application_id,
    coalesce(a.registration_number, a.portal_number), a.service_id, h.action,
    case h.action when 'assign' then 'Вам назначено заявление'
                  when 'return-for-rework' then 'Возвращено на доработку заявление'
                  when 'route' then 'В вашу организацию перенаправлено заявление'
                  else h.action end,
    h.status_after, h.actor_name, h.comment, h.occurred_at
from applications_history h join applications_application a on a.id = h.application_id
where h.notify_employee_id is not null or h.notify_organisation_id is not null;

alter table applications_inbox_seen rename to notifications_seen;
alter table applications_history drop column notify_employee_id, drop column notify_organisation_id;
