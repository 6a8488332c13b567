/** Shared by the self-evaluation island and its parts. */
export interface ResourceLink {
  title: string;
  url: string;
}
export interface StandardLinks {
  label: string;
  url: string;
  brochures: ResourceLink[];
  practices: ResourceLink[];
}
export type View = 'fill' | 'summary' | 'team';
export const VIEWS: View[] = ['fill', 'summary', 'team'];
