#!/usr/bin/env node
// `npm run demo`: check the bundled sample (seed 000 as published), then the same workbook with three typical
// mistakes, so a new user sees both a clean report and findings. Exits 0 when both behave as expected.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'budget-disclosure.js');

function run(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

function section(title) {
  process.stdout.write(`\n==== ${title} ====\n`);
}

section('示例一：灵寿县医疗保障局 2021 年部门预算（按公开的原始数字生成）');
const clean = run(['check', 'assets/sample-budget-2021.xlsx']);
process.stdout.write(clean.out);

section('示例二：同一工作簿，改错了三处（支出总表一个项、“三公”一个数、情况说明一个数字）');
const broken = run(['check', 'assets/sample-budget-2021-with-errors.xlsx']);
process.stdout.write(broken.out);

const json = run(['check', 'assets/sample-budget-2021-with-errors.xlsx', '--json']);
const report = JSON.parse(json.out);
process.stdout.write(`\n--json 输出一份 JSON 报告：${report.tables.length} 张表，${report.findings.length} 条结果（退出码 ${json.code}）。\n`);

const ok = clean.code === 0 && broken.code === 1 && json.code === 1;
if (!ok) process.stderr.write(`示例运行结果与预期不符：退出码 ${clean.code} / ${broken.code} / ${json.code}（应为 0 / 1 / 1）。\n`);
process.exitCode = ok ? 0 : 1;
