// The ribbon's outcome dialog: a heading for how the command ended, the message, and 「知道了」. Plain DOM and
// textContent only (the message is never parsed as HTML), so the page stays tiny and loads fast.
import type { DialogMessage } from './announce';

const HEADINGS: Record<DialogMessage['outcome'], { title: string; mark: string; colour: string }> = {
  found: { title: '发现问题', mark: '!', colour: '#C50F1F' },
  clean: { title: '未发现问题', mark: '✓', colour: '#107C41' },
  'no-tables': { title: '未识别到预算公开表格', mark: '?', colour: '#BC4B09' },
  cleared: { title: '已清除标注', mark: '✓', colour: '#107C41' },
  failed: { title: '操作未完成', mark: '×', colour: '#C50F1F' },
};

const NAMES: Record<DialogMessage['command'], string> = { check: '一键校验', clear: '清除标注' };

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, style?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (style) e.setAttribute('style', style);
  return e;
}

function timeOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Fill `root` with the outcome (or a short apology when the page was opened without one); `close` ends it. */
export function renderDialog(root: HTMLElement, msg: DialogMessage | null, close: () => void): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  const head = msg ? HEADINGS[msg.outcome] : HEADINGS.failed;
  const title = el(doc, 'h1', '', 'display:flex;align-items:center;gap:8px;margin:0 0 12px;font-size:18px;');
  title.append(
    el(doc, 'span', head.mark, `display:inline-flex;width:24px;height:24px;border-radius:12px;align-items:center;justify-content:center;color:#fff;background:${head.colour};font-size:15px;flex-shrink:0;`),
    el(doc, 'span', msg ? `${NAMES[msg.command]}：${head.title}` : '预算公开校验助手'),
  );
  title.setAttribute('data-outcome', msg?.outcome ?? 'none');
  const text = el(doc, 'p', msg ? msg.message : '没有收到操作结果。请在「校验助手」中查看。', 'margin:0 0 8px;line-height:1.6;overflow-wrap:anywhere;');
  text.setAttribute('role', 'status');
  root.append(title, text);
  if (msg?.outcome === 'found') root.append(el(doc, 'p', '点功能区的「校验助手」可按表格查看问题、跳转到单元格，或标记为已复核。', 'margin:0 0 8px;color:#616161;'));
  if (msg) root.append(el(doc, 'p', `时间：${timeOf(msg.at)}`, 'margin:0 0 16px;color:#616161;font-size:12px;'));
  const ok = el(doc, 'button', '知道了', 'padding:6px 20px;font-size:14px;border-radius:4px;border:1px solid #0F6CBD;background:#0F6CBD;color:#fff;cursor:pointer;');
  ok.type = 'button';
  ok.addEventListener('click', close);
  root.append(ok);
  ok.focus();
}
