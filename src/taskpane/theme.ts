// Follow the Office theme when the host gives one: a dark Office body background gets Fluent's dark theme.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark theme for a dark Office body background, light otherwise (also when there is no Office theme). */
export function pickTheme(office: OfficeThemeColors | undefined | null): Theme {
  const l = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
}
