-- Sentiment and intent set by a person on a post. Kept forever: they are shown, counted and exported
-- as training data (comptoir corrections export / GET /api/v1/corrections/export).
create table correction (
    workspace    varchar(64)  not null,
    post_id      varchar(1000) not null,
    sentiment    varchar(16),
    intent       varchar(32),
    lang         varchar(8),
    text         text         not null,
    corrected_at timestamp with time zone not null,
    primary key (workspace, post_id)
);
