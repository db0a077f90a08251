/**
 * Runtime checks of the host's Excel API. The manifest asks for ExcelApi 1.12; anything newer
 * (notes are 1.18, table resize 1.13) is checked here before use, with a fallback.
 */

interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export function isExcelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: OfficeRequirements }).Office;
  return office?.context?.requirements?.isSetSupported('ExcelApi', version) ?? false;
}
