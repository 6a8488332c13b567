/** Built pages read with a real HTML parser (Sätteri's htmlToHast): entities decoded, as a browser reads them. */
import { htmlToHast } from 'satteri';

export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function pageTree(html: string): HastNode {
  return htmlToHast(html) as HastNode;
}
