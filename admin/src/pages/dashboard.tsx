import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { request } from '../api';
import { ErrorNotice, money, Panel, useLoad } from '../components';
import { graphql } from '../gql';

const Overview = graphql(`
  query DashboardOverview($months: Int!, $from: DateTime!, $to: DateTime!) {
    reports {
      userStatistics {
        totalUsers
        activeUsers
        registeredLast7Days
      }
      monthlySales(months: $months) {
        month
        orderCount
        revenue
        revenueGrowth
        isPartial
      }
      productSales(from: $from, to: $to, limit: 10) {
        product {
          name
        }
        quantitySold
        revenue
      }
      customerSegments {
        vip {
          totalSpent
          user {
            username
          }
        }
        atRisk {
          totalSpent
          user {
            username
          }
        }
      }
      salesRanking(months: 3, topN: 3) {
        month
        revenueRank
        revenue
        quantitySold
        product {
          name
        }
      }
    }
  }
`);

const day = 24 * 60 * 60 * 1000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export function Dashboard() {
  const [months, setMonths] = useState(12);
  const [from, setFrom] = useState(isoDate(Date.now() - 90 * day));
  const [to, setTo] = useState(isoDate(Date.now() + day));
  const { data, error } = useLoad(
    () => request(Overview, { months, from: new Date(from).toISOString(), to: new Date(to).toISOString() }),
    [months, from, to],
  );
  const reports = data?.reports;
  const sales = (reports?.monthlySales ?? []).map((row) => ({
    month: row.isPartial ? `${row.month} (so far)` : row.month,
    revenue: Number(row.revenue),
    orders: row.orderCount,
    growth: row.isPartial ? null : row.revenueGrowth,
  }));
  const topProducts = (reports?.productSales ?? []).map((row) => ({
    name: row.product.name,
    revenue: Number(row.revenue),
  }));
  const segments = reports
    ? [
        { name: 'VIP', value: reports.customerSegments.vip.length },
        { name: 'At risk', value: reports.customerSegments.atRisk.length },
      ]
    : [];
  return (
    <>
      <ErrorNotice error={error} />
      <div className="toolbar">
        <label>
          Months{' '}
          <select name="months" value={months} onChange={(event) => setMonths(Number(event.target.value))}>
            {[3, 6, 12, 24].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          Top products from{' '}
          <input name="from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          to <input name="to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
      </div>
      {reports ? (
        <div className="toolbar" data-testid="user-statistics">
          <span className="badge">{reports.userStatistics.totalUsers} users</span>
          <span className="badge">{reports.userStatistics.activeUsers} active</span>
          <span className="badge">{reports.userStatistics.registeredLast7Days} new this week</span>
        </div>
      ) : null}
      <div className="grid">
        <Panel title="Monthly sales">
          <div data-testid="monthly-sales" style={{ height: 280 }}>
            <ResponsiveContainer>
              <ComposedChart data={sales}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" fontSize={11} />
                <YAxis yAxisId="revenue" fontSize={11} />
                <YAxis yAxisId="growth" orientation="right" unit="%" fontSize={11} />
                <Tooltip
                  formatter={(value, name) =>
                    name === 'growth' ? `${Number(value).toFixed(1)} %` : money(Number(value))
                  }
                />
                <Legend />
                <Bar yAxisId="revenue" dataKey="revenue" fill="#2f6fdf" isAnimationActive={false} />
                <Line yAxisId="growth" dataKey="growth" stroke="#e8590c" isAnimationActive={false} connectNulls />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <table>
            <thead>
              <tr>
                <th>Month</th>
                <th className="number">Orders</th>
                <th className="number">Revenue</th>
                <th className="number">Growth</th>
              </tr>
            </thead>
            <tbody>
              {(reports?.monthlySales ?? []).slice(-3).map((row) => (
                <tr key={row.month}>
                  <td>
                    {row.month} {row.isPartial ? <span className="badge">so far</span> : null}
                  </td>
                  <td className="number">{row.orderCount}</td>
                  <td className="number" data-testid={`revenue-${row.month}`}>
                    {money(row.revenue)}
                  </td>
                  <td className="number">
                    {row.isPartial || row.revenueGrowth === null ? '—' : `${row.revenueGrowth.toFixed(1)} %`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Panel title="Top products">
          <div style={{ height: 320 }}>
            <ResponsiveContainer>
              <BarChart data={topProducts} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" fontSize={11} />
                <YAxis type="category" dataKey="name" width={140} fontSize={11} />
                <Tooltip formatter={(value) => money(Number(value))} />
                <Bar dataKey="revenue" fill="#38a169" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Panel>
        <Panel title="Customer segments">
          <div style={{ height: 220 }}>
            <ResponsiveContainer>
              <PieChart>
                <Pie data={segments} dataKey="value" nameKey="name" outerRadius={80} label isAnimationActive={false}>
                  <Cell fill="#805ad5" />
                  <Cell fill="#dd6b20" />
                </Pie>
                <Legend />
                <Tooltip />
              </PieChart>
            </ResponsiveContainer>
          </div>
          <p className="muted">
            VIP: {reports?.customerSegments.vip.map((row) => row.user.username).join(', ') || 'none'}
          </p>
        </Panel>
        <Panel title="Sales ranking (last 3 months, top 3)">
          <table>
            <thead>
              <tr>
                <th>Month</th>
                <th>#</th>
                <th>Product</th>
                <th className="number">Sold</th>
                <th className="number">Revenue</th>
              </tr>
            </thead>
            <tbody>
              {(reports?.salesRanking ?? []).map((row) => (
                <tr key={`${row.month}-${row.revenueRank}`}>
                  <td>{row.month}</td>
                  <td>{row.revenueRank}</td>
                  <td>{row.product.name}</td>
                  <td className="number">{row.quantitySold}</td>
                  <td className="number">{money(row.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </div>
    </>
  );
}
