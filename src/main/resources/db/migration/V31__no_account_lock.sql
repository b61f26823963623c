-- Wrong passwords no longer lock an account (anyone could lock the administrator out): logins are
-- throttled in memory by client address and name instead (user/security/LoginAttempts).
alter table app_user drop column failed_logins, drop column locked_until;
