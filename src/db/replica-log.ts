import type { Logger } from 'pino';
import type { ReplicaStatus } from './replicas.js';

/** One line when a replica starts or stops taking reads. */
export function logReplicaChange(log: Logger, status: ReplicaStatus): void {
  const { target, lagMs, reason } = status;
  if (status.healthy) log.info({ replica: target, lagMs }, 'read replica takes reads');
  else log.warn({ replica: target, lagMs, reason }, `read replica skipped (${reason})`);
}
