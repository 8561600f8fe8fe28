-- Topics page: what a topic follows (the dashboard's share of voice reads it), whether it opens
-- conversations (the inbox, later) and who changed it last. Plain SQL that H2 and PostgreSQL both run.
alter table topic add column kind varchar(16) default 'other' not null;
alter table topic add column engage boolean default false not null;
alter table topic add column updated_by varchar(200);
