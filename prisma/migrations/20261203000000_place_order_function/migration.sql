-- The graphile-worker job for one handler of one outbox event, keyed by task and
-- event (emitEvent in src/events/outbox.ts uses it too).
CREATE FUNCTION outbox_job(p_task text, p_event_id uuid, p_max_attempts integer)
RETURNS graphile_worker.job_spec
LANGUAGE sql STABLE
AS $$
  SELECT ROW(
    p_task, json_build_object('eventId', p_event_id::text), NULL, NULL,
    p_max_attempts, p_task || ':' || p_event_id::text, NULL, NULL
  )::graphile_worker.job_spec
$$;

-- placeOrder in one statement. A hot product's row is locked from the
-- moment the order reads its price and stock until the statement commits,
-- with no round trip to the application in between, so concurrent orders
-- for it queue for well under a millisecond each instead of for several
-- round trips. The rules are the service's (src/services/order-placement.ts),
-- which checks everything that needs no database before calling this and
-- turns each outcome other than 'placed'/'replayed' into its API error:
--   customer_missing            the customer does not exist or is deleted
--   key_in_use / key_mismatch   the idempotency key is being used / was used for other lines
--   product_missing / product_inactive / insufficient_stock (with line, available)
-- Those outcomes change nothing. Writes, in one transaction: the order and
-- its items (input order), the idempotency key's order, the audit entry,
-- the customer's activity, the ORDER_PLACED event and a PRODUCT_STOCK_LOW
-- event per product whose stock fell to the threshold, each event with one
-- graphile-worker job per handler (the outbox: all of them in one add_jobs
-- call, which costs a fraction of one add_job per job), and the stock.
CREATE FUNCTION place_order(
  p_customer_id integer,
  p_actor_id integer,
  p_product_ids integer[],
  p_quantities integer[],
  p_unit_prices numeric[],
  p_shipping_address jsonb,
  p_note text,
  p_idempotency_key text,
  p_request_hash text,
  p_low_stock_threshold integer,
  p_order_tasks text[],
  p_stock_low_tasks text[],
  p_job_max_attempts integer
) RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
  v_earlier record;
  v_line record;
  v_changed record;
  v_order_id integer;
  v_order_number text;
  v_total numeric;
  v_total_text text;
  v_created_at timestamptz;
  v_status text;
  v_items jsonb;
  v_event_id uuid;
  v_order_event jsonb;
  v_stock_low_event jsonb;
  v_stock_low_events jsonb := '[]'::jsonb;
  v_jobs graphile_worker.job_spec[];
BEGIN
  PERFORM 1 FROM users WHERE id = p_customer_id AND deleted_at IS NULL FOR SHARE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'customer_missing');
  END IF;

  -- A concurrent call with the same key waits here on the key's row until the
  -- first commits (then finds its order) or gives up (then places its own).
  IF p_idempotency_key IS NOT NULL THEN
    INSERT INTO order_idempotency_keys (customer_id, key, request_hash)
    VALUES (p_customer_id, p_idempotency_key, p_request_hash)
    ON CONFLICT (customer_id, key) DO NOTHING;
    IF NOT FOUND THEN
      SELECT k.request_hash, k.order_id INTO v_earlier
      FROM order_idempotency_keys k
      WHERE k.customer_id = p_customer_id AND k.key = p_idempotency_key;
      IF v_earlier.order_id IS NULL THEN
        RETURN jsonb_build_object('outcome', 'key_in_use');
      ELSIF v_earlier.request_hash <> p_request_hash THEN
        RETURN jsonb_build_object('outcome', 'key_mismatch');
      END IF;
      RETURN jsonb_build_object('outcome', 'replayed', 'orderId', v_earlier.order_id);
    END IF;
  END IF;

  -- Locked in id order, so multi-product orders never deadlock each other;
  -- what is read below cannot change until commit.
  PERFORM 1 FROM products WHERE id = ANY (p_product_ids) ORDER BY id FOR NO KEY UPDATE;

  FOR v_line IN
    SELECT w.ord - 1 AS line_index, w.quantity, p.id, p.is_active, p.stock_quantity
    FROM unnest(p_product_ids, p_quantities) WITH ORDINALITY AS w (product_id, quantity, ord)
    LEFT JOIN products p ON p.id = w.product_id
    ORDER BY w.ord
  LOOP
    IF v_line.id IS NULL OR NOT v_line.is_active OR v_line.stock_quantity < v_line.quantity THEN
      IF p_idempotency_key IS NOT NULL THEN
        DELETE FROM order_idempotency_keys WHERE customer_id = p_customer_id AND key = p_idempotency_key;
      END IF;
      RETURN jsonb_build_object(
        'outcome', CASE
          WHEN v_line.id IS NULL THEN 'product_missing'
          WHEN NOT v_line.is_active THEN 'product_inactive'
          ELSE 'insufficient_stock'
        END,
        'line', v_line.line_index,
        'available', v_line.stock_quantity
      );
    END IF;
  END LOOP;

  SELECT
    sum(coalesce(w.unit_price, p.price) * w.quantity),
    jsonb_agg(
      jsonb_build_object(
        'productId', w.product_id,
        'quantity', w.quantity,
        'unitPrice', coalesce(w.unit_price, p.price)::numeric(12, 2)::text
      ) ORDER BY w.ord
    )
  INTO v_total, v_items
  FROM unnest(p_product_ids, p_quantities, p_unit_prices) WITH ORDINALITY AS w (product_id, quantity, unit_price, ord)
  JOIN products p ON p.id = w.product_id;

  v_order_id := nextval(pg_get_serial_sequence('orders', 'id'));
  v_order_number := 'ORD-' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD') || '-'
    || lpad(v_order_id::text, greatest(6, length(v_order_id::text)), '0');

  INSERT INTO orders (id, order_number, customer_id, total_amount, shipping_address, note, updated_at)
  VALUES (v_order_id, v_order_number, p_customer_id, v_total, p_shipping_address, p_note, now())
  RETURNING created_at, status::text, total_amount::text INTO v_created_at, v_status, v_total_text;

  INSERT INTO order_items (order_id, product_id, quantity, unit_price, total_price)
  SELECT v_order_id, w.product_id, w.quantity, coalesce(w.unit_price, p.price), coalesce(w.unit_price, p.price) * w.quantity
  FROM unnest(p_product_ids, p_quantities, p_unit_prices) WITH ORDINALITY AS w (product_id, quantity, unit_price, ord)
  JOIN products p ON p.id = w.product_id
  ORDER BY w.ord;

  IF p_idempotency_key IS NOT NULL THEN
    UPDATE order_idempotency_keys SET order_id = v_order_id
    WHERE customer_id = p_customer_id AND key = p_idempotency_key;
  END IF;

  -- The same { field: { old, new } } record the services' recordAudit writes for a CREATE.
  INSERT INTO audit_logs (action, entity, entity_id, changes, actor_id)
  VALUES (
    'CREATE', 'Order', v_order_id::text,
    jsonb_build_object(
      'id', jsonb_build_object('old', NULL, 'new', v_order_id),
      'orderNumber', jsonb_build_object('old', NULL, 'new', v_order_number),
      'customerId', jsonb_build_object('old', NULL, 'new', p_customer_id),
      'status', jsonb_build_object('old', NULL, 'new', v_status),
      'totalAmount', jsonb_build_object('old', NULL, 'new', v_total_text),
      'createdAt', jsonb_build_object(
        'old', NULL, 'new', to_char(v_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      ),
      '_meta', jsonb_build_object('items', v_items)
    )
    || CASE WHEN p_shipping_address IS NULL THEN '{}'::jsonb
       ELSE jsonb_build_object('shippingAddress', jsonb_build_object('old', NULL, 'new', p_shipping_address)) END
    || CASE WHEN p_note IS NULL THEN '{}'::jsonb
       ELSE jsonb_build_object('note', jsonb_build_object('old', NULL, 'new', p_note)) END,
    p_actor_id
  );

  INSERT INTO user_activities (user_id, kind, metadata)
  VALUES (
    p_customer_id, 'ORDER_PLACED',
    jsonb_build_object('orderId', v_order_id, 'orderNumber', v_order_number, 'totalAmount', v_total_text)
  );

  v_event_id := gen_random_uuid();
  v_order_event := jsonb_build_object(
    'orderId', v_order_id,
    'orderNumber', v_order_number,
    'customerId', p_customer_id,
    'totalAmount', v_total_text,
    'itemCount', (SELECT sum(q) FROM unnest(p_quantities) AS q),
    'productIds', to_jsonb(p_product_ids)
  );
  INSERT INTO domain_events (id, kind, entity_id, payload) VALUES (v_event_id, 'ORDER_PLACED', v_order_id, v_order_event);
  v_jobs := array(SELECT outbox_job(task, v_event_id, p_job_max_attempts) FROM unnest(p_order_tasks) AS task);

  FOR v_changed IN
    UPDATE products p
    SET stock_quantity = p.stock_quantity - w.quantity, updated_at = now()
    FROM unnest(p_product_ids, p_quantities) WITH ORDINALITY AS w (product_id, quantity, ord)
    WHERE p.id = w.product_id
    RETURNING w.ord, p.id, p.sku, p.name, p.stock_quantity + w.quantity AS before, p.stock_quantity AS after
  LOOP
    IF v_changed.before > p_low_stock_threshold AND v_changed.after <= p_low_stock_threshold THEN
      v_event_id := gen_random_uuid();
      v_stock_low_event := jsonb_build_object(
        'productId', v_changed.id,
        'sku', v_changed.sku,
        'name', v_changed.name,
        'stockQuantity', v_changed.after,
        'threshold', p_low_stock_threshold
      );
      INSERT INTO domain_events (id, kind, entity_id, payload)
      VALUES (v_event_id, 'PRODUCT_STOCK_LOW', v_changed.id, v_stock_low_event);
      v_jobs := v_jobs || array(
        SELECT outbox_job(task, v_event_id, p_job_max_attempts) FROM unnest(p_stock_low_tasks) AS task
      );
      v_stock_low_events := v_stock_low_events || jsonb_build_array(v_stock_low_event);
    END IF;
  END LOOP;

  PERFORM graphile_worker.add_jobs(v_jobs);

  RETURN jsonb_build_object(
    'outcome', 'placed',
    'orderId', v_order_id,
    'orderPlaced', v_order_event,
    'stockLow', v_stock_low_events
  );
END
$$;
