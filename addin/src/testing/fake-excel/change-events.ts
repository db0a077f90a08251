/**
 * Worksheet.onChanged as the fake fires it, with a switch to drop events. Real Excel drops and
 * merges change events (paste, undo, co-authoring, events raised while the pane was closed), so
 * the fake can drop them on purpose to show that nothing may depend on counting them.
 */

export type ChangeHandler = (event: { worksheet: string; address: string }) => void;

export type DropPolicy = 'none' | 'all' | { everyNth: number };

export class ChangeEvents {
  policy: DropPolicy = 'none';
  delivered = 0;
  dropped = 0;
  private readonly handlers: { sheet: string; handler: ChangeHandler }[] = [];

  add(sheet: string, handler: ChangeHandler): { remove(): void } {
    const entry = { sheet: sheet.toLowerCase(), handler };
    this.handlers.push(entry);
    return { remove: () => void this.handlers.splice(this.handlers.indexOf(entry), 1) };
  }

  fire(worksheet: string, address: string): void {
    if (this.shouldDrop()) {
      this.dropped++;
      return;
    }
    this.delivered++;
    for (const entry of this.handlers) {
      if (entry.sheet === worksheet.toLowerCase()) entry.handler({ worksheet, address });
    }
  }

  private shouldDrop(): boolean {
    if (this.policy === 'none') return false;
    if (this.policy === 'all') return true;
    return (this.delivered + this.dropped + 1) % this.policy.everyNth === 0;
  }
}
