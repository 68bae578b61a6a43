-- Why a paid claim's linked violation could not be registered (the courier was SUSPENDED or LEFT):
-- the payment stands, the refusal stays visible on the claim.
alter table claim add column violation_refusal varchar(500);
