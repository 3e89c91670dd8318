-- The language a user chose for the portal's screens; empty until they choose, when the browser's language is used.
alter table user_preference add column language varchar(10)
    constraint user_preference_language_known check (language in ('ENGLISH', 'GERMAN'));
