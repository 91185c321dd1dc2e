import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/server.js';
import { monthLabel, useReportFixture } from './fixture.js';

/**
 * Activities of alice in the fixture: M-4 ×1, M-3 ×2, M-2 none, M-1 ×3 (one
 * at the first instant, one at the last millisecond), M0 ×4; bob has 5 in M-1.
 */

const ActivityTrend = graphql(`
  query ReportsActivityTrend($userId: ID!, $months: Int) {
    reports {
      userActivityTrend(userId: $userId, months: $months) {
        month
        activityCount
        previousMonthCount
        growth
      }
    }
  }
`);

const reports = useReportFixture();
const { admin } = reports;
const userId = (id: number) => encodeGlobalID('User', id);

describe('reports.userActivityTrend', () => {
  it("counts one user's activities per UTC month with LAG; growth null after a month with none", async () => {
    const response = await reports.server.execute(
      ActivityTrend,
      { userId: userId(reports.fixture.users.alice.id), months: 4 },
      admin(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.userActivityTrend).toEqual([
      { month: monthLabel(-3), activityCount: 2, previousMonthCount: null, growth: null },
      { month: monthLabel(-2), activityCount: 0, previousMonthCount: 2, growth: -100 },
      { month: monthLabel(-1), activityCount: 3, previousMonthCount: 0, growth: null },
      { month: monthLabel(0), activityCount: 4, previousMonthCount: 3, growth: 33.33 },
    ]);
  });

  it('looks back as many months as asked', async () => {
    const response = await reports.server.execute(
      ActivityTrend,
      { userId: userId(reports.fixture.users.alice.id), months: 5 },
      admin(),
    );
    expect(response.data?.reports.userActivityTrend.slice(0, 2)).toEqual([
      { month: monthLabel(-4), activityCount: 1, previousMonthCount: null, growth: null },
      { month: monthLabel(-3), activityCount: 2, previousMonthCount: 1, growth: 100 },
    ]);
  });

  it('gives zero months to a user without activities', async () => {
    const response = await reports.server.execute(
      ActivityTrend,
      { userId: userId(reports.fixture.users.erin.id), months: 2 },
      admin(),
    );
    expect(response.data?.reports.userActivityTrend).toEqual([
      { month: monthLabel(-1), activityCount: 0, previousMonthCount: null, growth: null },
      { month: monthLabel(0), activityCount: 0, previousMonthCount: 0, growth: null },
    ]);
  });

  it('is NOT_FOUND for an unknown user', async () => {
    const response = await reports.server.execute(ActivityTrend, { userId: userId(999_999) }, admin());
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});
