-- A СНИЛС is kept in one written form, 123-456-789 01, whoever gave it (ЕСИА writes it so, a certificate
-- as bare digits, an administrator as typed): one value for the unique index and for lookups.
update staff_employee
set snils = substr(d, 1, 3) || '-' || substr(d, 4, 3) || '-' || substr(d, 7, 3) || ' ' || substr(d, 10, 2)
from (select id as employee, regexp_replace(snils, '\D', '', 'g') as d from staff_employee where snils is not null) digits
where staff_employee.id = digits.employee and length(d) = 11
  and snils is distinct from substr(d, 1, 3) || '-' || substr(d, 4, 3) || '-' || substr(d, 7, 3) || ' ' || substr(d, 10, 2);
