-- Approvals belong to one payout calculation: a recalculated payout needs new approvals.
alter table claim add column approval_round int not null default 0;
alter table claim_approval add column approval_round int not null default 0;
