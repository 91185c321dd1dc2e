DROP FUNCTION IF EXISTS place_order(integer, integer, integer[], integer[], numeric[], jsonb, text, text, text, integer, text[], text[], integer);
DROP FUNCTION IF EXISTS outbox_job(text, uuid, integer);
