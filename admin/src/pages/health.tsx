import { useEffect, useState } from 'react';
import { download, request } from '../api';
import { dateTime, ErrorNotice, Panel, useAction, useLoad } from '../components';
import { graphql } from '../gql';
import type { DomainEventKind, ExportFormat, ReportExportKind } from '../gql/graphql';

const Consistency = graphql(`
  query AdminConsistency {
    reports {
      dataConsistency {
        checkedAt
        totalIssues
        issues {
          kind
          table
          description
          records
        }
      }
    }
  }
`);

const Exports = graphql(`
  query AdminExports {
    reportExports(first: 20) {
      nodes {
        id
        report
        format
        status
        progress
        rowCount
        error
        downloadUrl
        createdAt
      }
    }
  }
`);

const StartExport = graphql(`
  mutation AdminExportReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      id
      status
    }
  }
`);

const CancelExport = graphql(`
  mutation AdminCancelExport($id: ID!) {
    cancelReportExport(id: $id) {
      id
      status
    }
  }
`);

const Webhooks = graphql(`
  query AdminWebhooks {
    webhooks {
      id
      url
      events
      isActive
      deliveries(first: 5) {
        totalCount
        nodes {
          id
          event
          status
          attempts
          responseStatus
          lastError
          createdAt
        }
      }
    }
  }
`);

const CreateWebhook = graphql(`
  mutation AdminCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`);

const Redeliver = graphql(`
  mutation AdminRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

const REPORTS: ReportExportKind[] = [
  'ORDER_LINES',
  'TOP_CUSTOMERS',
  'CUSTOMER_RANKING',
  'RUNNING_TOTALS',
  'MONTHLY_SALES',
  'SALES_RANKING',
  'CUSTOMER_SEGMENTS',
  'DATA_CONSISTENCY',
];
const EVENTS: DomainEventKind[] = [
  'ORDER_PLACED',
  'ORDER_STATUS_CHANGED',
  'ORDER_CANCELLED',
  'ORDER_TRANSFERRED',
  'PRODUCT_UPDATED',
  'PRODUCT_STOCK_LOW',
  'USER_CREATED',
];

function ExportsPanel() {
  const exports = useLoad(() => request(Exports, {}), []);
  const [report, setReport] = useState<ReportExportKind>('ORDER_LINES');
  const [format, setFormat] = useState<ExportFormat>('CSV');
  const action = useAction();
  const running = (exports.data?.reportExports.nodes ?? []).some(
    (row) => row.status === 'QUEUED' || row.status === 'RUNNING',
  );
  // Progress while anything is queued or running.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void exports.reload(), 1000);
    return () => clearInterval(timer);
  }, [running, exports.reload]);
  return (
    <Panel title="Exports">
      <div className="toolbar">
        <select name="report" value={report} onChange={(event) => setReport(event.target.value as ReportExportKind)}>
          {REPORTS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
        <select name="format" value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          <option>CSV</option>
          <option>NDJSON</option>
        </select>
        <button
          type="button"
          disabled={action.busy}
          onClick={async () => {
            if (await action.run(() => request(StartExport, { input: { report, format } }))) await exports.reload();
          }}
        >
          Start export
        </button>
      </div>
      <ErrorNotice error={exports.error ?? action.error} />
      <table data-testid="exports">
        <thead>
          <tr>
            <th>Report</th>
            <th>Status</th>
            <th className="number">Progress</th>
            <th className="number">Rows</th>
            <th>Requested</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(exports.data?.reportExports.nodes ?? []).map((row) => (
            <tr key={row.id} data-export={row.id}>
              <td>
                {row.report} ({row.format})
              </td>
              <td>
                <span className="badge">{row.status}</span> {row.error}
              </td>
              <td className="number">{row.progress} %</td>
              <td className="number">{row.rowCount}</td>
              <td>{dateTime(row.createdAt)}</td>
              <td>
                {row.downloadUrl ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      action.run(() =>
                        download(
                          row.downloadUrl!,
                          `${row.report.toLowerCase()}.${row.format === 'CSV' ? 'csv' : 'ndjson'}`,
                        ),
                      )
                    }
                  >
                    Download
                  </button>
                ) : null}
                {row.status === 'QUEUED' || row.status === 'RUNNING' ? (
                  <button
                    type="button"
                    className="danger"
                    onClick={async () => {
                      if (await action.run(() => request(CancelExport, { id: row.id }))) await exports.reload();
                    }}
                  >
                    Cancel
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function WebhooksPanel() {
  const hooks = useLoad(() => request(Webhooks, {}), []);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<Set<DomainEventKind>>(new Set(['ORDER_PLACED']));
  const [secret, setSecret] = useState<string | null>(null);
  const action = useAction();
  return (
    <Panel title="Webhooks">
      <div className="toolbar">
        <input
          name="webhookUrl"
          placeholder="https://…"
          size={36}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        {EVENTS.map((kind) => (
          <label key={kind} className="muted">
            <input
              type="checkbox"
              checked={events.has(kind)}
              onChange={(event) => {
                const next = new Set(events);
                if (event.target.checked) next.add(kind);
                else next.delete(kind);
                setEvents(next);
              }}
            />{' '}
            {kind}
          </label>
        ))}
        <button
          type="button"
          disabled={action.busy}
          onClick={async () => {
            const created = await action.run(() => request(CreateWebhook, { input: { url, events: [...events] } }));
            if (created) {
              setSecret(created.createWebhook.secret);
              await hooks.reload();
            }
          }}
        >
          Add webhook
        </button>
      </div>
      {secret ? (
        <p>
          Signing secret (shown once): <code>{secret}</code>
        </p>
      ) : null}
      <ErrorNotice error={hooks.error ?? action.error} />
      {(hooks.data?.webhooks ?? []).map((hook) => (
        <div key={hook.id}>
          <h3>
            {hook.url} <span className="badge">{hook.isActive ? 'active' : 'paused'}</span>
          </h3>
          <p className="muted">
            {hook.events.join(', ')} · {hook.deliveries.totalCount} deliveries
          </p>
          <table>
            <tbody>
              {hook.deliveries.nodes.map((delivery) => (
                <tr key={delivery.id}>
                  <td>{delivery.event}</td>
                  <td>
                    <span className="badge">{delivery.status}</span>
                  </td>
                  <td className="number">{delivery.attempts} attempt(s)</td>
                  <td>{delivery.responseStatus ?? delivery.lastError ?? ''}</td>
                  <td>{dateTime(delivery.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={async () => {
                        if (await action.run(() => request(Redeliver, { deliveryId: delivery.id })))
                          await hooks.reload();
                      }}
                    >
                      Redeliver
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Panel>
  );
}

export function DataHealth() {
  const consistency = useLoad(() => request(Consistency, {}), []);
  const report = consistency.data?.reports.dataConsistency;
  return (
    <>
      <Panel
        title="Consistency"
        actions={
          <button type="button" className="secondary" onClick={() => void consistency.reload()}>
            Check again
          </button>
        }
      >
        <ErrorNotice error={consistency.error} />
        {report ? (
          <p data-testid="consistency">
            {report.totalIssues === 0 ? 'No issues found' : `${report.totalIssues} issue(s)`} · checked{' '}
            {dateTime(report.checkedAt)}
          </p>
        ) : null}
        <ul>
          {(report?.issues ?? []).map((issue) => (
            <li key={`${issue.kind}-${issue.table}`}>
              <strong>{issue.kind}</strong> in {issue.table}: {issue.description} ({issue.records.length} row(s))
            </li>
          ))}
        </ul>
      </Panel>
      <ExportsPanel />
      <WebhooksPanel />
    </>
  );
}
