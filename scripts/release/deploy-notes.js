// 部署说明.txt: what county IT reads first. Plain text, written with a UTF-8 byte order mark and CRLF line
// ends by the packager so that Notepad on older Windows shows it correctly.
'use strict';
const { ADDIN_DIR, OFFLINE_DIR, OFFLINE_HTML, SAMPLES_DIR, DEPLOY_NOTES } = require('./names.js');

/** The guide for this release, as lines joined with \n (the packager turns them into CRLF). */
function deployNotes({ version, baseUrl }) {
  const manifest = `${ADDIN_DIR}/manifest.xml`;
  return `预算公开校验助手 ${version} 部署说明（给县级单位、财政局的信息化人员）

预算公开校验助手核对部门预算公开表格的合计、科目编码、表间关系，并核对或起草《信息公开情况说明》。
它有两种用法，数据都只在使用者的电脑上处理，不上传到任何服务器：
  - Excel 加载项：在 Excel「开始」选项卡上出现「预算公开」组（一键校验 / 校验助手 / 清除标注）。
    需要信息化人员把加载项放到内网 HTTPS 服务器上，再把清单文件部署给使用者（见第三、四节）。
  - 离线网页版：不用安装，双击网页文件即可使用，适合 WPS 用户、没有新版 Excel 的电脑和财政局审核（见第五节）。


一、压缩包里有什么

  ${ADDIN_DIR}/            Excel 加载项的全部文件，原样放到 HTTPS 服务器上
  ${manifest}  加载项清单，部署给使用者的就是这个文件
  ${OFFLINE_DIR}/           离线网页版：双击其中的「${OFFLINE_HTML}」
  ${OFFLINE_DIR}/${SAMPLES_DIR}/  两个示例工作簿，可以先用它们试一试
  ${DEPLOY_NOTES}       本文件

  本包的加载项地址（打包时设置的 ADDIN_BASE_URL）：
      ${baseUrl}
  ${manifest} 里的网址都指向这个地址。要放到别的地址，请用 ADDIN_BASE_URL=新地址 npm run package 重新打包，
  不要手工修改清单。


二、哪些 Excel 能使用加载项

  可以使用：
    - Microsoft 365（Windows 版、Mac 版）的 Excel，保持更新到当前版本；
    - Office LTSC 2021、Office LTSC 2024（Windows），以及零售版 Office 2021 / 2024；
    - Excel 网页版（用新版 Edge、Chrome、Firefox 或 Safari 打开）；
    - Mac 版 Excel 16.50 及以上。
  不能使用：
    - Office 2016、Office 2019 批量许可版（单位常见的 VL 版本）：它们用 Internet Explorer 11 内核显示加载项，
      也没有本工具需要的 Excel 接口（ExcelApi 1.13）；
    - Office 2013 及更早版本。
  Windows 上的 Microsoft 365 / Office 2021 / 2024 用 Microsoft Edge WebView2 运行时显示加载项。Windows 11 自带；
  Windows 10 一般已随 Edge 自动安装。没有的话，本加载项的任务窗格会提示：请从微软官网下载 WebView2 运行时的
  “常青版独立安装程序”（Evergreen Standalone Installer）离线安装，装好后重启 Excel。
  不能使用加载项的电脑、用 WPS 的单位和财政局审核人员：请使用离线网页版（第五节），校验结果相同。


三、托管加载项（内网 HTTPS 服务器）

  1. 把 ${ADDIN_DIR}/ 文件夹里的全部文件（包括 assets 子文件夹）原样复制到服务器上对应
     ${baseUrl}
     的目录。IIS、nginx、Apache 等任何能提供静态文件的 Web 服务器都可以，不需要数据库或后台程序。
  2. 必须使用 HTTPS，而且证书要被单位的电脑信任（使用内网自建证书时，请把根证书下发到各台电脑）。
     Excel 不会从 http:// 地址或证书有问题的地址加载加载项。
  3. 确认服务器返回正确的文件类型：.html 为 text/html，.js 为 text/javascript（或 application/javascript），
     .xml 为 application/xml，.png 为 image/png。IIS 默认即可。
  4. 检查：在一台单位电脑上用浏览器打开 ${baseUrl}taskpane.html ，应显示「预算公开校验助手」页面和
     「打开工作簿」按钮，地址栏没有证书警告。
  5. 网络：加载项运行时只从这台服务器取静态文件，另外从微软取 Office 的脚本 office.js
     （https://appsforoffice.microsoft.com），单位的上网策略需要放行这个地址。工作簿里的数据不会发到任何服务器。
  6. 升级：用新版本压缩包里的 ${ADDIN_DIR}/ 覆盖服务器上的文件；新版本的清单版本号不同，请按第四节重新部署清单。


四、把加载项清单部署给使用者（任选一种）

  方式一：共享文件夹目录（Windows 桌面版 Excel；单位没有 Microsoft 365 管理中心时用这种）
    1. 在文件服务器上建一个共享文件夹，例如 \\\\fileserver\\excel-addins ，给使用者只读权限，
       把 ${manifest} 复制进去。
    2. 在每台电脑的 Excel 中：文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录，
       在「目录 URL」填写 \\\\fileserver\\excel-addins ，点「添加目录」，勾选「显示在菜单中」，确定，重启 Excel。
       （电脑多时可以由管理员统一写入注册表
        HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\{一个新的 GUID}
        下的 Id（同一个 GUID）、Url（共享文件夹路径）和 Flags（DWORD，值 1 表示显示在菜单中）。）
    3. 使用者：插入 → 我的加载项（或「获取加载项」）→ 共享文件夹 → 选「预算公开校验助手」→ 添加。
       之后「开始」选项卡上出现「预算公开」组。

  方式二：Microsoft 365 管理中心集中部署（单位使用 Microsoft 365 时推荐）
    1. 全局管理员或 Exchange 管理员登录 Microsoft 365 管理中心 → 设置 → 集成应用 → 上传自定义应用，
       应用类型选「Office 加载项」，上传 ${manifest}。
    2. 选择要部署的用户或组（可以先给几个人试用），完成部署。
    3. 一般在 24 小时内出现在这些用户的 Excel 中（重启 Excel 后在「开始」选项卡上）。升级时在同一处更新清单。

  方式三：Mac 版 Excel（旁加载）
    1. 把 ${manifest} 复制到
       ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
       （没有 wef 文件夹就新建一个）。
    2. 重启 Excel，插入 → 我的加载项，在「开发人员加载项」下选择「预算公开校验助手」。

  方式四：Excel 网页版（旁加载，只对当前用户有效；全单位请用方式二）
    打开一个工作簿 → 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项 → 选择 ${manifest}。


五、离线网页版（WPS、没有新版 Excel 的电脑、财政局审核）

  1. 把整个「${OFFLINE_DIR}」文件夹复制到使用者的电脑（U 盘、共享盘都可以）。
     一定要先解压再打开，不要在压缩包里直接双击网页。
  2. 双击「${OFFLINE_HTML}」，用新版 Microsoft Edge、Google Chrome 或 Firefox 打开。
     360、QQ 等双核浏览器请切换到“极速模式”（兼容模式打不开）。
  3. 点「打开工作簿」选择 .xlsx 文件（或把文件拖进页面）。WPS 表格请先“另存为”Excel 工作簿（.xlsx）。
     结果和 Excel 加载项相同；「下载标注版」得到一份带底色和批注的副本，原文件不会被修改。
  4. 「${SAMPLES_DIR}」里有两个示例：一个按公开的原始数字生成，一个改错了三处，可以先打开看看效果。
  5. 网页版完全离线：不联网、不上传，只读取本文件夹里的文件。不需要安装，删除文件夹即卸载。
     升级时用新版本的「${OFFLINE_DIR}」文件夹整个替换。


六、常见问题

  - 任务窗格里提示“预算公开校验助手无法在这里运行”，或点按钮弹出同样的提示：
    这台电脑的 Excel 用旧版 Internet Explorer / EdgeHTML 内核显示加载项。请升级到 Microsoft 365 或
    Office LTSC 2021 / 2024，或安装 WebView2 运行时（第二节）；在此之前请使用离线网页版。
  - 任务窗格提示 Excel 版本过低（需要 ExcelApi 1.13）：把 Office 更新到当前版本。
  - 「开始」选项卡上没有「预算公开」组：检查清单是否部署、共享文件夹目录是否勾选了「显示在菜单中」，然后
    重启 Excel。Office 会缓存加载项，必要时关闭 Excel 后清空
    %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\ 文件夹再打开。
  - 任务窗格显示证书或连接错误：在这台电脑的浏览器里打开 ${baseUrl}taskpane.html 检查 HTTPS 证书和网络。
  - 离线网页版一直停在“正在打开……”：压缩包没有解压，或者「${OFFLINE_DIR}」里的 app 文件夹缺失；
    请重新完整解压。
`;
}

module.exports = { deployNotes };
