-- A clinic's own picture or short video of an exercise: for its own exercises, and as its override of a shared one's
-- drawing. One per exercise and clinic; the bytes stay in PostgreSQL, under the clinic's isolation like its records.

create sequence exercise_medium_seq start with 50 increment by 50;

create table exercise_medium (
    id          bigint       primary key,
    clinic_id   varchar(40)  not null references clinic (id),
    exercise_id bigint       not null references exercise (id),
    media_type  varchar(10)  not null check (media_type in ('PNG', 'JPEG', 'WEBP', 'MP4', 'WEBM')),
    -- 50 MB at most: MediaType keeps the limit of each kind, a picture's much lower.
    size_bytes  integer      not null check (size_bytes between 1 and 52428800),
    content     bytea        not null check (length(content) = size_bytes),
    uploaded_by varchar(80)  not null,
    uploaded_at timestamptz  not null,
    version     bigint       not null default 0,
    unique (clinic_id, exercise_id)
);

-- Kept uncompressed out of line, so that a range of a video (a phone seeking) reads only the chunks it needs.
alter table exercise_medium alter column content set storage external;

select isolate_by_clinic('exercise_medium');

grant select, insert, update, delete on exercise_medium to ${appRole};
grant usage on sequence exercise_medium_seq to ${appRole};
