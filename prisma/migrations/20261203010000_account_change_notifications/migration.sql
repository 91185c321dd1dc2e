-- Servers keep a short-lived copy of the accounts behind tokens (src/auth/account-cache.ts).
-- Whatever changes what a token may do (deactivation, deletion, a role or
-- token-version change), through any server, job, CLI or plain SQL, is
-- announced on the account_changes channel after commit: a comma-separated
-- list of user ids, or '*' when too many changed for one notification.
CREATE FUNCTION notify_account_changes() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_ids text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT string_agg(o.id::text, ',') INTO v_ids FROM old_rows o;
  ELSE
    SELECT string_agg(n.id::text, ',') INTO v_ids
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.is_active, o.deleted_at, o.role, o.token_version)
      IS DISTINCT FROM (n.is_active, n.deleted_at, n.role, n.token_version);
  END IF;
  IF v_ids IS NOT NULL THEN
    PERFORM pg_notify('account_changes', CASE WHEN length(v_ids) > 7000 THEN '*' ELSE v_ids END);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER users_account_changes_on_update
AFTER UPDATE ON users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION notify_account_changes();

CREATE TRIGGER users_account_changes_on_delete
AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION notify_account_changes();
