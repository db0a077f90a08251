import ExcelJS from 'exceljs';

/** Loads a workbook, lets the test change it as a planner would in Excel, and saves it again. */
export async function editWorkbook(
  source: Buffer,
  edit: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source as unknown as ArrayBuffer);
  await edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`test workbook has no sheet ${name}`);
  return sheet;
}

/** The column number whose header (row 1) contains `header`, e.g. "Value" in "值 Value". */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (String(cell.value).split(' ').includes(header)) found = column;
  });
  if (!found) throw new Error(`no column ${header} on ${sheet.name}`);
  return found;
}

/** The Excel row number of the rule with this plan and rule code. */
export function ruleRowOf(sheet: ExcelJS.Worksheet, planCode: string, ruleCode: string): number {
  const planColumn = columnOf(sheet, 'PlanCode');
  const ruleColumn = columnOf(sheet, 'RuleCode');
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const cells = sheet.getRow(row);
    if (
      cells.getCell(planColumn).value === planCode &&
      cells.getCell(ruleColumn).value === ruleCode
    )
      return row;
  }
  throw new Error(`no rule ${planCode}/${ruleCode}`);
}

export function setRuleCell(
  workbook: ExcelJS.Workbook,
  planCode: string,
  ruleCode: string,
  header: string,
  value: ExcelJS.CellValue,
): number {
  const sheet = sheetNamed(workbook, '规则 Rules');
  const row = ruleRowOf(sheet, planCode, ruleCode);
  sheet.getRow(row).getCell(columnOf(sheet, header)).value = value;
  return row;
}
