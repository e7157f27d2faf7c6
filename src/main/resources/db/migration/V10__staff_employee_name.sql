-- What other modules may read of an employee: the name to show beside an application (its assignee).
-- The staff module owns the table; readers join this view, so the table can change behind it.
create view staff_employee_name as
    select id, full_name from staff_employee;
