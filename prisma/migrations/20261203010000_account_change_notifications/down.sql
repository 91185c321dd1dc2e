DROP TRIGGER IF EXISTS users_account_changes_on_update ON users;
DROP TRIGGER IF EXISTS users_account_changes_on_delete ON users;
DROP FUNCTION IF EXISTS notify_account_changes();
