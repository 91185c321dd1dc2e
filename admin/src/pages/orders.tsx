import { useEffect, useState } from 'react';
import { request, subscribe } from '../api';
import { dateTime, ErrorNotice, money, Panel, useAction, useLoad } from '../components';
import { graphql } from '../gql';
import type { OrderStatus } from '../gql/graphql';

const OrderList = graphql(`
  query AdminOrders($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        rowId
        orderNumber
        status
        totalAmount
        itemCount
        createdAt
        customer {
          username
        }
      }
    }
  }
`);

const OrderDetail = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      id
      orderNumber
      status
      totalAmount
      note
      createdAt
      confirmedAt
      shippedAt
      deliveredAt
      cancelledAt
      customer {
        username
        email
      }
      items {
        id
        quantity
        unitPrice
        totalPrice
        product {
          name
          sku
        }
      }
    }
  }
`);

const UpdateStatus = graphql(`
  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

const Cancel = graphql(`
  mutation AdminCancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const LiveOrders = graphql(`
  subscription AdminOrderEvents {
    orderEvents {
      kind
      order {
        id
        rowId
        orderNumber
        status
        totalAmount
        itemCount
        createdAt
        customer {
          username
        }
      }
    }
  }
`);

const STATUSES: OrderStatus[] = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'];
const NEXT: Partial<Record<OrderStatus, OrderStatus>> = {
  PENDING: 'CONFIRMED',
  CONFIRMED: 'SHIPPED',
  SHIPPED: 'DELIVERED',
};
type Row = NonNullable<Awaited<ReturnType<typeof loadPage>>>['nodes'][number];

const loadPage = async (status: OrderStatus | '', orderNumber: string, after: string | null) =>
  (
    await request(OrderList, {
      first: 20,
      after,
      filter: {
        ...(status ? { status: [status] } : {}),
        ...(orderNumber.trim() ? { orderNumber: { contains: orderNumber.trim() } } : {}),
      },
    })
  ).orders;

function Detail({ id, onChanged }: { id: string; onChanged: (row: { id: string; status: OrderStatus }) => void }) {
  const { data, error, reload } = useLoad(() => request(OrderDetail, { id }), [id]);
  const action = useAction();
  const order = data?.order;
  if (!order) return <ErrorNotice error={error} />;
  const next = NEXT[order.status];
  const change = async (run: () => Promise<{ id: string; status: OrderStatus } | undefined>) => {
    const changed = await action.run(run);
    if (changed) {
      onChanged(changed);
      await reload();
    }
  };
  return (
    <Panel title={`Order ${order.orderNumber}`}>
      <p>
        <span className="badge" data-testid="detail-status">
          {order.status}
        </span>{' '}
        {order.customer.username} ({order.customer.email}) · {money(order.totalAmount)}
      </p>
      <p className="muted">
        placed {dateTime(order.createdAt)} · confirmed {dateTime(order.confirmedAt)} · shipped{' '}
        {dateTime(order.shippedAt)} · delivered {dateTime(order.deliveredAt)} · cancelled {dateTime(order.cancelledAt)}
      </p>
      <div className="toolbar">
        {next ? (
          <button
            type="button"
            disabled={action.busy}
            onClick={() => change(async () => (await request(UpdateStatus, { id, status: next })).updateOrderStatus)}
          >
            Mark {next.toLowerCase()}
          </button>
        ) : null}
        {order.status === 'PENDING' || order.status === 'CONFIRMED' ? (
          <button
            type="button"
            className="danger"
            disabled={action.busy}
            onClick={() =>
              change(async () => (await request(Cancel, { id, reason: 'Cancelled in the admin console' })).cancelOrder)
            }
          >
            Cancel order
          </button>
        ) : null}
      </div>
      <ErrorNotice error={action.error} />
      <table>
        <thead>
          <tr>
            <th>Product</th>
            <th>SKU</th>
            <th className="number">Qty</th>
            <th className="number">Unit</th>
            <th className="number">Total</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.id}>
              <td>{item.product.name}</td>
              <td>{item.product.sku}</td>
              <td className="number">{item.quantity}</td>
              <td className="number">{money(item.unitPrice)}</td>
              <td className="number">{money(item.totalPrice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

export function Orders() {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [orderNumber, setOrderNumber] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const page = useLoad(async () => {
    const first = await loadPage(status, orderNumber, null);
    setRows(first.nodes);
    return first;
  }, [status, orderNumber]);
  const [cursor, setCursor] = useState<{ hasNextPage: boolean; endCursor?: string | null } | null>(null);
  useEffect(() => setCursor(page.data?.pageInfo ?? null), [page.data]);
  const [liveError, setLiveError] = useState<unknown>(null);

  useEffect(
    () =>
      subscribe(
        LiveOrders,
        {},
        ({ orderEvents }) => {
          const order = orderEvents.order;
          setRows((current) =>
            current.some((row) => row.id === order.id)
              ? current.map((row) => (row.id === order.id ? order : row))
              : orderEvents.kind === 'PLACED' && (!status || status === order.status)
                ? [order, ...current]
                : current,
          );
          setFresh((current) => new Set(current).add(order.id));
        },
        setLiveError,
      ),
    [status],
  );

  const more = async () => {
    if (!cursor?.endCursor) return;
    const next = await loadPage(status, orderNumber, cursor.endCursor);
    setRows((current) => [...current, ...next.nodes]);
    setCursor(next.pageInfo);
  };

  return (
    <div className="grid">
      <Panel title={`Orders (${page.data?.totalCount ?? '…'})`}>
        <div className="toolbar">
          <select name="status" value={status} onChange={(event) => setStatus(event.target.value as OrderStatus | '')}>
            <option value="">Every status</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <input
            name="orderNumber"
            placeholder="Order number contains…"
            value={orderNumber}
            onChange={(event) => setOrderNumber(event.target.value)}
          />
          <span className="muted">new orders appear live</span>
        </div>
        <ErrorNotice error={page.error ?? liveError} />
        <table data-testid="orders">
          <thead>
            <tr>
              <th>Number</th>
              <th>Customer</th>
              <th>Status</th>
              <th className="number">Items</th>
              <th className="number">Total</th>
              <th>Placed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-order={row.orderNumber}
                className={[selected === row.id ? 'selected' : '', fresh.has(row.id) ? 'fresh' : ''].join(' ')}
                onClick={() => setSelected(row.id)}
              >
                <td>{row.orderNumber}</td>
                <td>{row.customer.username}</td>
                <td>
                  <span className="badge">{row.status}</span>
                </td>
                <td className="number">{row.itemCount}</td>
                <td className="number">{money(row.totalAmount)}</td>
                <td>{dateTime(row.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {cursor?.hasNextPage ? (
          <button type="button" className="secondary" onClick={more}>
            Load more
          </button>
        ) : null}
      </Panel>
      {selected ? (
        <Detail
          id={selected}
          onChanged={(changed) =>
            setRows((current) =>
              current.map((row) => (row.id === changed.id ? { ...row, status: changed.status } : row)),
            )
          }
        />
      ) : (
        <Panel title="Order">
          <p className="muted">Select an order to see its lines and change its status.</p>
        </Panel>
      )}
    </div>
  );
}
