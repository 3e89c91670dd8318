-- A progress alert's detail holds values in one written form, no longer English: the pages word and format them in
-- the reader's language (org.clinicportal.progress.Alarm). The alerts raised so far are rewritten the same way.
update progress_alert set detail = regexp_replace(detail, '^\+([0-9]+(\.[0-9]+)?) %$', '\1')
 where kind = 'RAMP';
update progress_alert set detail = regexp_replace(detail, '^([0-9]{4}-[0-9]{2}-[0-9]{2}): ≥ ([0-9]+) h$', '\1 \2 still')
 where kind = 'SORENESS';
update progress_alert set detail = regexp_replace(detail, '^([0-9]{4}-[0-9]{2}-[0-9]{2}): ([0-9]+) h$', '\1 \2')
 where kind = 'SORENESS';
update progress_alert set detail = replace(detail, ' → ', ' ')
 where kind = 'PAIN';
update progress_alert set detail = regexp_replace(detail, '^([0-9]+) %$', '\1')
 where kind = 'ADHERENCE';
