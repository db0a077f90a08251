import fs from 'node:fs';

import type { Command } from 'commander';
import { Option } from 'commander';

import { buildTemplateWorkbook, type TemplateLanguage } from '../../plans/build-template';
import { withDatabase } from '../cli-context';
import { assertXlsxPath, jsonOption, outputFor } from './command-options';

export function registerTemplateCommand(program: Command): void {
  jsonOption(
    program
      .command('template')
      .description('write an empty plan workbook with drop-downs from the master data (SPEC §3.2)')
      .addOption(
        new Option('--lang <lang>', 'header and read-me language')
          .choices(['zh-CN', 'en'])
          .default('zh-CN'),
      )
      .requiredOption('-o, --out <file.xlsx>', 'where to write the workbook'),
  ).action(async (options: { lang: TemplateLanguage; out: string }, command: Command) => {
    const out = outputFor(command);
    assertXlsxPath(options.out, '-o');
    const workbook = await withDatabase((db) => buildTemplateWorkbook(db, options.lang));
    fs.writeFileSync(options.out, workbook);
    out.result({ file: options.out, lang: options.lang, bytes: workbook.length });
    out.say(`Plan template (${options.lang}) written to ${options.out}.`);
  });
}
