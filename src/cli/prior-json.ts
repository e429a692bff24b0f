// PRIOR.json: last year's figures as the clerk typed them (the PriorYear type), checked field by field, never guessed.
import { readFileSync } from 'node:fs';
import { parseAmount } from '../engine/money';
import type { PriorYear } from '../engine/narrative/types';
import { UserInputError } from './io';

const AMOUNT_KEYS = [
  'total', 'basic', 'project', 'personnel', 'public', 'threePublic', 'abroad', 'vehicle',
  'vehiclePurchase', 'vehicleOperation', 'reception', 'agencyOperating',
] as const;

/** Example shown in error messages, so the clerk sees the expected shape. */
export const PRIOR_EXAMPLE = '{"year": 2020, "total": "3068.24", "basic": "509.44", "project": "2558.80", "threePublic": "3.00"}';

function amountText(key: string, v: unknown, file: string): string {
  const text = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.replace(/万元$/, '').trim() : null;
  if (text === null || !parseAmount(text)) {
    throw new UserInputError(`${file} 中「${key}」的值不是金额（应为万元数字，例如 "3068.24"）。`);
  }
  return text;
}

/** Validate parsed JSON as a PriorYear (amounts in 万元 as text or numbers, optional integer year). */
export function toPriorYear(data: unknown, file: string): PriorYear {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserInputError(`${file} 应是一个 JSON 对象，例如 ${PRIOR_EXAMPLE}。`);
  }
  const out: PriorYear = {};
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'year') {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new UserInputError(`${file} 中「year」应是年份数字，例如 2020。`);
      out.year = v;
    } else if ((AMOUNT_KEYS as readonly string[]).includes(key)) {
      out[key as (typeof AMOUNT_KEYS)[number]] = amountText(key, v, file);
    } else {
      throw new UserInputError(`${file} 中有不认识的字段「${key}」。可用字段：year、${AMOUNT_KEYS.join('、')}。`);
    }
  }
  return out;
}

/** Read and validate PRIOR.json; every failure is one Chinese sentence. */
export function readPriorFile(file: string): PriorYear {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserInputError(`无法读取上年数据文件：${file}。请检查路径是否正确。`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserInputError(`${file} 不是有效的 JSON 文件，格式示例：${PRIOR_EXAMPLE}。`);
  }
  return toPriorYear(data, file);
}
