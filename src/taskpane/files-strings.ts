// zh-CN texts of the file readers' parts of the pane and page (PDF view, Word 说明, last year's file).

/** Texts of the 「核对 Word 说明」, PDF page view and 上年公开文件 parts. */
export const F = {
  checkWord: '核对 Word 说明',
  checkWordHint: '选择用 Word 或 WPS 写好的《信息公开情况说明》(.docx)，与表格逐段核对。',
  checkingWord: '正在核对 Word 说明…',
  wordNoFindings: (name: string) => `「${name}」中的数字和表格一致，未发现问题。`,
  wordFindings: (name: string, n: number) => `「${name}」中有 ${n} 处需要核对：`,
  paragraph: (n: number) => `第 ${n} 段`,
  needCheckFirst: '请先校验表格，再核对 Word 说明。',
  pdfSpot: (page: number, line: number) => `第 ${page} 页第 ${line} 行`,
  pdfPageLabel: (page: number) => `PDF 第 ${page} 页（红框为问题所在位置）`,
  pdfDrawFailed: '无法显示这一页 PDF，问题位置见上方的页码和行号。',
  priorFromFile: '从上年公开文件读取',
  priorFromFileHint: '选择上年的部门预算公开文件（PDF、.xlsx、.xls），自动填入上年数。',
  priorRead: (name: string, year: number | null) => `已从「${name}」${year ? `（${year} 年）` : ''}读取上年数：`,
  priorNone: (name: string) => `「${name}」中没有识别到上年的部门预算表格，无法读取上年数。`,
  priorSumOfParts: '由表中各项相加得出',
  openAccept: '.xlsx,.xls,.et,.ods,.pdf',
  openHint: '选择或拖入部门预算表格（.xlsx、.xls、.et、.ods）或公开的 PDF。文件只在本机浏览器中处理，不会上传到任何地方。',
} as const;
