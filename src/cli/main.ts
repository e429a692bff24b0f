// The command line: budget-disclosure check|draft|annotate. Users see Chinese sentences, never stack traces.
import { runAnnotate } from './annotate';
import { runCheck, CHECK_USAGE, errorReport } from './check';
import { runDraftCommand } from './draft-command';
import { EXIT_OK, EXIT_UNREADABLE, processIo, type CliIo } from './io';

export const HELP = [
  '预算公开校验助手（budget-disclosure）：校验部门预算公开表格，起草并核对信息公开情况说明。',
  '',
  CHECK_USAGE,
  '    识别表格并校验合计、科目编码和表间关系；--json 输出 JSON 报告。退出码：0 无错误，1 有错误，2 文件无法读取。',
  '    文件可以是 .xlsx、.xls、.et、.ods 或带文字的 PDF（PDF 的问题会标明第几页第几行）；--narrative 核对 Word 写的情况说明。',
  '用法：budget-disclosure draft 文件.xlsx [--template hebei|henan] [--prior 上年数.json|上年公开.pdf|上年表格.xlsx] [-o 输出.md|.docx|.txt]',
  '    根据表格数字起草信息公开情况说明；--prior 可直接读取上年公开的 PDF 或表格，并列出每个上年数的出处。',
  '用法：budget-disclosure annotate 文件.xlsx -o 输出文件.xlsx',
  '    生成带标注（底色和批注）的副本，原文件不会被修改；.xls/.et/.ods 的标注副本保存为 .xlsx。',
  '',
  '加 --debug 可在出现内部错误时显示技术细节。',
].join('\n');

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: runCheck,
  draft: runDraftCommand,
  annotate: (argv, io) => runAnnotate(argv, io),
};

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${HELP}\n`);
    return command ? EXIT_OK : EXIT_UNREADABLE;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`不认识的命令：${command}。可用命令：check、draft、annotate。\n`);
    return EXIT_UNREADABLE;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    const message = '处理时发生内部错误，未能完成。请把文件和这条信息反馈给开发人员（加 --debug 可显示技术细节）。';
    if (rest.includes('--json')) io.stdout(`${JSON.stringify(errorReport(rest.find((a) => !a.startsWith('-')) ?? '', message), null, 2)}\n`);
    else io.stderr(`${message}\n`);
    if (rest.includes('--debug')) io.stderr(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return EXIT_UNREADABLE;
  }
}
