-- The columns of «Заявления» each employee has hidden (the list's column chooser): kept per user, so
-- the same list comes back in any browser.
create table workstation_list_columns (
    employee_id  bigint primary key,
    hidden       text[] not null
);
