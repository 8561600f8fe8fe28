-- Each workspace counts its days and weeks in one time zone (an IANA name): the dashboard's default.
alter table workspace add column zone varchar(64) default 'Europe/Paris' not null;
