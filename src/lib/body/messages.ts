/**
 * Dutch sentences for what the body analyser finds. The checker and the build print the same
 * text, so an editor who sees a failed build finds the same line in `npm run check`.
 */
import { ALLOWED_MDX_COMPONENTS, MDX_COMPONENT_SPECS, type AllowedMdxComponent } from '../content/mdx-components.ts';
import { ALLOWED_HTML_TAGS } from './html-policy.ts';
import { DECORATIVE_ALT } from './decorative.ts';

const isComponent = (name: string): name is AllowedMdxComponent => (ALLOWED_MDX_COMPONENTS as readonly string[]).includes(name);

/** The MDX parser's English messages for the mistakes editors make, in Dutch. */
export function parseErrorMessage(raw: string): string {
  const unclosed = /Expected a closing tag for `<([^>`]+)>`/.exec(raw);
  if (unclosed) {
    const name = unclosed[1]!;
    if (isComponent(name)) return MDX_COMPONENT_SPECS[name].children ? `<${name}> wordt niet afgesloten: zet </${name}> na de tekst` : `<${name} ...> moet eindigen met />`;
    return `<${name}> wordt niet afgesloten: zet </${name}> erachter, of haal <${name}> weg`;
  }
  const wrongClose = /Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>` \((\d+):/.exec(raw);
  if (wrongClose) return `</${wrongClose[1]}> sluit niets af: er staat geen <${wrongClose[1]}> voor (nog open: <${wrongClose[2]}> van regel ${wrongClose[3]})`;
  const strayClose = /Unexpected closing tag `<\/([^>`]+)>`/.exec(raw);
  if (strayClose) return `</${strayClose[1]}> sluit niets af: er staat geen <${strayClose[1]}> voor`;
  if (/expression|brace/i.test(raw)) return 'een { zonder } erna: in een .mdx-bestand is { het begin van code; haal hem weg of schrijf \\{';
  return 'deze regel kan niet worden gelezen als MDX: controleer de tekens < > { } op deze regel, of hernoem het bestand naar .md als er geen onderdelen in staan';
}

export const BODY_MESSAGES = {
  rawHtml: (tag: string) => `HTML-code (${tag}) is niet toegestaan in de tekst; gebruik Markdown of een onderdeel`,
  rawHtmlAllowed: () => `${ALLOWED_HTML_TAGS.map((t) => `<${t}>`).join(', ')} zonder eigenschappen, en <abbr title="...">`,
  componentInMarkdown: (name: string) => `onderdelen zoals <${name}> werken alleen in een .mdx-bestand; hernoem het bestand naar .mdx`,
  lowerCaseComponent: (meant: string, name: string) => `schrijf <${meant}> met een hoofdletter; <${name}> is geen onderdeel`,
  esm: () => 'import en export zijn niet toegestaan in de tekst: de onderdelen zijn er al; haal deze regel weg',
  expression: () => 'code tussen { en } is niet toegestaan in de tekst; schrijf gewone tekst, of \\{ voor een accolade',
  spreadProp: (name: string) => `<${name}>: eigenschappen moeten tussen aanhalingstekens staan, zoals naam="waarde"`,
  expressionProp: (name: string, prop: string) => `<${name} ${prop}={...}>: schrijf de waarde tussen aanhalingstekens, zoals ${prop}="..."`,
  unsafeUrl: (url: string) => `link of afbeelding "${shorten(url)}" is niet toegestaan: gebruik een webadres (https://...), mailto: of een pad op deze site (/...)`,
  externalImage: (url: string) => `afbeelding ${shorten(url)} staat op een andere website; zet het bestand in public/images/ en gebruik /images/...`,
  imageWithoutAlt: (url: string) =>
    `afbeelding ${shorten(url)} heeft geen alt-tekst: beschrijf tussen [ en ] wat erop staat, of schrijf [${DECORATIVE_ALT}] als de afbeelding alleen versiering is`,
  commentMalformed: () => 'deze opmerking sluit een browser eerder af dan bij -->, zodat tekst erna op de pagina komt; schrijf een opmerking als <!-- tekst -->',
  commentNotClosed: () => 'deze opmerking wordt niet afgesloten: zet --> aan het eind, anders verdwijnt alle tekst erna',
  tagNotClosed: () => 'deze HTML-code wordt niet afgesloten met >; maak hem af of haal hem weg',
} as const;

/** Short enough for one line, with tabs and line breaks shown as spaces. */
function shorten(url: string): string {
  const plain = url.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return plain.length > 60 ? `${plain.slice(0, 57)}...` : plain;
}
