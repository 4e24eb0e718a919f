/**
 * Inside an iframe, `element.scrollIntoView()` scrolls every scrollable ancestor, the host page included
 * (even a cross-origin one): opening the article reader in an embed would yank the course page around
 * the frame. In the embed, scrollIntoView is narrowed to the scroll containers of this document.
 */

type Block = 'start' | 'center' | 'end' | 'nearest';

function blockOf(arg: boolean | ScrollIntoViewOptions | undefined): { block: Block; behavior: ScrollBehavior } {
  if (typeof arg === 'object' && arg)
    return { block: (arg.block as Block) ?? 'start', behavior: arg.behavior ?? 'auto' };
  return { block: arg === false ? 'end' : 'start', behavior: 'auto' };
}

/** Where to put a target of this top/height within a container viewport of this top/height (pure, for tests). */
export function scrollDelta(
  block: Block,
  target: { top: number; height: number },
  box: { top: number; height: number },
): number {
  const start = target.top - box.top;
  const end = start + target.height - box.height;
  switch (block) {
    case 'start':
      return start;
    case 'end':
      return end;
    case 'center':
      return start - (box.height - target.height) / 2;
    default:
      // 'nearest': only when it is not already fully in view.
      return start < 0 ? start : end > 0 ? Math.min(start, end) : 0;
  }
}

function isScroller(el: Element, win: Window): boolean {
  const s = win.getComputedStyle(el);
  return /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight;
}

/** Replace `Element.prototype.scrollIntoView` in `win` with one that never leaves this document. */
export function containScrollIntoView(win: Window & typeof globalThis): void {
  const proto = win.Element.prototype;
  proto.scrollIntoView = function scrollWithin(this: Element, arg?: boolean | ScrollIntoViewOptions) {
    const { block, behavior } = blockOf(arg);
    for (let el = this.parentElement; el; el = el.parentElement) {
      if (!isScroller(el, win)) continue;
      const r = this.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      const top =
        el.scrollTop +
        scrollDelta(block, { top: r.top, height: r.height }, { top: b.top + el.clientTop, height: el.clientHeight });
      el.scrollTo({ top: Math.max(0, top), behavior });
    }
  };
}
