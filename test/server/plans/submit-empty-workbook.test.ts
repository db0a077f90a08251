import { InputRejectedError } from '../../../server/src/errors';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import {
  buildWorkbook,
  headersOf,
  PLAN_HEADERS,
  RULE_HEADERS,
} from '../plan-workbook/plan-fixtures';
import { tableCounts } from '../../support/table-counts';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
});

afterEach(() => temp.close());

/** The template as downloaded: both sheets with their headers, not one plan filled in. */
function headersOnly(): Promise<Buffer> {
  return buildWorkbook([
    { sheet: '计划 Plans', headers: headersOf(PLAN_HEADERS, 'zh'), records: [] },
    { sheet: '规则 Rules', headers: headersOf(RULE_HEADERS, 'zh'), records: [] },
  ]);
}

describe('submitting a workbook without plans', () => {
  it('is refused with NO_PLANS and changes nothing', async () => {
    const before = await tableCounts(temp.db);
    const submitting = submitPlanWorkbook(temp.db, {
      file: await headersOnly(),
      fileName: 'empty.xlsx',
      user: 'li.planner',
      now: new Date('2026-12-03T09:00:00Z'),
    });

    const error = await submitting.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputRejectedError);
    expect((error as InputRejectedError).findings).toEqual([
      expect.objectContaining({ sheet: '计划 Plans', code: 'NO_PLANS', severity: 'BLOCK' }),
    ]);
    expect(await tableCounts(temp.db)).toEqual(before);
  });
});
