-- Which import (a job started from the import page) last quarantined a record, so the page can show and
-- download the rejections of that import. Null for records quarantined by the CLI or the API.
alter table quarantine add column import_id varchar(32);
create index quarantine_by_import on quarantine (workspace, import_id);
