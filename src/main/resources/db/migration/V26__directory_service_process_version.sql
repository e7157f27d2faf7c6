-- The version of its process a service's new applications start with; null: the newest loaded.
-- A pinned version lets a region keep a service on a tried process while a new one is loaded beside it.
alter table directory_service add column process_version int check (process_version is null or process_version > 0);
