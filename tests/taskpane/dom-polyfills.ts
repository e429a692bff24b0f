import { configure } from '@testing-library/react';

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; a no-op stand-in is enough here.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
}


// The machine running the suite is shared and slow; waiting longer for the pane to settle is not a timing test.
configure({ asyncUtilTimeout: 15000 });
