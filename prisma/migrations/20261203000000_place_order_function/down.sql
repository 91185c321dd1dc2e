DROP FUNCTION IF EXISTS place_order(integer, integer, integer[], integer[], numeric[], jsonb, text, text, text, integer, text[], text[], integer);
