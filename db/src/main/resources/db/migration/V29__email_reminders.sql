-- Emails the portal sends on its own: a patient's reminders, the therapist's daily digest of new alerts and their
-- red-flag notices. Every email names no health data and carries a link that stops its kind of email; the token in
-- that link is the only key an anonymous unsubscribe has, so it is random and unique.

-- A patient's reminders: the weekdays (bit 0 = Monday … bit 6 = Sunday) and the time in their clinic's zone, and
-- whether a due questionnaire is emailed too. The language is the one the patient's page spoke when they saved.
create table reminder_schedule (
    clinic_id         varchar(40) not null references clinic (id),
    patient_id        bigint      not null references patient (id),
    weekdays          smallint    not null check (weekdays between 0 and 127),
    send_at           time(0)     not null,
    questionnaires    boolean     not null,
    language          varchar(10) not null check (language in ('ENGLISH', 'GERMAN')),
    unsubscribe_token varchar(36) not null unique,
    version           bigint      not null default 0,
    primary key (clinic_id, patient_id)
);

-- What a staff member wants by email; a row is made with its token when the first email to them goes out.
create table staff_email_choice (
    clinic_id         varchar(40) not null references clinic (id),
    username          varchar(80) not null,
    alert_digest      boolean     not null,
    red_flag_notice   boolean     not null,
    unsubscribe_token varchar(36) not null unique,
    version           bigint      not null default 0,
    primary key (clinic_id, username)
);

-- The claim that makes each email go out once, whichever node gets to it first: a node inserts the row in the
-- transaction that sends the email, and another node's insert of the same row waits for that transaction and
-- then finds it there. WITHHELD is an email decided against (the patient's access is stopped), not tried again.
create table email_sent (
    clinic_id varchar(40)  not null references clinic (id),
    kind      varchar(20)  not null check (kind in ('EXERCISES', 'QUESTIONNAIRE', 'ALERT_DIGEST')),
    recipient varchar(80)  not null,
    for_day   date         not null,
    outcome   varchar(10)  not null check (outcome in ('SENT', 'WITHHELD')),
    at        timestamptz  not null,
    primary key (clinic_id, kind, recipient, for_day)
);

select isolate_by_clinic(t)
from unnest(array['reminder_schedule', 'staff_email_choice', 'email_sent']::regclass[]) as t;

grant select, insert, update on reminder_schedule, staff_email_choice to ${appRole};
grant select, insert on email_sent to ${appRole};
