import { itemsOf, themeTitles } from '../../data/content.ts';
import { schoolLine } from '../../lib/catalog/school-line.ts';

/**
 * Every good practice's school facts and card text, for the "Scholen zoals de mijne" island.
 * A static file the island fetches only when JavaScript runs, so the listing page stays light.
 */
export async function GET() {
  const titles = await themeTitles();
  const schools = (await itemsOf('practices')).map((i) => ({
    id: i.id,
    url: i.url,
    title: i.title,
    summary: i.summary,
    themes: i.themes,
    themeTitles: i.themes.map((id) => titles.get(id) ?? id),
    sector: i.school!.sector,
    type: i.school!.type,
    region: i.school!.region,
    pupils: i.school!.pupils,
    schoolweging: i.school!.schoolweging,
    line: schoolLine(i.school!),
  }));
  return new Response(JSON.stringify(schools), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
