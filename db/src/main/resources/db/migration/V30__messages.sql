-- Messages between a patient and their clinic's therapists: one thread per patient. The clinic's therapists share
-- their side of it, as a team inbox: one therapist reading it reads it for all of them.

create sequence message_seq start with 50 increment by 50;

create table message (
    id          bigint        primary key,
    clinic_id   varchar(40)   not null references clinic (id),
    patient_id  bigint        not null references patient (id),
    side        varchar(10)   not null check (side in ('PATIENT', 'CLINIC')),
    author      varchar(80)   not null,
    author_name varchar(161)  not null,
    body        varchar(2000) not null check (length(btrim(body)) > 0),
    sent_at     timestamptz   not null,
    -- The form's own id: a message sent twice (a double click, a resent form) is stored once.
    submission  varchar(36)   not null unique
);

create index message_thread_idx on message (clinic_id, patient_id, sent_at);

-- What each side of a thread has read, for the unread badges.
create table message_thread (
    clinic_id       varchar(40) not null references clinic (id),
    patient_id      bigint      not null references patient (id),
    patient_read_at timestamptz,
    clinic_read_at  timestamptz,
    version         bigint      not null default 0,
    primary key (clinic_id, patient_id)
);

-- A notice of a new message, by email: to the patient and to the assigned therapist, each can stop it.
alter table reminder_schedule add column message_notices boolean not null default true;
alter table staff_email_choice add column message_notices boolean not null default true;

select isolate_by_clinic(t) from unnest(array['message', 'message_thread']::regclass[]) as t;

grant select, insert on message to ${appRole};
grant select, insert, update on message_thread to ${appRole};
grant usage on sequence message_seq to ${appRole};
