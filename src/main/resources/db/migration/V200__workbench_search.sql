-- Staff workbench case search (docs/workbench.md): a case is found by its waybill or the customer's
-- full phone number; without these, each search reads the whole table.
create index ix_complaint_waybill on complaint (waybill_no);
create index ix_claim_phone on claim (customer_phone);
create index ix_violation_waybill on violation (waybill_no);
