// 预算公开校验助手 — Excel 冒烟测试采集脚本 (see docs/excel-smoke-test.md).
//
// Paste this whole file into Script Lab (插入 > 加载项 > Script Lab > Code), in a NEW BLANK workbook, and press Run.
// It works only on a sheet it creates (「BD冒烟测试」) and removes again, and prints one JSON block to the console
// (Script Lab's 「Console」 pane): copy it back to the team. It reads nothing else of the workbook and sends nothing.
//
// What it records (only Excel can tell): requirement sets, whether a note comes back verbatim, how theme/tint fills
// read and whether writing them back restores them, what Excel says to a note on a threaded-comment cell (and
// the reverse), to 600 merged areas, to a fill on a protected sheet, to a duplicate sheet name, whether a sheet id
// survives a rename, whether workbook.settings and Office.context.document.settings share one store, and how big a
// read may be. Each step runs in its own Excel.run; a failing step is recorded, never stops the others.

/* eslint-disable */
var BD_SHEET = 'BD冒烟测试';
var FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];
var NOTE_TEXT = '【预算公开校验】\n错误：款「行政事业单位医疗」为 97.00，所属各项之和为 96.00（应为 96.00，实为 97.00）\n=SUM(A1) 不是公式';

async function budgetDisclosureDump(excel, office) {
  var out = { at: new Date().toISOString(), steps: {} };
  function errorOf(e) {
    return { code: (e && e.code) || (e && e.name) || 'Error', message: String((e && e.message) || e).slice(0, 300) };
  }
  async function step(name, fn) {
    try {
      out.steps[name] = { ok: true, result: await fn() };
    } catch (e) {
      out.steps[name] = { ok: false, error: errorOf(e) };
    }
  }
  function supports(set, version) {
    try {
      return office.context.requirements.isSetSupported(set, version);
    } catch (e) {
      return false;
    }
  }

  await step('host', async function () {
    var d = office.context.diagnostics || {};
    var sets = {};
    for (var v = 1; v <= 20; v++) sets['ExcelApi 1.' + v] = supports('ExcelApi', '1.' + v);
    sets['DialogApi 1.1'] = supports('DialogApi', '1.1');
    sets['DialogApi 1.2'] = supports('DialogApi', '1.2');
    return { platform: d.platform, version: d.version, host: d.host, url: office.context.document && office.context.document.url ? 'set' : 'none', sets: sets };
  });

  var hand = [];
  await step('hand-coloured cells A1:A6 of the active sheet', function () {
    return excel.run(async function (context) {
      var active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      var fills = [1, 2, 3, 4, 5, 6].map(function (r) {
        var f = active.getRange('A' + r).format.fill;
        f.load(FILL_PROPS);
        return f;
      });
      await context.sync();
      hand = fills.map(function (f, i) {
        var o = { cell: active.name + '!A' + (i + 1), into: 'G' + (i + 1) };
        FILL_PROPS.forEach(function (p) { o[p] = f[p]; });
        return o;
      });
      return hand;
    });
  });

  await step('create test sheet', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.add(BD_SHEET);
      ws.getRange('A1:C3').values = [['科目', '合计', '基本支出'], ['医疗保障', 3232.07, 2655.8], ['行政运行', 95.46, 95.46]];
      ws.activate();
      await context.sync();
      return 'created';
    });
  });

  await step('note verbatim', function () {
    if (!supports('ExcelApi', '1.18')) return Promise.resolve('no notes API (ExcelApi 1.18): the add-in marks with threaded comments');
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      ws.notes.add('B2', NOTE_TEXT);
      await context.sync();
      var note = ws.notes.getItemOrNullObject('B2');
      note.load('content');
      await context.sync();
      return { same: note.content === NOTE_TEXT, readBack: note.content };
    });
  });

  await step('theme and tint fills', function () {
    return excel.run(async function (context) {
      // D1:D5 get fills set by the API; hand[] holds A1:A6 of the sheet that was active at the start, which the
      // tester coloured from the palette beforehand (theme colours with 淡色/深色, patterns). Each fill is read and
      // written back the add-in's way into this sheet: D1:D5 -> F1:F5, A1:A6 -> G1:G6.
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      var presets = [
        { color: '#FFFF00' },
        { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000' },
        { color: '#FFC000', tintAndShade: 0.4 },
        { color: '#4472C4', tintAndShade: -0.25 },
        { color: '#DDEBF7', pattern: 'LightUp', patternColor: '#70AD47', patternTintAndShade: 0.6 },
      ];
      presets.forEach(function (p, i) {
        var f = ws.getRange('D' + (i + 1)).format.fill;
        f.color = p.color;
        if (p.pattern) f.pattern = p.pattern;
        if (p.patternColor) f.patternColor = p.patternColor;
        if (p.tintAndShade !== undefined) f.tintAndShade = p.tintAndShade;
        if (p.patternTintAndShade !== undefined) f.patternTintAndShade = p.patternTintAndShade;
      });
      await context.sync();
      var read = presets.map(function (p, i) {
        var fill = ws.getRange('D' + (i + 1)).format.fill;
        fill.load(FILL_PROPS);
        return { cell: 'D' + (i + 1), into: 'F' + (i + 1), fill: fill };
      });
      await context.sync();
      var before = read.map(function (x) {
        var o = { cell: x.cell, into: x.into };
        FILL_PROPS.forEach(function (p) { o[p] = x.fill[p]; });
        return o;
      }).concat(hand);
      // Write each one back the add-in's way (clear, colour, pattern, pattern colour, tints).
      before.forEach(function (b) {
        var f = ws.getRange(b.into).format.fill;
        f.clear();
        if (b.pattern === 'None' || b.pattern === 'LinearGradient' || b.pattern === 'RectangularGradient') return;
        f.color = b.color;
        if (b.pattern !== 'Solid') f.pattern = b.pattern;
        if (typeof b.patternColor === 'string' && b.pattern !== 'Solid') f.patternColor = b.patternColor;
        if (typeof b.tintAndShade === 'number' && b.tintAndShade !== 0) f.tintAndShade = b.tintAndShade;
        if (typeof b.patternTintAndShade === 'number' && b.patternTintAndShade !== 0) f.patternTintAndShade = b.patternTintAndShade;
      });
      await context.sync();
      var again = before.map(function (b) {
        var fill = ws.getRange(b.into).format.fill;
        fill.load(FILL_PROPS);
        return fill;
      });
      await context.sync();
      return before.map(function (b, i) {
        var a = {};
        FILL_PROPS.forEach(function (p) { a[p] = again[i][p]; });
        return { original: b, restored: a, same: FILL_PROPS.every(function (p) { return b[p] === a[p]; }) };
      });
    });
  });

  await step('note where a threaded comment is', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      context.workbook.comments.add(ws.getRange('C2'), '请复核');
      await context.sync();
      ws.getRange('A3').format.fill.color = '#F4A6A6';
      if (supports('ExcelApi', '1.18')) ws.notes.add('C2', NOTE_TEXT);
      else context.workbook.comments.add(ws.getRange('C2'), NOTE_TEXT);
      try {
        await context.sync();
        return { refused: false };
      } catch (e) {
        var a3 = ws.getRange('A3').format.fill;
        a3.load('color');
        await context.sync();
        return { refused: true, error: errorOf(e), earlierFillLanded: a3.color };
      }
    });
  });

  await step('comment where a note is', function () {
    if (!supports('ExcelApi', '1.18')) return Promise.resolve('no notes API: make a note by hand (审阅 > 注释) in C3 and run again to see the refusal');
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      ws.notes.add('C3', '经办人：张三');
      await context.sync();
      context.workbook.comments.add(ws.getRange('C3'), NOTE_TEXT);
      try {
        await context.sync();
        return { refused: false };
      } catch (e) {
        return { refused: true, error: errorOf(e) };
      }
    });
  });

  await step('600 merged areas', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      for (var i = 0; i < 600; i++) ws.getRange('H' + (i * 2 + 1) + ':I' + (i * 2 + 1)).merge(false);
      await context.sync();
      var merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('areaCount');
      try {
        await context.sync();
        return { refused: false, areaCount: merged.isNullObject ? 0 : merged.areaCount };
      } catch (e) {
        return { refused: true, error: errorOf(e) };
      }
    });
  });

  await step('renamed sheet keeps its id', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      ws.load('id');
      await context.sync();
      var id = ws.id;
      ws.name = BD_SHEET + '改名';
      await context.sync();
      var again = context.workbook.worksheets.getItem(id);
      again.load('id,name');
      await context.sync();
      var back = { idBefore: id, idAfter: again.id, nameAfter: again.name };
      again.name = BD_SHEET;
      await context.sync();
      var all = context.workbook.worksheets;
      all.load('items/name,items/id');
      await context.sync();
      back.allIds = all.items.map(function (s) { return s.name + ' ' + s.id; });
      return back;
    });
  });

  await step('duplicate sheet name', function () {
    return excel.run(async function (context) {
      context.workbook.worksheets.add(BD_SHEET.toLowerCase());
      try {
        await context.sync();
        return { refused: false };
      } catch (e) {
        return { refused: true, error: errorOf(e) };
      }
    });
  });

  await step('protected sheet', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      ws.protection.protect();
      await context.sync();
      ws.getRange('A1').format.fill.color = '#F4A6A6';
      var result;
      try {
        await context.sync();
        result = { refused: false };
      } catch (e) {
        result = { refused: true, error: errorOf(e) };
      }
      ws.protection.unprotect();
      await context.sync();
      return result;
    });
  });

  await step('settings shared with Office.context.document.settings', function () {
    return excel.run(async function (context) {
      context.workbook.settings.add('bdSmoke', { n: 1 });
      await context.sync();
      var viaOffice = office.context.document.settings.get('bdSmoke');
      var s = context.workbook.settings.getItemOrNullObject('bdSmoke');
      s.load('value');
      await context.sync();
      var readBack = s.isNullObject ? null : s.value;
      s.delete();
      await context.sync();
      return { excelReadsBack: readBack, officeCopySees: viaOffice === undefined ? null : viaOffice };
    });
  });

  await step('large read (values of 2,000 x 20 Chinese names in one batch)', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItem(BD_SHEET);
      var row = [];
      for (var c = 0; c < 20; c++) row.push('社会保障和就业支出' + c);
      var rows = [];
      for (var r = 0; r < 2000; r++) rows.push(row);
      ws.getRange('K1:AD2000').values = rows;
      await context.sync();
      var big = ws.getRange('K1:AD2000');
      big.load('values,text,formulas');
      try {
        await context.sync();
        return { refused: false, rows: big.values.length };
      } catch (e) {
        return { refused: true, error: errorOf(e) };
      }
    });
  });

  await step('remove test sheet', function () {
    return excel.run(async function (context) {
      var ws = context.workbook.worksheets.getItemOrNullObject(BD_SHEET);
      ws.load('name');
      await context.sync();
      if (!ws.isNullObject) ws.delete();
      await context.sync();
      return 'removed';
    });
  });
  return out;
}

if (typeof module !== 'undefined' && module.exports) module.exports = { budgetDisclosureDump: budgetDisclosureDump };
else if (typeof Excel !== 'undefined') {
  budgetDisclosureDump(Excel, Office).then(function (r) {
    console.log(JSON.stringify(r, null, 2));
  });
}
