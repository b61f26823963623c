-- Whether the national portal offers online payment for a procedure (the 766 index's "thủ tục có phí
-- cung cấp thanh toán trực tuyến"); read from the portal's catalogue export.
alter table procedure add column online_payment boolean not null default false;
