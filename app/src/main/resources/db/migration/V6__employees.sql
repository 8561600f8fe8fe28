-- Authors a workspace marks as its employees: the engagement pyramid counts them apart
-- (employees are the brand's first public, not its legitimacy). Handles are kept lower case, without '@'.
create table employee (
    workspace varchar(64)  not null references workspace (name) on delete cascade,
    handle    varchar(300) not null,
    primary key (workspace, handle)
);
