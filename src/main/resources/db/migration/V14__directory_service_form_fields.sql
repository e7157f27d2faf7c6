-- Each service's form fields (key, label, type, order) for «Данные заявления». The ЕСНСИ donor table
-- does not carry them, so an import leaves them as they are.
alter table directory_service add column form_fields jsonb not null default '[]'::jsonb;
alter table directory_service alter column form_fields set statistics 0;
