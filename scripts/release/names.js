// Names inside the release zip, in one place: the packager, 部署说明.txt, the ES5 guard's advice and the tests
// all refer to them. Folders the code refers to by URL are ASCII (`addin`, `app`) so a zip tool that garbles
// Chinese names still leaves a working page; names only people read are Chinese.
'use strict';

/** Top folder of the zip (unpacking never spills files into the clerk's Downloads folder). */
const topFolder = (version) => `budget-disclosure-${version}`;

/** The zip file under release/. */
const zipName = (version) => `budget-disclosure-${version}.zip`;

/** The hosted add-in: copied as a whole to the HTTPS server. */
const ADDIN_DIR = 'addin';

/** The offline web page: one HTML file a clerk double-clicks, its scripts in OFFLINE_APP_DIR beside it. */
const OFFLINE_DIR = '网页版';
const OFFLINE_HTML = '预算公开校验助手.html';
const OFFLINE_APP_DIR = 'app';

/** Sample workbooks beside the offline page (assets/ files -> names in the zip). */
const SAMPLES_DIR = '示例工作簿';
const SAMPLES = [
  { from: 'assets/sample-budget-2021.xlsx', to: '示例-2021年部门预算.xlsx' },
  { from: 'assets/sample-budget-2021-with-errors.xlsx', to: '示例-2021年部门预算（改错三处）.xlsx' },
];

/** The deployment guide for county IT. */
const DEPLOY_NOTES = '部署说明.txt';

module.exports = { topFolder, zipName, ADDIN_DIR, OFFLINE_DIR, OFFLINE_HTML, OFFLINE_APP_DIR, SAMPLES_DIR, SAMPLES, DEPLOY_NOTES };
