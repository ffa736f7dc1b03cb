/**
 * The little of the DOM the layout checks read inside the page. The specs are compiled without
 * the DOM's types (they run in Node), so the functions handed to page.evaluate name what they use.
 */
export interface PageRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

export interface PageElement {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  children: ArrayLike<PageElement>;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  getBoundingClientRect(): PageRect;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
}

export interface PageWindow {
  innerWidth: number;
  innerHeight: number;
  document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): ArrayLike<PageElement> };
  getComputedStyle(element: PageElement): { overflowX: string; overflowY: string; textOverflow: string; whiteSpace: string; display: string; visibility: string };
}
