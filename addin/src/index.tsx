import { createRoot } from 'react-dom/client';

import { App } from './components/app';
import { whenExcelReady } from './excel/host';

/** The task pane's entry: render once office.js says Excel is ready. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    await whenExcelReady();
    root.render(<App />);
  } catch (error) {
    console.error(error);
    // Opened in a plain browser: say where it belongs, in both languages.
    document.getElementById('root')!.textContent =
      '请在 Excel 中打开此任务窗格。Open this task pane in Excel.';
  }
}

void start();
