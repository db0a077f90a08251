import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import type { Finding } from '../../domain/finding';
import { InputRejectedError } from '../../errors';
import { annotateWorkbook } from '../../plans/plan-workbook';
import { submitPlanWorkbook } from '../../plans/submit-plan-workbook';
import { validatePlanWorkbook } from '../../plans/validate-plan-workbook';
import { type CliOutput, withDatabase } from '../cli-context';
import { EXIT } from '../exit-codes';
import { findingJson, formatFinding } from '../format-findings';
import { assertXlsxPath, jsonOption, outputFor } from './command-options';

export function registerSubmitCommands(program: Command): void {
  jsonOption(
    program
      .command('submit <file>')
      .description('validate a plan workbook and store one new version per plan code')
      .requiredOption('--user <login>', 'who submits')
      .option('--annotate <out.xlsx>', 'write a copy with every finding marked on its cell')
      .option('--draft', 'keep the new versions as DRAFT (send them later with submit-version)')
      .option('--effective-from <date>', 'first date the versions price live orders once approved'),
  ).action(
    async (
      file: string,
      options: { user: string; annotate?: string; draft?: boolean; effectiveFrom?: string },
      command: Command,
    ) => {
      const out = outputFor(command);
      assertXlsxPath(options.annotate, '--annotate');
      const buffer = fs.readFileSync(file);
      await withDatabase(async (db) => {
        try {
          const result = await submitPlanWorkbook(db, {
            file: buffer,
            fileName: path.basename(file),
            user: options.user,
            now: new Date(),
            draft: options.draft,
            effectiveFrom: options.effectiveFrom,
          });
          await annotateIfAsked(buffer, result.findings, options.annotate, out);
          printSubmitted(result, out);
        } catch (error) {
          if (!(error instanceof InputRejectedError)) throw error;
          await annotateIfAsked(buffer, error.findings, options.annotate, out);
          printRejected(error, out);
          process.exitCode = EXIT.REJECTED;
        }
      });
    },
  );

  jsonOption(
    program
      .command('validate <file>')
      .description('check a plan workbook without saving anything')
      .option('--annotate <out.xlsx>', 'write a copy with every finding marked on its cell'),
  ).action(async (file: string, options: { annotate?: string }, command: Command) => {
    const out = outputFor(command);
    assertXlsxPath(options.annotate, '--annotate');
    const buffer = fs.readFileSync(file);
    const { plans, findings } = await withDatabase((db) => validatePlanWorkbook(db, buffer));
    await annotateIfAsked(buffer, findings, options.annotate, out);
    out.result({
      plans: plans.map((plan) => plan.header.planCode),
      findings: findings.map(findingJson),
    });
    out.say(`${plans.length} plan(s), ${findings.length} finding(s).`);
    for (const finding of findings) out.say(`  ${formatFinding(finding)}`);
    if (findings.some((finding) => finding.severity === 'BLOCK')) process.exitCode = EXIT.REJECTED;
  });
}

async function annotateIfAsked(
  buffer: Buffer,
  findings: Finding[],
  target: string | undefined,
  out: CliOutput,
) {
  if (!target) return;
  fs.writeFileSync(target, await annotateWorkbook(buffer, findings));
  out.say(`Findings marked in ${target}.`);
}

function printSubmitted(
  result: Awaited<ReturnType<typeof submitPlanWorkbook>>,
  out: CliOutput,
): void {
  out.result({
    versions: result.versions,
    unchanged: result.unchanged,
    findings: result.findings.map(findingJson),
  });
  for (const ref of result.versions) out.say(`Stored ${ref.plan} version ${ref.version}.`);
  for (const ref of result.unchanged)
    out.say(`${ref.plan} is unchanged since version ${ref.version}; no new version.`);
  for (const finding of result.findings) out.say(`  ${formatFinding(finding)}`);
}

function printRejected(error: InputRejectedError, out: CliOutput): void {
  out.result({ versions: [], findings: error.findings.map(findingJson) });
  if (out.json) return;
  process.stderr.write(`${error.message}\n`);
  for (const finding of error.findings) process.stderr.write(`  ${formatFinding(finding)}\n`);
}
