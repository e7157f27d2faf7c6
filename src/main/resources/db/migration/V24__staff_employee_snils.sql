-- The person's СНИЛС as the identity provider (ЕСИА) vouched for it: one employee per person.
alter table staff_employee add column snils text;
create unique index staff_employee_snils on staff_employee (snils) where snils is not null;
