// Entry of dialog.html: shows the outcome a ribbon command passed in the URL fragment; 「知道了」 tells the function
// file to close the dialog (Office.context.ui.messageParent), or closes the window when opened outside Office.
import { readDialogMessage } from './announce';
import { renderDialog } from './dialog-view';

function close(): void {
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if (ui && typeof ui.messageParent === 'function') ui.messageParent('close');
  else window.close();
}

function start(): void {
  const root = document.getElementById('root') ?? document.body;
  renderDialog(root, readDialogMessage(window.location.hash), close);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady().then(start, start);
else start();
