// The bundled CJK subsets (build/fonts/, by the PDF helper), emitted by Vite as hashed assets next to the
// worker and fetched by the PDF renderer from the app's own origin (app://planner/ or 127.0.0.1): no network.
// The export page imports them too, for the font names it shows (the URLs are just strings there).
import { bundledFontLabel, type PdfFonts } from '#shared/export/pdf/fonts.ts';
import fang from '../../../../../build/fonts/FandolFang-GB.otf?url';
import hei from '../../../../../build/fonts/NotoSansSC-GB.ttf?url';
import kai from '../../../../../build/fonts/PlannerKaiGB.ttf?url';
import songBold from '../../../../../build/fonts/NotoSerifSC-Bold-GB.ttf?url';
import song from '../../../../../build/fonts/NotoSerifSC-GB.ttf?url';

export const BUNDLED_PDF_FONTS: PdfFonts = {
  fang: { src: fang, label: bundledFontLabel('fang') },
  hei: { src: hei, label: bundledFontLabel('hei') },
  kai: { src: kai, label: bundledFontLabel('kai') },
  song: { src: song, label: bundledFontLabel('song') },
  songBold: { src: songBold, label: bundledFontLabel('songBold') },
};
