-- SMS beside e-mail in the same outbox (docs/notifications.md): each row names its channel, and a
-- sent SMS records how many segments it was billed as. Existing rows are e-mails.
alter table notification_outbox add column channel varchar(8) default 'EMAIL' not null;
alter table notification_outbox add column segments int;
create index ix_notification_outbox_channel_due on notification_outbox (channel, status, next_attempt_at);
